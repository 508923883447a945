"""Bestand → Versie vastleggen… and Versies… through their QActions, typing and clicking."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.test_mainwindow import trigger_menu
from tests.uihelpers import on_disk, undo_by_menu
from zvdesk.models.core.private import work_root


def _pilot(window) -> str:  # noqa: ANN001
    from zvdesk.models.region.ops import live_projects

    with window.controller.session() as s:
        return next(p.id for p in live_projects(s) if p.name.startswith("Regiopilot"))


def _record(window, name: str) -> None:  # noqa: ANN001
    trigger_menu(window, "Bestand", "Versie vastleggen…")
    dialog = window.feature("versions").dialog
    assert dialog is not None and dialog.isVisible()
    QTest.keyClicks(dialog.name, name)
    dialog.adopted_by.setCurrentIndex(dialog.adopted_by.findText("De raad"))
    QTest.keyClicks(dialog.note.viewport(), "Raadsbesluit")
    QTest.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_recording_a_version_is_one_undo_step_and_kept_in_the_file(window, example_path: Path
                                                                   ) -> None:  # noqa: ANN001
    assert window.open_path(example_path)
    pilot = _pilot(window)
    window.show_target(pilot, "impact")
    _record(window, "Vastgesteld raad juni")
    rows = on_disk(example_path, "SELECT project_id, adopted_by FROM project_version "
                                 "WHERE name = ? AND deleted_at IS NULL", "Vastgesteld raad juni")
    assert rows == [(pilot, "raad")]
    assert window.controller.undo_stack.undoText() == "Versie ‘Vastgesteld raad juni’ vastleggen"
    assert on_disk(example_path, "SELECT count(*) FROM project_version_row v JOIN "
                                 "project_version p ON p.id = v.version_id WHERE p.name = ?",
                   "Vastgesteld raad juni")[0][0] > 400
    undo_by_menu(window)
    assert on_disk(example_path, "SELECT count(*) FROM project_version WHERE name = ? AND "
                                 "deleted_at IS NULL", "Vastgesteld raad juni") == [(0,)]


def test_a_name_the_project_already_uses_is_refused_in_dutch(window, example_path: Path
                                                             ) -> None:  # noqa: ANN001
    assert window.open_path(example_path)
    window.show_target(_pilot(window), "impact")
    _record(window, "Vastgesteld RBO 2026")
    assert any("al een versie" in text for _title, text in window.messages)
    assert window.feature("versions").dialog.isVisible(), "the dialog stays for another name"


def test_a_version_opens_read_only_with_the_bar_naming_it(window, example_path: Path
                                                          ) -> None:  # noqa: ANN001
    assert window.open_path(example_path)
    before = set(work_root().iterdir())
    trigger_menu(window, "Bestand", "Versies…")
    dialog = window.feature("versions").dialog
    assert dialog.list.count() == 1
    assert "Vastgesteld RBO 2026" in dialog.list.item(0).text()
    QTest.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    ctrl = window.controller
    assert ctrl.read_only
    assert window.banner.isVisible()
    assert window.banner.label.text() == ("Versie ‘Vastgesteld RBO 2026’ (vastgesteld door het "
                                          "RBO op 12-03-2026) — alleen lezen")
    assert window.workspace.project_id == _pilot(window)
    with ctrl.session() as s:
        from zvdesk.models.core.ops import list_live

        titles = {e.title for e in list_live(s, "impact_element")}
    assert not any("aangescherpt na de evaluatie" in t for t in titles), "the adopted state"
    assert not window.feature("versions").record_action.isEnabled()
    trigger_menu(window, "Bestand", "Sluiten")
    assert set(work_root().iterdir()) == before, "the version's working copy is removed"


def test_comparing_with_the_current_state_lists_the_changed_field(window, example_path: Path
                                                                  ) -> None:  # noqa: ANN001
    assert window.open_path(example_path)
    trigger_menu(window, "Bestand", "Versies…")
    dialog = window.feature("versions").dialog
    QTest.mouseClick(dialog.compare_button, Qt.MouseButton.LeftButton)
    text = dialog.compare_dialog.text.toPlainText()
    assert "toegevoegd: " in text and "Gezamenlijk casusoverleg zorg en veiligheid" in text
    assert "gewijzigd: " in text and "titel: " in text
    assert "(aangescherpt na de evaluatie)" in text
    assert "verwijderd: speler" in text
    assert "verwijderd: organisatie" not in text, "region rows are not removed from the region"
