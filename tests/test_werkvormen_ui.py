"""Work-forms tab and presentation window: real widgets, keyboard and mouse, on real files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox

from zvdesk.models.core import ops as core_ops
from zvdesk.models.core.document import Document
from zvdesk.models.region.ops import live_projects
from zvdesk.models.werkvormen import ops
from zvdesk.models.werkvormen.read import session_data
from zvdesk.ui.instruments.werkvormen import SPEC
from zvdesk.ui.instruments.werkvormen.presenter import PresenterWindow
from zvdesk.ui.instruments.werkvormen.tab import WerkvormenTab


def _open(window, path: Path) -> WerkvormenTab:  # noqa: ANN001
    assert window.open_path(path)
    with window.controller.session() as s:
        pid = next(p.id for p in live_projects(s) if p.name.startswith("Regiopilot"))
    window.show_target(pid, "werkvormen")
    tab = window.workspace.widget_for("werkvormen")
    assert isinstance(tab, WerkvormenTab)
    return tab


def _type_in_cell(view, index, text: str) -> None:  # noqa: ANN001
    view.setFocus()
    view.setCurrentIndex(index)
    QTest.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not view
    if hasattr(editor, "selectAll"):
        editor.selectAll()
    QTest.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Tab)
    QApplication.processEvents()


def _choose_in_cell(view, index, label: str) -> None:  # noqa: ANN001
    view.setFocus()
    view.setCurrentIndex(index)
    QTest.keyClick(view, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findText(label))
    QTest.keyClick(combo, Qt.Key.Key_Return)
    QApplication.processEvents()


def _vote_item(tab: WerkvormenTab) -> str:
    with tab.controller.session() as s:
        return next(i.id for i in ops.items(s, tab.session_id) if i.form_key == "groen_geel_rood")


def test_spec_registers_the_tab() -> None:
    assert (SPEC.key, SPEC.scope) == ("werkvormen", "project")
    assert {"votes", "cloud", "hats", "tips"} <= set(SPEC.screenshots)


def test_plan_an_agenda_with_keyboard_and_undo_via_the_menu(window, example_path) -> None:  # noqa: ANN001
    tab = _open(window, example_path)
    QTest.mouseClick(tab.sessions.add_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    editor = QApplication.focusWidget()
    editor.selectAll()
    QTest.keyClicks(editor, "Werksessie verward gedrag")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    sid = tab.session_id
    with window.controller.session() as s:
        assert s.get(ops.t.WvSession, sid).title == "Werksessie verward gedrag"
    # A work form from the catalogue onto the agenda, with the catalogue's question.
    tab.form_combo.setCurrentIndex(tab.form_combo.findData("woordenwolk"))
    QTest.mouseClick(tab.agenda.add_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    QApplication.processEvents()
    model = tab.agenda.model
    minutes_col = [f.name for f in model.fields].index("minutes")
    _type_in_cell(tab.agenda.view, tab.agenda.proxy.index(0, minutes_col), "12")
    with window.controller.session() as s:
        [item] = ops.items(s, sid)
        assert (item.form_key, item.minutes) == ("woordenwolk", 12)
        assert item.question == "Wat versta jij onder het woord 'Veiligheid'?"
    assert "12 minuten" in tab.total_label.text()
    # A tip ticked by clicking, undone through the Bewerken menu.
    box = tab.tip_boxes["pauzes"]
    tab.pages.setCurrentIndex(3)
    QApplication.processEvents()
    QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    with window.controller.session() as s:
        assert "pauzes" in s.get(ops.t.WvSession, sid).tips_done
    assert window.controller.undo_stack.undoText() == "Tip afvinken"
    window.undo_action.trigger()
    with window.controller.session() as s:
        assert "pauzes" not in s.get(ops.t.WvSession, sid).tips_done
    assert not box.isChecked()
    window.undo_action.trigger()  # the minutes
    with window.controller.session() as s:
        assert ops.items(s, sid)[0].minutes == 10


def test_votes_typed_per_participant_fill_the_bar_and_undo(window, example_path) -> None:  # noqa: ANN001
    tab = _open(window, example_path)
    item_id = _vote_item(tab)
    tab.agenda.select_ids([item_id])
    results = tab.results
    assert results.stack.currentWidget() is results.votes_page
    before = results.vote_model.counts()
    assert before == {"groen": 6, "geel": 3, "rood": 1}
    view = results.vote_view
    # Jeroen de Wit (rood) changes to geel, with a doubt typed in.
    row = next(i for i, r in enumerate(results.vote_model.rows) if r["name"] == "Jeroen de Wit")
    _choose_in_cell(view, results.vote_model.index(row, 1), "Geel (een vraag of twijfel)")
    _type_in_cell(view, results.vote_model.index(row, 2), "Hoe groot wordt de tafel?")
    assert results.vote_model.counts() == {"groen": 6, "geel": 4, "rood": 0}
    assert results.vote_bar.counts == {"groen": 6, "geel": 4, "rood": 0}
    with window.controller.session() as s:
        vote = session_data(s, tab.session_id)
        item = next(i for i in vote.items if i.id == item_id)
        entry = next(e for e in item.entries if e.who == "Jeroen de Wit")
        assert (entry.category, entry.text) == ("geel", "Hoe groot wordt de tafel?")
    assert window.controller.undo_stack.undoText() == "Twijfel vastleggen"
    window.undo_action.trigger()
    window.undo_action.trigger()
    QApplication.processEvents()
    assert results.vote_model.counts() == before


def test_a_word_of_the_cloud_goes_into_the_glossary(window, example_path) -> None:  # noqa: ANN001
    tab = _open(window, example_path)
    with window.controller.session() as s:
        item_id = next(i.id for i in ops.items(s, tab.session_id) if i.form_key == "woordenwolk")
    tab.agenda.select_ids([item_id])
    results = tab.results
    assert dict(results.cloud.words)["bescherming"] == 5
    table = results.word_table
    assert table.rowCount() == len(results.cloud.words)
    assert [table.item(r, 0).text() for r in range(2)] == ["vertrouwen", "bescherming"]
    assert table.item(1, 1).text() == "5"
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "rust")
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualItemRect(table.item(row, 0)).center())
    QTest.mouseClick(results.glossary_button, Qt.MouseButton.LeftButton)
    with window.controller.session() as s:
        assert "rust" in {t.term for t in core_ops.list_live(s, "coop_term")}
    assert window.controller.undo_stack.undoText() == "Woord naar de begrippenlijst"
    # A word typed as a new answer shows up in the cloud at once.
    QTest.mouseClick(results.entries.add_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    QApplication.processEvents()
    text_col = [f.name for f in results.entries.model.fields].index("text")
    new_row = results.entries.model.rowCount() - 1
    _type_in_cell(results.entries.view, results.entries.proxy.index(new_row, text_col),
                  "samenwerking")
    assert ("samenwerking", 1) in results.cloud.words


def test_presenter_steps_through_the_agenda_by_keyboard_and_fills_in_live(
        window, example_path, qtbot) -> None:  # noqa: ANN001
    tab = _open(window, example_path)
    item_id = _vote_item(tab)
    tab.agenda.select_ids([item_id])
    tab.present_action.trigger()
    presenter = tab.presenter
    assert isinstance(presenter, PresenterWindow)
    assert presenter.isFullScreen()
    assert presenter.question.text().startswith("Eén RBO in plaats van aparte tafels")
    assert presenter.question.font().pointSize() >= 40
    assert presenter.timer_label.text() == "15:00"
    assert presenter.vote_bar.counts == {"groen": 6, "geel": 3, "rood": 1}
    # The facilitator records a vote on the laptop: the projector follows.
    results = tab.results
    row = next(i for i, r in enumerate(results.vote_model.rows) if r["name"] == "Jeroen de Wit")
    _choose_in_cell(results.vote_view, results.vote_model.index(row, 1),
                    "Groen (eens)")
    assert presenter.vote_bar.counts == {"groen": 7, "geel": 3, "rood": 0}
    QTest.keyClick(presenter, Qt.Key.Key_Right)
    assert presenter.form_label.text() == "Pauze"
    assert tab.agenda.selected_ids() == [presenter.current.id]  # the tab follows
    QTest.keyClick(presenter, Qt.Key.Key_Left)
    QTest.keyClick(presenter, Qt.Key.Key_Left)
    assert presenter.form_label.text() == "Woordenwolk"
    assert presenter.cloud.isVisible() and dict(presenter.cloud.words)["rust"] == 4
    QTest.keyClick(presenter, Qt.Key.Key_T)
    assert presenter.running
    QTest.keyClick(presenter, Qt.Key.Key_T)
    assert not presenter.running
    QTest.keyClick(presenter, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not presenter.isVisible())
    QApplication.processEvents()
    # Open again after Esc (the first window is gone): a new one, at the tab's current item.
    tab.present_action.trigger()
    assert tab.presenter is not presenter and tab.presenter.isFullScreen()
    assert tab.presenter.form_label.text() == "Woordenwolk"
    QTest.keyClick(tab.presenter, Qt.Key.Key_Escape)


@pytest.mark.parametrize("size", [(1280, 720)])
def test_tab_fits_a_small_window(window, example_path, size) -> None:  # noqa: ANN001
    window.resize(*size)
    tab = _open(window, example_path)
    QApplication.processEvents()
    assert tab.width() <= size[0]
    assert tab.minimumSizeHint().width() <= size[0]


def test_new_file_tab_is_usable_on_its_own(window, workdir) -> None:  # noqa: ANN001
    path = workdir / "leeg.zvdb"
    doc = Document.create(path)
    pid, _ = doc.write(lambda s: core_ops.create_record(s, "project", {"name": "Regiopilot"}))
    doc.close()
    tab = _open(window, path)
    assert tab.stack.currentWidget() is tab.empty
    QTest.mouseClick(tab.sessions.add_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert tab.stack.currentWidget() is tab.pages
    assert pid


def test_participants_come_from_the_project_by_one_click(window, example_path) -> None:  # noqa: ANN001
    from zvdesk.models.cooperation import tables as coop

    tab = _open(window, example_path)
    QTest.mouseClick(tab.sessions.add_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    sid = tab.session_id
    tab.pages.setCurrentIndex(2)
    QTest.mouseClick(tab.from_project_button, Qt.MouseButton.LeftButton)
    with window.controller.session() as s:
        expected = [p.person_id for p in coop.participants(s, tab.project_id) if p.person_id]
        got = [p.person_id for p in ops.participants(s, sid)]
    assert expected and got == expected  # the region's people, by id
    assert tab.participants.model.rowCount() == len(expected)
    QTest.mouseClick(tab.from_project_button, Qt.MouseButton.LeftButton)  # nobody twice
    with window.controller.session() as s:
        assert len(ops.participants(s, sid)) == len(expected)
    window.undo_action.trigger()
    window.undo_action.trigger()
    with window.controller.session() as s:
        assert ops.participants(s, sid) == []


def test_every_step_of_the_stappenplan_links_to_the_work_forms(window, example_path) -> None:  # noqa: ANN001
    from zvdesk.models.steps.tables import StepKey
    from zvdesk.ui.instruments.steps.tab import StepsTab

    _open(window, example_path)
    with window.controller.session() as s:
        pid = next(p.id for p in live_projects(s) if p.name.startswith("Regiopilot"))
    window.show_target(pid, "steps")
    steps = window.workspace.widget_for("steps")
    assert isinstance(steps, StepsTab)
    for key in StepKey:
        assert "werkvormen" in steps.page(key).link_buttons, key
    steps.show_step(StepKey.STAP_4)
    QTest.mouseClick(steps.page(StepKey.STAP_4).link_buttons["werkvormen"],
                     Qt.MouseButton.LeftButton)
    assert window.workspace.current_spec().key == "werkvormen"


def test_read_only_file_shows_the_session_and_edits_nothing(qtbot, example_path) -> None:  # noqa: ANN001
    from zvdesk.ui.controller import DocumentController

    doc = Document.open(example_path, read_only=True)
    controller = DocumentController(doc)
    try:
        with doc.session() as s:
            pid = next(p.id for p in live_projects(s) if p.name.startswith("Regiopilot"))
        tab = WerkvormenTab(controller, pid)
        qtbot.addWidget(tab)
        assert tab.agenda.model.rowCount() == 7
        assert not tab.sessions.add_button.isEnabled()
        assert not tab.from_project_button.isEnabled()
        assert not tab.tip_boxes["kort"].isEnabled() and tab.tip_boxes["kort"].isChecked()
        tab.show_state("cloud")
        assert not tab.results.glossary_button.isEnabled()
        tab.show_state("votes")
        model = tab.results.vote_model
        assert not model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    finally:
        controller.document.listeners.clear()
        doc.close()
