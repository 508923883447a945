"""Probleemscan tab: real widgets in the real main window, mouse and keyboard, file + undo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QListWidget
from sqlalchemy import select

from zvdesk.models.impact.tables import ElementKind, ImpactElement
from zvdesk.models.probleemscan import ops as scan
from zvdesk.models.probleemscan.read import scan_questions
from zvdesk.ui.instruments.probleemscan import SPEC
from zvdesk.ui.instruments.probleemscan.tab import ProblemscanTab
from zvdesk.ui.instruments.steps.tab import StepsTab

from .uihelpers import on_disk, project_id, undo_by_menu

VERWARD = "Aanpak personen met verward gedrag"


def _open(window, path: Path, name: str = VERWARD) -> ProblemscanTab:  # noqa: ANN001
    assert window.open_path(path)
    window.show_target(project_id(window, name), "probleemscan")
    tab = window.workspace.widget_for("probleemscan")
    assert isinstance(tab, ProblemscanTab)
    return tab


def _click_row(lst: QListWidget, row: int) -> None:
    lst.scrollToItem(lst.item(row))
    QApplication.processEvents()  # wrapped items get their heights
    rect = lst.visualItemRect(lst.item(row))
    QTest.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert lst.currentRow() == row


def test_spec_registers_the_tab() -> None:
    assert (SPEC.key, SPEC.chapter, SPEC.scope, SPEC.label) == (
        "probleemscan", "1.1", "project", "1.1 Probleemscan")


def test_stappenplan_link_opens_the_tab(window, example_path) -> None:  # noqa: ANN001
    assert window.open_path(example_path)
    window.show_target(project_id(window, VERWARD), "steps")
    steps = window.workspace.widget_for("steps")
    assert isinstance(steps, StepsTab)
    steps.show_step("stap1")
    button = steps.page("stap1").link_buttons["probleemscan"]
    assert button.text() == "1.1 Probleemscan"
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.workspace.current_spec().key == "probleemscan"


def test_answer_added_by_click_and_typing_makes_the_question_row_in_one_step(
        window, example_path) -> None:  # noqa: ANN001
    tab = _open(window, example_path, "Regiopilot Zorg + Veiligheid")
    page = tab.questions
    pid = tab.project_id
    steps_id = scan.standard_question_id(pid, "steps")
    _click_row(page.list, page.question_ids().index(steps_id))
    assert page.current_id() == steps_id
    assert page.answers.model.rowCount() == 0
    stack = window.controller.undo_stack
    before = stack.count()
    QTest.mouseClick(page.answers.add_button, Qt.MouseButton.LeftButton)
    editor = QApplication.focusWidget()
    QTest.keyClicks(editor, "Een eigen meldpunt in Purmerend")
    QTest.keyClick(editor, Qt.Key.Key_Tab)
    QApplication.processEvents()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # leave the next cell
    QApplication.processEvents()
    rows = on_disk(example_path, "SELECT a.answer FROM problemscan_answer a JOIN "
                    "problemscan_question q ON q.id = a.question_id WHERE q.id = ? AND "
                    "a.deleted_at IS NULL", steps_id)
    assert rows == [("Een eigen meldpunt in Purmerend",)]
    assert stack.count() == before + 2
    assert stack.undoText() == "Antwoord wijzigen"
    assert page.list.item(5).text().endswith("(1 antw.)")
    undo_by_menu(window)
    assert on_disk(example_path, "SELECT answer FROM problemscan_answer WHERE id IN (SELECT id "
                    "FROM problemscan_answer WHERE question_id = ?)", steps_id) == [("",)]
    undo_by_menu(window)  # the add: the answer and the question's new row go together
    assert on_disk(example_path, "SELECT deleted_at IS NOT NULL FROM problemscan_question "
                    "WHERE id = ?", steps_id) == [(1,)]
    assert page.answers.model.rowCount() == 0


def test_participant_chosen_from_the_region_people(window, example_path) -> None:  # noqa: ANN001
    tab = _open(window, example_path)
    page = tab.questions
    _click_row(page.list, 6)  # 7. energie: no answers in the example
    QTest.mouseClick(page.answers.add_button, Qt.MouseButton.LeftButton)
    QTest.keyClicks(QApplication.focusWidget(), "De wijkagenten")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # on to Deelnemer
    QApplication.processEvents()
    view = page.answers.view
    assert view.currentIndex().column() == 1
    QTest.keyClick(view, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    index = combo.findText("Ruud Visser")
    assert index > 0
    combo.setCurrentIndex(index)
    QTest.keyClick(combo, Qt.Key.Key_Return)
    QApplication.processEvents()
    with window.controller.session() as s:
        energy = scan_questions(s, tab.project_id)[6]
        assert [(a.participant, a.answer) for a in energy.answers] == [
            ("Ruud Visser (Politie)", "De wijkagenten")]


def test_own_question_typed_and_undone_through_the_menu(window, example_path) -> None:  # noqa: ANN001
    tab = _open(window, example_path)
    page = tab.questions
    count = page.list.count()
    QTest.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    editor = page.text_form.editors["question"]
    assert QApplication.focusWidget() is editor
    QTest.keyClicks(editor, "Wie betaalt het meldpunt?")
    QTest.keyClick(editor, Qt.Key.Key_Tab)
    assert page.list.count() == count + 1
    assert page.list.item(count).text() == f"{count + 1}. Wie betaalt het meldpunt?"
    rows = on_disk(example_path, "SELECT question FROM problemscan_question WHERE "
                    "question_key = '' AND deleted_at IS NULL ORDER BY sort_order")
    assert rows[-1] == ("Wie betaalt het meldpunt?",)
    assert window.controller.undo_stack.undoText() == "Vraag wijzigen"
    undo_by_menu(window)
    assert page.list.item(count).text() == f"{count + 1}. Nieuwe vraag"
    undo_by_menu(window)
    assert page.list.count() == count
    # Only own questions can be deleted; a toolbox question is switched off instead.
    _click_row(page.list, 0)
    assert not page.delete_button.isEnabled()


def test_question_switched_off_with_the_space_bar(window, example_path) -> None:  # noqa: ANN001
    tab = _open(window, example_path)
    page = tab.questions
    _click_row(page.list, 2)
    page.list.setFocus()
    QTest.keyClick(page.list, Qt.Key.Key_Space)
    ideal = scan.standard_question_id(tab.project_id, "ideal")
    assert on_disk(example_path, "SELECT used FROM problemscan_question WHERE id = ?",
                    ideal) == [(0,)]
    assert page.list.item(2).text().endswith("(niet gebruikt)")
    assert window.controller.undo_stack.undoText() == "Vraag uitzetten"
    overview = tab.overview.table
    assert all("ideale" not in overview.item(r, 0).text() for r in range(overview.rowCount()))
    undo_by_menu(window)
    assert on_disk(example_path, "SELECT used FROM problemscan_question WHERE id = ?",
                    ideal) == [(1,)]
    assert page.list.item(2).checkState() == Qt.CheckState.Checked


def test_summary_and_proposal_typed_side_by_side_with_the_answers(
        window, example_path, qtbot) -> None:  # noqa: ANN001
    tab = _open(window, example_path, "Regiopilot Zorg + Veiligheid")
    page = tab.questions
    unsolved = scan.standard_question_id(tab.project_id, "unsolved")
    _click_row(page.list, 1)
    assert page.current_id() == unsolved
    summary = page.result_form.editors["summary"]
    proposal = page.result_form.editors["proposal"]
    assert summary.isVisible() and page.answers.view.isVisible()
    summary.setFocus()
    QTest.keyClicks(summary, "Geen gezamenlijke agenda")
    QTest.keyClick(summary, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is proposal
    QTest.keyClicks(proposal, "Werkagenda opstellen")
    QTest.keyClick(proposal, Qt.Key.Key_Tab)
    stack = window.controller.undo_stack
    qtbot.waitUntil(lambda: on_disk(example_path, "SELECT summary, proposal FROM "
                                     "problemscan_question WHERE id = ?", unsolved)
                    == [("Geen gezamenlijke agenda", "Werkagenda opstellen")])
    assert {stack.text(stack.count() - 1), stack.text(stack.count() - 2)} == {
        "Samenvatting wijzigen", "Voorstel wijzigen"}
    overview = tab.overview.table
    assert overview.item(1, 2).text() == "Werkagenda opstellen"


def test_realistic_result_taken_over_as_doel_by_clicking(window, example_path) -> None:  # noqa: ANN001
    tab = _open(window, example_path)
    page = tab.questions
    realistic = scan.standard_question_id(tab.project_id, "realistic")
    _click_row(page.list, page.question_ids().index(realistic))
    button = page.take_over_button
    assert button.isVisible() and button.isEnabled()

    def goals() -> list[str]:
        with window.controller.session() as s:
            return list(s.scalars(select(ImpactElement.title).where(
                ImpactElement.project_id == tab.project_id,
                ImpactElement.kind == ElementKind.DOEL, ImpactElement.deleted_at.is_(None))))

    before = goals()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    summary = page.result_form.editors["summary"].toPlainText()
    assert goals() == [*before, summary]
    assert window.controller.undo_stack.undoText() == \
        "Realistisch eindresultaat als Doel overnemen"
    assert not button.isEnabled()
    assert page.take_over_status.text() == "Staat als Doel in het impact framework."
    QTest.mouseClick(page.open_impact_button, Qt.MouseButton.LeftButton)
    assert window.workspace.current_spec().key == "impact"
    undo_by_menu(window)
    assert goals() == before
    assert button.isEnabled()
    # Another question has no such button.
    window.show_target(tab.project_id, "probleemscan")
    _click_row(page.list, 0)
    assert not page.take_over_row.isVisible()


def test_take_over_needs_a_summary_first(window, workdir) -> None:  # noqa: ANN001
    from zvdesk.models.core import ops
    from zvdesk.models.core.document import Document
    from zvdesk.models.region.ops import populate_new_region

    path = workdir / "leeg.zvdb"

    def populate(s) -> None:  # noqa: ANN001
        populate_new_region(s, "Testregio", ["Zaanstad"])
        ops.create_record(s, "project", {"name": "Nieuw project"})

    Document.create(path, populate=populate).close()
    tab = _open(window, path, "Nieuw project")
    page = tab.questions
    assert page.list.count() == 8
    _click_row(page.list, 3)
    assert not page.take_over_button.isEnabled()
    assert page.take_over_status.text().startswith("Vul eerst de samenvatting")
    assert on_disk(path, "SELECT count(*) FROM problemscan_question") == [(0,)]


def test_read_only_file_shows_everything_and_edits_nothing(window, example_path) -> None:  # noqa: ANN001
    assert window.open_path(example_path, read_only=True)
    window.show_target(project_id(window, VERWARD), "probleemscan")
    tab = window.workspace.widget_for("probleemscan")
    page = tab.questions
    assert page.list.count() == 9
    assert not page.add_button.isEnabled()
    assert not page.answers.add_button.isEnabled()
    assert not page.result_form.editors["summary"].isEnabled()
    assert not page.list.item(0).flags() & Qt.ItemFlag.ItemIsUserCheckable


def test_own_question_deleted_with_its_answers_by_clicking(window, example_path,
                                                           monkeypatch) -> None:  # noqa: ANN001
    from zvdesk.ui import dialogs

    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda _p, _t, text, **_k: asked.append(text) or True)
    tab = _open(window, example_path)
    page = tab.questions
    own = page.question_ids()[8]  # 9. the example's own question, with one answer
    _click_row(page.list, 8)
    assert page.delete_button.isEnabled()
    QTest.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert asked and "Welke gegevens mogen we delen" in asked[0]
    assert page.list.count() == 8
    assert on_disk(example_path, "SELECT count(*) FROM problemscan_answer WHERE question_id = ? "
                    "AND deleted_at IS NULL", own) == [(0,)]
    assert window.controller.undo_stack.undoText() == "Vraag verwijderen"
    undo_by_menu(window)
    assert page.list.count() == 9
    assert on_disk(example_path, "SELECT count(*) FROM problemscan_answer WHERE question_id = ? "
                    "AND deleted_at IS NULL", own) == [(1,)]
