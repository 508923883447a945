"""Meelopen tab: real widgets in the real main window, mouse and keyboard, file + undo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from zvdesk.ui.instruments.meelopen import SPEC
from zvdesk.ui.instruments.meelopen.tab import PracticeTab
from zvdesk.ui.widgets.recordtable import ID_ROLE

from .uihelpers import on_disk, project_id, undo_by_menu

PILOT = "Regiopilot Zorg + Veiligheid"


def _project(window, name: str = PILOT) -> str:  # noqa: ANN001
    return project_id(window, name)


def _open(window, path: Path, name: str = PILOT) -> PracticeTab:  # noqa: ANN001
    assert window.open_path(path)
    window.show_target(_project(window, name), "meelopen")
    tab = window.workspace.widget_for("meelopen")
    assert isinstance(tab, PracticeTab)
    return tab


def _click_schedule_row(tab: PracticeTab, row: int) -> str:
    view = tab.schedule.view
    rect = view.visualRect(tab.schedule.proxy.index(row, 2))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    return tab.schedule.proxy.index(row, 0).data(ID_ROLE)


def test_spec_registers_the_tab() -> None:
    assert (SPEC.key, SPEC.chapter, SPEC.scope, SPEC.label) == (
        "meelopen", "3.2", "project", "3.2 Meelopen in de praktijk")


def test_schedule_row_shows_its_people_and_reflection(window, example_path) -> None:  # noqa: ANN001
    tab = _open(window, example_path)
    assert tab.schedule.model.rowCount() == 4
    vid = _click_schedule_row(tab, 1)  # 11-02-2020, GGZ
    assert tab.current_id() == vid
    names = {tab.participants.proxy.index(r, 0).data()
             for r in range(tab.participants.proxy.rowCount())}
    assert names == {"Hanneke Bakker", "Ruud Visser", "Karim Ouali"}
    meaning = tab.reflection_form.editors["reflection_meaning"].toPlainText()
    assert meaning.startswith("Politie en GGZ spreken af")
    assert tab.rota_label.text().startswith("Nog geen meeloopdag georganiseerd: Gemeente")


def test_visit_added_by_click_and_typing_the_date(window, example_path) -> None:  # noqa: ANN001
    tab = _open(window, example_path)
    stack = window.controller.undo_stack
    before = stack.count()
    QTest.mouseClick(tab.schedule.add_button, Qt.MouseButton.LeftButton)
    editor = QApplication.focusWidget()
    QTest.keyClicks(editor, "12-05-2026")
    QTest.keyClick(editor, Qt.Key.Key_Tab)
    QApplication.processEvents()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # leave the next cell
    QApplication.processEvents()
    rows = on_disk(example_path, "SELECT kind, status FROM practice_visit WHERE visit_date = "
                    "'2026-05-12' AND deleted_at IS NULL")
    assert rows == [("meeloopdag", "gepland")]
    assert stack.count() == before + 2 and stack.undoText() == "Datum wijzigen"
    assert tab.schedule.model.rowCount() == 5
    undo_by_menu(window)
    undo_by_menu(window)
    assert tab.schedule.model.rowCount() == 4
    assert on_disk(example_path, "SELECT count(*) FROM practice_visit WHERE deleted_at IS "
                    "NULL") == [(4,)]


def test_participant_added_by_click_and_typing(window, example_path) -> None:  # noqa: ANN001
    tab = _open(window, example_path)
    vid = _click_schedule_row(tab, 2)  # Veilig Thuis
    count = tab.participants.model.rowCount()
    QTest.mouseClick(tab.participants.add_button, Qt.MouseButton.LeftButton)
    combo = QApplication.focusWidget()
    QTest.keyClicks(combo, "Noor")  # type-to-select in the person list
    QTest.keyClick(combo, Qt.Key.Key_Tab)
    QApplication.processEvents()
    assert on_disk(example_path, "SELECT p.name FROM practice_visit_participant v JOIN person "
                    "p ON p.id = v.person_id WHERE v.visit_id = ? AND v.deleted_at IS NULL "
                    "ORDER BY v.created_at DESC LIMIT 1", vid) == [("Noor Dekker",)]
    assert tab.participants.model.rowCount() == count + 1
    # Noor works for Wormerland: the rota now also misses that municipality.
    assert "Gemeente Wormerland" in tab.rota_label.text()
    undo_by_menu(window)  # the choice of person: the row stays, without a person
    assert "Gemeente Wormerland" not in tab.rota_label.text()
    assert tab.participants.model.rowCount() == count + 1
    undo_by_menu(window)  # the add itself
    assert tab.participants.model.rowCount() == count


def test_reflection_typed_after_the_day(window, example_path, qtbot) -> None:  # noqa: ANN001
    tab = _open(window, example_path)
    vid = _click_schedule_row(tab, 2)  # Veilig Thuis: reflection half written
    tab.pages.setCurrentWidget(tab.reflection_page)
    seen = tab.reflection_form.editors["reflection_seen"]
    seen.setFocus()
    QTest.keyClicks(seen, "Hoe zorgvuldig een melding wordt gewogen.")
    QTest.keyClick(seen, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is tab.reflection_form.editors["reflection_experienced"]
    qtbot.waitUntil(lambda: on_disk(example_path, "SELECT reflection_seen FROM practice_visit "
                                     "WHERE id = ?", vid)
                    == [("Hoe zorgvuldig een melding wordt gewogen.",)])
    assert window.controller.undo_stack.undoText() == "Wat hebben jullie gezien? wijzigen"
    undo_by_menu(window)
    assert seen.toPlainText() == ""


def test_rota_suggestion_by_clicking_is_one_undo_step(window, example_path) -> None:  # noqa: ANN001
    tab = _open(window, example_path)
    assert tab.rota_button.isEnabled()
    QTest.mouseClick(tab.rota_button, Qt.MouseButton.LeftButton)
    assert tab.schedule.model.rowCount() == 8
    assert tab.rota_label.text() == \
        "Iedere organisatie van de groep heeft een meeloopdag georganiseerd."
    assert not tab.rota_button.isEnabled()
    hosts = on_disk(example_path, "SELECT o.name FROM practice_visit v JOIN organisation o ON "
                     "o.id = v.host_organisation_id WHERE v.deleted_at IS NULL AND v.status = "
                     "'gepland' AND v.kind = 'meeloopdag' ORDER BY v.visit_date")
    assert [h for (h,) in hosts] == ["Gemeente Purmerend", "Gemeente Zaanstad", "Reclassering",
                                     "Zorg- en Veiligheidshuis"]
    assert window.controller.undo_stack.undoText() == "Rooster voorstellen"
    undo_by_menu(window)
    assert tab.schedule.model.rowCount() == 4 and tab.rota_button.isEnabled()


def test_read_only_file_shows_everything_and_edits_nothing(window, example_path) -> None:  # noqa: ANN001
    assert window.open_path(example_path, read_only=True)
    window.show_target(_project(window), "meelopen")
    tab = window.workspace.widget_for("meelopen")
    assert tab.schedule.model.rowCount() == 4
    assert not tab.schedule.add_button.isEnabled()
    assert not tab.participants.add_button.isEnabled()
    assert not tab.rota_button.isEnabled()
    assert not tab.reflection_form.editors["reflection_done"].isEnabled()
