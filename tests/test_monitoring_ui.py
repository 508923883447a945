"""Monitoring tab: real widgets, clicks and typing, asserted on the file and the undo stack."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

from tests.uihelpers import cell_reason, open_cell_text
from zvdesk.models.core import ops
from zvdesk.models.core.document import Document
from zvdesk.models.monitoring import ops as mon
from zvdesk.models.monitoring.tables import MonIndicator
from zvdesk.models.region.ops import populate_new_region
from zvdesk.ui.instruments.monitoring import dialogs as mon_dialogs
from zvdesk.ui.instruments.monitoring.widget import MonitoringTab


@pytest.fixture
def project_file(workdir: Path) -> tuple[Path, str]:
    """A region file with one project and no monitoring yet."""
    ids: dict[str, str] = {}

    def populate(s) -> None:  # noqa: ANN001
        populate_new_region(s, "Testregio", ["Zaanstad", "Purmerend"])
        ids["project"] = ops.create_record(s, "project", {"name": "Verward gedrag"})

    path = workdir / "regio.zvdb"
    Document.create(path, populate=populate).close()
    return path, ids["project"]


def _open_tab(window, path: Path, project_id: str) -> MonitoringTab:  # noqa: ANN001
    assert window.open_path(path)
    window.show_target(project_id, "monitoring")
    tab = window.workspace.widget_for("monitoring")
    assert isinstance(tab, MonitoringTab)
    return tab


def _indicators(window, project_id: str) -> list[MonIndicator]:  # noqa: ANN001
    with window.controller.session() as s:
        return mon.indicators(s, project_id)


def _on_disk(path: Path, project_id: str) -> list[str]:
    doc = Document.open(path, read_only=True)
    try:
        with doc.session() as s:
            return [r.name for r in mon.indicators(s, project_id)]
    finally:
        doc.close()


def _editor(view) -> QLineEdit:  # noqa: ANN001
    editors = [w for w in view.viewport().findChildren(QLineEdit) if w.isVisible()]
    assert len(editors) == 1
    return editors[0]


def _finish(qtbot, view, editor, key=Qt.Key.Key_Return) -> None:  # noqa: ANN001
    """Return/Tab commits through a queued call in Qt's delegate: wait until editing ends."""
    qtbot.keyClick(editor, key)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)


def _type_in_cell(qtbot, view, index, text: str) -> None:  # noqa: ANN001
    """Selects a cell, starts editing it with F2, types and presses Return."""
    view.setCurrentIndex(index)
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_F2)
    editor = _editor(view)
    editor.selectAll()
    QTest.keyClicks(editor, text)
    _finish(qtbot, view, editor)


def test_choose_from_the_toolbox_is_one_undo_step(window, project_file) -> None:  # noqa: ANN001
    path, pid = project_file
    tab = _open_tab(window, path, pid)
    QTest.mouseClick(tab.catalogue_button, Qt.MouseButton.LeftButton)
    dialog = tab.catalogue_dialog
    lst = dialog.list
    rows = {lst.item(i).text(): i for i in range(lst.count())}
    for name in ("E33-meldingen", "Duur tot afschaling"):
        item = lst.item(rows[name])
        rect = lst.visualItemRect(item)
        lst.setCurrentItem(item)
        QTest.keyClick(lst, Qt.Key.Key_Space)
        assert item.checkState() == Qt.CheckState.Checked, rect
    QTest.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert [r.name for r in _indicators(window, pid)] == ["Duur tot afschaling", "E33-meldingen"]
    assert sorted(_on_disk(path, pid)) == ["Duur tot afschaling", "E33-meldingen"]
    stack = window.controller.undo_stack
    assert stack.count() == 1 and stack.undoText() == "Indicatoren uit de toolbox toevoegen"
    window.undo_action.trigger()
    assert _indicators(window, pid) == []


def test_add_indicator_type_baseline_and_measurements_and_see_the_chart(
        window, project_file, qtbot) -> None:  # noqa: ANN001
    path, pid = project_file
    tab = _open_tab(window, path, pid)
    table = tab.indicators
    QTest.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    editor = _editor(table.view)
    editor.selectAll()
    QTest.keyClicks(editor, "Meldingen meldpunt")
    _finish(qtbot, table.view, editor)
    (row,) = _indicators(window, pid)
    assert row.name == "Meldingen meldpunt"
    model = table.model
    col = [f.name for f in model.fields].index("baseline")
    index = table.proxy.mapFromSource(model.index(model.row_of(row.id), col))
    _type_in_cell(qtbot, table.view, index, "12,5")
    assert _indicators(window, pid)[0].baseline == 12.5
    assert window.controller.undo_stack.undoText() == "Nulmeting wijzigen"
    assert tab.current_id() == row.id

    tab.pages.setCurrentWidget(tab.measurements_page)
    meas = tab.measurements
    QTest.mouseClick(meas.add_button, Qt.MouseButton.LeftButton)
    _finish(qtbot, meas.view, _editor(meas.view))  # keeps today's date
    mmodel = meas.model
    vcol = [f.name for f in mmodel.fields].index("value")
    _type_in_cell(qtbot, meas.view, meas.proxy.mapFromSource(mmodel.index(0, vcol)), "14,25")
    with window.controller.session() as s:
        (m,) = mon.measurements(s, row.id)
    assert m.value == 14.25 and m.municipality_id is None
    assert tab.chart.series_names == ["Hele regio"]
    window.undo_action.trigger()
    with window.controller.session() as s:
        assert mon.measurements(s, row.id)[0].value is None
    assert window.messages == []


def test_a_wrong_number_gives_a_dutch_message(window, project_file, qtbot) -> None:  # noqa: ANN001
    path, pid = project_file
    tab = _open_tab(window, path, pid)
    QTest.mouseClick(tab.indicators.add_button, Qt.MouseButton.LeftButton)
    _finish(qtbot, tab.indicators.view, _editor(tab.indicators.view))
    model = tab.indicators.model
    col = [f.name for f in model.fields].index("target")
    view = tab.indicators.view
    view.setCurrentIndex(tab.indicators.proxy.mapFromSource(model.index(0, col)))
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_F2)
    editor = _editor(view)
    editor.selectAll()
    QTest.keyClicks(editor, "veel")
    QTest.keyClick(editor, Qt.Key.Key_Return)  # refused: the editor stays open
    assert _indicators(window, pid)[0].target is None
    assert "geen getal" in model.last_error
    # beside the cell, which keeps "veel"; no message box
    assert "geen getal" in cell_reason(tab.indicators.view)
    assert open_cell_text(tab.indicators.view) == "veel"
    assert window.messages == []


def test_import_with_preview(window, project_file, workdir, monkeypatch, qtbot) -> None:  # noqa: ANN001
    path, pid = project_file
    tab = _open_tab(window, path, pid)
    QTest.mouseClick(tab.indicators.add_button, Qt.MouseButton.LeftButton)
    _finish(qtbot, tab.indicators.view, _editor(tab.indicators.view))
    sheet = workdir / "e33.csv"
    sheet.write_text("Datum;Gemeente;Waarde\n31-3-2024;Zaanstad;212,5\n"
                     "30-6-2024;Purmerend;124\n30-6-2024;Nergens;1\n", encoding="utf-8")
    monkeypatch.setattr(mon_dialogs, "ask_sheet_path", lambda *_a: str(sheet))
    tab.pages.setCurrentWidget(tab.measurements_page)
    QTest.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    dialog = tab.import_dialog
    QTest.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.preview.rowCount() == 3
    assert dialog.preview.item(2, 4).text() == "Overslaan"
    assert "2 toevoegen" in dialog.summary.text()
    QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert tab.measurements.model.rowCount() == 2
    assert sorted(tab.chart.series_names) == ["Purmerend", "Zaanstad"]
    assert window.controller.undo_stack.undoText() == "Metingen importeren"
    window.undo_action.trigger()
    assert tab.measurements.model.rowCount() == 0


def test_example_tab_shows_the_e33_chart(window, example_path) -> None:  # noqa: ANN001
    assert window.open_path(example_path)
    with window.controller.session() as s:
        pid = next(p.id for p in ops.list_live(s, "project") if "verward" in p.name.lower())
    window.show_target(pid, "monitoring")
    tab = window.workspace.widget_for("monitoring")
    tab.show_first("chart")
    names = [tab.indicators.model.data(tab.indicators.model.index(r, 0))
             for r in range(tab.indicators.model.rowCount())]
    row = names.index("E33-meldingen")
    tab.indicators.select_ids([tab.indicators.model.record_id(row)])
    assert sorted(tab.chart.series_names) == ["Edam-Volendam", "Purmerend", "Zaanstad"]
    assert "fictief" in tab.chart.note.text()
    assert tab.measurements.model.rowCount() == 24
