"""§1.4 tab: edits through real widgets with keyboard and mouse, asserted on model and undo."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from zvdesk.models.cooperation import tables as coop
from zvdesk.models.cooperation.tables import CoopParticipant, CoopSeat, Intensity
from zvdesk.models.core.document import Document
from zvdesk.models.region.ops import live_projects
from zvdesk.models.region.tables import Organisation
from zvdesk.ui import dialogs
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.instruments.cooperation import SPEC
from zvdesk.ui.instruments.cooperation.tab import CooperationTab


@pytest.fixture
def messages(monkeypatch) -> list[tuple[str, str]]:  # noqa: ANN001
    """Dialogs answer yes and record what they would show."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, t, m: shown.append((t, m)))
    monkeypatch.setattr(dialogs, "confirm", lambda *_a, **_k: True)
    return shown


@pytest.fixture
def tab(qtbot, example_doc: Document, messages) -> Iterator[CooperationTab]:  # noqa: ANN001
    controller = DocumentController(example_doc)
    with example_doc.session() as s:
        project_id = live_projects(s)[0].id
    widget = CooperationTab(controller, project_id)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    yield widget
    controller.undo_stack.clear()
    controller.document.listeners.clear()


def _participant(tab: CooperationTab, label_start: str) -> CoopParticipant:
    with tab.controller.session() as s:
        return next(p for p in coop.participants(s, tab.project_id)
                    if coop.participant_label(s, p).startswith(label_start))


def _stored(tab: CooperationTab, participant_id: str, field: str) -> object:
    with tab.controller.session() as s:
        return getattr(s.get(CoopParticipant, participant_id), field)


def _click_item(qtbot, list_widget, row: int) -> None:  # noqa: ANN001
    rect = list_widget.visualItemRect(list_widget.item(row))
    QTest.mouseClick(list_widget.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _type_in_cell(view, index, text: str) -> None:  # noqa: ANN001
    """Makes a cell current, starts editing with F2, types, and confirms with Enter."""
    view.setFocus()
    view.setCurrentIndex(index)
    QTest.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not view
    editor.selectAll()
    QTest.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # Qt commits on Enter through a queued call


def test_spec_registers_the_tab() -> None:
    assert (SPEC.key, SPEC.chapter, SPEC.scope) == ("cooperation", "1.4", "project")
    assert set(SPEC.screenshots) == {"overview", "agreements", "deepening", "governance",
                                     "glossary"}


def test_typing_an_intake_answer_is_one_undo_step(qtbot, tab: CooperationTab) -> None:  # noqa: ANN001
    page = tab.intake
    lotte = _participant(tab, "Lotte Jansen")
    _click_item(qtbot, page.list, page.participant_ids().index(lotte.id))
    assert page.current_id() == lotte.id
    editor = page.forms["role"].editors["own_role"]
    editor.setFocus()
    editor.selectAll()
    QTest.keyClicks(editor, "Trekker van het meldpunt")
    stack = tab.controller.undo_stack
    before = stack.count()
    qtbot.waitUntil(lambda: stack.count() == before + 1)  # saved after the pause
    assert _stored(tab, lotte.id, "own_role") == "Trekker van het meldpunt"
    assert stack.undoText() == "Rol wijzigen"
    stack.undo()
    assert _stored(tab, lotte.id, "own_role") == lotte.own_role
    assert editor.toPlainText() == lotte.own_role
    stack.redo()
    assert editor.toPlainText() == "Trekker van het meldpunt"


def test_intensity_by_keyboard_and_typing_survives_another_save(qtbot, tab) -> None:  # noqa: ANN001
    page = tab.intake
    om = _participant(tab, "Ingrid Smit")
    page.select(om.id)
    combo = page.forms["intensity"].editors["intensity"]
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Down)
    assert _stored(tab, om.id, "intensity") == Intensity.REGULAR
    assert tab.controller.undo_stack.undoText() == "Intensiteit wijzigen"
    # Typing in one field while another field's save arrives is not lost.
    problems = page.forms["chances"].editors["problems"]
    problems.setFocus()
    QTest.keyClicks(problems, "Weinig tijd")
    notes = page.forms["intensity"].editors["intensity_notes"]
    notes.setFocus()
    QTest.keyClicks(notes, " en de raad")
    page.forms["chances"].flush()
    assert notes.toPlainText().startswith(" en de raadAansluiten")
    page.forms["intensity"].flush()
    assert _stored(tab, om.id, "problems") == "Weinig tijd"
    assert _stored(tab, om.id, "intensity_notes").startswith(" en de raadAansluiten")


def test_add_and_delete_participants(qtbot, tab: CooperationTab) -> None:  # noqa: ANN001
    page = tab.intake
    page._fill_add_menu()
    names = [a.text() for a in page.add_menu.actions() if a.text()]
    assert "Politie" not in names and "Veilig Thuis" in names  # taken ones are not offered
    action = next(a for a in page.add_menu.actions() if a.text() == "Veilig Thuis")
    stack = tab.controller.undo_stack
    before = stack.count()
    action.trigger()
    new_id = page.current_id()
    assert stack.count() == before + 1 and stack.undoText() == "Deelnemer toevoegen"
    with tab.controller.session() as s:
        org = s.get(Organisation, _stored(tab, new_id, "organisation_id"))
        assert org.name == "Veilig Thuis"
    assert page.list.currentItem().text().endswith("Veilig Thuis")
    assert page.list.currentItem().text().startswith("○")  # intake still open
    page.list.setFocus()
    QTest.keyClick(page.list, Qt.Key.Key_Delete)
    assert new_id not in page.participant_ids()
    assert _stored(tab, new_id, "deleted_at") is not None
    stack.undo()
    assert new_id in page.participant_ids()
    # A free-text participant.
    free = next(a for a in page.add_menu.actions() if a.text().startswith("Andere"))
    free.trigger()
    name = page.who_form.editors["name"]
    assert name.hasFocus()
    name.selectAll()
    QTest.keyClicks(name, "Woningcorporatie Parteon")
    QTest.keyClick(name, Qt.Key.Key_Tab)
    assert _stored(tab, page.current_id(), "name") == "Woningcorporatie Parteon"


def test_reorder_participants_with_the_keyboard(tab: CooperationTab) -> None:
    page = tab.intake
    ids = page.participant_ids()
    page.select(ids[2])
    page.list.setFocus()
    QTest.keyClick(page.list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert page.participant_ids()[:3] == [ids[0], ids[2], ids[1]]
    assert page.current_id() == ids[2] and page.list.currentRow() == 1
    assert tab.controller.undo_stack.undoText() == "Deelnemer omhoog"
    with tab.controller.session() as s:
        assert [p.id for p in coop.participants(s, tab.project_id)][:3] == [ids[0], ids[2],
                                                                              ids[1]]
    tab.controller.undo_stack.undo()
    assert page.participant_ids() == ids
    page.select(ids[-1])
    assert not page.down_button.isEnabled()
    QTest.mouseClick(page.up_button, Qt.MouseButton.LeftButton)
    assert page.participant_ids()[-2] == ids[-1]


def test_summary_per_question_shows_every_participants_answer(tab: CooperationTab) -> None:
    overview = tab.overview
    text = overview.browser.toPlainText()
    with tab.controller.session() as s:
        people = [(coop.participant_label(s, p), p) for p in coop.participants(s, tab.project_id)]
    positions = [text.index(q.text) for q in coop.INTAKE_QUESTIONS]
    assert positions == sorted(positions)
    bounds = [*positions, len(text)]
    for i, question in enumerate(coop.INTAKE_QUESTIONS):
        section = text[bounds[i]:bounds[i + 1]]
        for label, participant in people:
            assert label in section
            for name, _sub in question.fields:
                value = getattr(participant, name)
                if isinstance(value, Intensity):
                    value = coop.INTENSITY_LABELS[value]
                if value:
                    assert value.split("\n")[0] in section, (question.key, label)
    assert "geen antwoord" in text  # the participant whose intake is open
    assert "Intake ingevuld door 6 van de 7 deelnemers." in text
    # An edit on the intake page shows up in the summary.
    page = tab.intake
    page.select(_participant(tab, "Karim Ouali").id)
    editor = page.forms["unknown"].editors["unknown_people"]
    editor.setPlainText("Iedereen van de GGD")
    page.forms["unknown"].flush()
    assert "Iedereen van de GGD" not in overview.browser.toPlainText()  # hidden: not reread
    tab.show_page(overview)
    assert "Iedereen van de GGD" in overview.browser.toPlainText()  # caught up when shown
    assert overview.browser.isReadOnly()


def test_summary_saves_as_pdf(tab: CooperationTab, workdir, monkeypatch) -> None:  # noqa: ANN001
    target = workdir / "hand-out"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *_a, **_k: str(target))
    path = tab.overview.save_pdf()
    assert path == workdir / "hand-out.pdf"
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(str(path)).pages).split())
    assert "Overzicht van de intake per vraag" in text
    assert "Ruud Visser" in text and "Wie ken je nog niet in dit project?" in text


def test_agreements_table_edits_by_keyboard(qtbot, tab: CooperationTab) -> None:  # noqa: ANN001
    page = tab.agreements
    tab.show_page(page)
    model = page.mandate_model
    row = next(i for i, r in enumerate(model.rows) if r["label"].startswith("Ruud Visser"))
    assert not model.flags(model.index(row, 0)) & Qt.ItemFlag.ItemIsEditable
    _type_in_cell(page.mandates, model.index(row, 2), "Twee wijkagenten")
    pid = model.rows[row]["id"]
    assert _stored(tab, pid, "investment") == "Twee wijkagenten"
    stack = tab.controller.undo_stack
    assert stack.undoText() == "Investering wijzigen"
    stack.undo()
    assert _stored(tab, pid, "investment").startswith("Districtschef")
    assert model.data(model.index(row, 2)).startswith("Districtschef")
    page.mandates.setFocus()
    page.mandates.setCurrentIndex(model.index(row, 1))
    QTest.keyClick(page.mandates, Qt.Key.Key_Delete)
    assert _stored(tab, pid, "agreed_mandate") == ""
    stack.undo()
    assert _stored(tab, pid, "agreed_mandate").startswith("Inzet basisteams")
    # Core values: add with the button, then type the name.
    values = page.values
    before = values.model.rowCount()
    QTest.mouseClick(values.add_button, Qt.MouseButton.LeftButton)
    assert values.model.rowCount() == before + 1
    editor = QApplication.focusWidget()
    editor.selectAll()
    QTest.keyClicks(editor, "Lef")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    with tab.controller.session() as s:
        assert [v.name for v in coop.core_values(s, tab.project_id)][-1] == "Lef"
    assert values.model.data(values.model.index(before, 0)) == "Lef"  # agreed order kept


def test_deepening_answers_save_and_undo(qtbot, tab: CooperationTab) -> None:  # noqa: ANN001
    page = tab.deepening
    tab.show_page(page)
    editor = page.editors["performance"]
    assert editor.edit.toPlainText().startswith("Met de indicatoren")
    editor.edit.setFocus()
    editor.edit.selectAll()
    QTest.keyClicks(editor.edit, "Met een jaarlijkse monitor")
    stack = tab.controller.undo_stack
    before = stack.count()
    qtbot.waitUntil(lambda: stack.count() == before + 1)
    with tab.controller.session() as s:
        assert coop.answers(s, tab.project_id)["performance"] == "Met een jaarlijkse monitor"
    assert stack.undoText() == "Antwoord wijzigen"
    stack.undo()
    assert editor.edit.toPlainText().startswith("Met de indicatoren")


def test_own_questions_add_edit_delete(qtbot, tab: CooperationTab) -> None:  # noqa: ANN001
    page = tab.deepening
    tab.show_page(page)
    assert len(page.own) == 1  # the example's own question
    stack = tab.controller.undo_stack
    QTest.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert stack.undoText() == "Eigen vraag toevoegen"
    widget = page.own[-1]
    assert widget.question.hasFocus()
    QTest.keyClicks(widget.question, "Wie zit er voor?")
    QTest.keyClick(widget.question, Qt.Key.Key_Tab)
    with tab.controller.session() as s:
        own = coop.own_questions(s, tab.project_id)
    assert own[-1].question == "Wie zit er voor?"
    assert stack.undoText() == "Eigen vraag wijzigen"
    widget.answer.edit.setFocus()
    QTest.keyClicks(widget.answer.edit, "De wethouder")
    before = stack.count()
    qtbot.waitUntil(lambda: stack.count() == before + 1)
    with tab.controller.session() as s:
        assert coop.own_questions(s, tab.project_id)[-1].answer == "De wethouder"
    QTest.mouseClick(widget.delete_button, Qt.MouseButton.LeftButton)
    assert len(page.own) == 1
    stack.undo()
    assert len(page.own) == 2
    assert page.own[-1].question.text() == "Wie zit er voor?"
    assert page.own[-1].answer.edit.toPlainText() == "De wethouder"


def test_governance_levels_and_seats(qtbot, tab: CooperationTab) -> None:  # noqa: ANN001
    page = tab.governance
    tab.show_page(page)
    stack = tab.controller.undo_stack
    QTest.mouseClick(page.suggest_button, Qt.MouseButton.LeftButton)
    with tab.controller.session() as s:
        names = [lv.name for lv in coop.levels(s, tab.project_id)]
    assert names[-1] == "Rijk" and names.count("Gemeente") == 1
    assert stack.undoText() == "Standaardlagen toevoegen"
    rijk = page.levels.selected_ids()[0]
    assert page.seats.count() == 7
    page.seats.setFocus()
    page.seats.setCurrentRow(2)
    QTest.keyClick(page.seats, Qt.Key.Key_Space)
    pid = page.seats.item(2).data(Qt.ItemDataRole.UserRole)
    with tab.controller.session() as s:
        assert coop.seated_participant_ids(s, rijk) == {pid}
    assert stack.undoText() == "Deelnemers van de bestuurslaag wijzigen"
    stack.undo()
    with tab.controller.session() as s:
        assert coop.seated_participant_ids(s, rijk) == set()
        assert s.scalars(select(CoopSeat).where(CoopSeat.level_id == rijk)).one().deleted_at
    assert page.seats.item(2).checkState() == Qt.CheckState.Unchecked


def test_glossary_grid_edits(qtbot, tab: CooperationTab, messages) -> None:  # noqa: ANN001
    page = tab.glossary
    tab.show_page(page)
    model = page.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in
               range(model.columnCount())]
    assert headers[0] == "Begrip"
    assert "Politie" in headers and "Purmerend" in headers  # short names of the organisations
    row = model.row_of(next(r[0] for r in model.rows if r[1] == "effectief"))
    col = headers.index("Zorg- en Veiligheidshuis") if "Zorg- en Veiligheidshuis" in headers \
        else next(i for i, c in enumerate(model.columns, 1) if "Veiligheidshuis" in c.name)
    assert model.data(model.index(row, col)) == ""
    view = page.view
    _type_in_cell(view, model.index(row, col), "Geen nieuwe crisis binnen een jaar")
    term_id = model.term_id(row)
    org_id = model.columns[col - 1].organisation_id
    with tab.controller.session() as s:
        assert coop.meanings(s, term_id)[org_id] == "Geen nieuwe crisis binnen een jaar"
    stack = tab.controller.undo_stack
    assert stack.undoText() == "Betekenis van ‘effectief’ wijzigen"
    stack.undo()
    assert model.data(model.index(row, col)) == ""
    stack.redo()
    assert model.data(model.index(row, col)) == "Geen nieuwe crisis binnen een jaar"
    # Add a term with the button and name it by typing.
    QTest.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    editor = QApplication.focusWidget()
    editor.selectAll()
    QTest.keyClicks(editor, "preventie")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    with tab.controller.session() as s:
        assert [t.term for t in coop.terms(s, tab.project_id)][-1] == "preventie"
    # A duplicate name is refused with a Dutch message; nothing changes.
    count = stack.count()
    assert not model.setData(model.index(model.rowCount() - 1, 0), "Veiligheid")
    assert "staat al in de begrippenlijst" in model.last_error
    assert stack.count() == count
    # Delete on a meaning empties that cell only.
    view.setFocus()
    view.setCurrentIndex(model.index(row, col))
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert model.data(model.index(row, col)) == ""
    assert stack.undoText() == "Betekenis van ‘effectief’ wijzigen"
    stack.undo()
    # Delete on the term deletes it; undo brings it back with its meanings.
    view.setFocus()
    view.setCurrentIndex(model.index(row, 0))
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert term_id not in [r[0] for r in model.rows]
    stack.undo()
    assert model.data(model.index(model.row_of(term_id), col)) == \
        "Geen nieuwe crisis binnen een jaar"


def test_main_window_flushes_pending_answer(window, example_path) -> None:  # noqa: ANN001
    assert window.open_path(example_path)
    with window.controller.session() as s:
        project_id = live_projects(s)[0].id
    window.show_target(project_id, "cooperation")
    tab = window.workspace.widget_for("cooperation")
    assert isinstance(tab, CooperationTab)
    editor = tab.deepening.editors["alive"].edit
    editor.setPlainText("Een keer per maand lunchen")
    window.flush_edits()
    with window.controller.session() as s:
        assert coop.answers(s, project_id)["alive"] == "Een keer per maand lunchen"


def test_read_only_file_shows_everything_and_edits_nothing(qtbot, example_path) -> None:  # noqa: ANN001
    doc = Document.open(example_path, read_only=True)
    controller = DocumentController(doc)
    try:
        with doc.session() as s:
            project_id = live_projects(s)[0].id
        widget = CooperationTab(controller, project_id)
        qtbot.addWidget(widget)
        assert len(widget.intake.participant_ids()) == 7
        assert not widget.intake.add_button.isEnabled()
        assert not widget.intake.forms["role"].editors["own_role"].isEnabled()
        model = widget.glossary.model
        assert model.rowCount() == 5  # 3 terms + 2 words from the work forms' woordenwolk
        assert not model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
        assert widget.deepening.editors["alive"].edit.isReadOnly()
        assert not widget.governance.suggest_button.isEnabled()
    finally:
        controller.close()
