"""Monitoring's meeting is the overleg record of 2.3 (issue 16.5): chosen from the region's
meetings in the Monitoring tab, shown per meeting in the Overlegstructuren tab, and linked by
name when a version-2 file is opened."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox

from zvdesk.models.core import ops
from zvdesk.models.core.document import Document
from zvdesk.models.monitoring import ops as mon
from zvdesk.models.monitoring.read import monitoring_for_project
from zvdesk.models.monitoring.tables import MonIndicator
from zvdesk.models.region.ops import populate_new_region
from zvdesk.ui.instruments.monitoring.widget import INDICATOR_FIELDS, MonitoringTab
from zvdesk.ui.instruments.overleg.tab import MeetingsTab

from .uihelpers import undo_by_menu

FIXTURES = Path(__file__).parent / "fixtures"
RBO = "RBO Zorg en Veiligheid"


@pytest.fixture
def region_file(workdir: Path) -> tuple[Path, dict[str, str]]:
    """A project with one indicator, and two meetings of the region."""
    ids: dict[str, str] = {}

    def populate(s) -> None:  # noqa: ANN001
        populate_new_region(s, "Testregio", ["Zaanstad"])
        ids["project"] = ops.create_record(s, "project", {"name": "Verward gedrag"})
        ids["rbo"] = ops.create_record(s, "meeting", {"name": RBO})
        ids["tactisch"] = ops.create_record(s, "meeting", {"name": "Tactisch overleg"})
        ids["e33"] = mon.add_indicator(s, ids["project"], "E33-meldingen")

    path = workdir / "regio.zvdb"
    Document.create(path, populate=populate).close()
    return path, ids


def _indicator(window, indicator_id: str) -> MonIndicator:  # noqa: ANN001
    with window.controller.session() as s:
        row = s.get(MonIndicator, indicator_id)
        s.expunge(row)
        return row


def _choose_meeting(tab: MonitoringTab, label: str) -> None:
    view = tab.indicators.view
    column = [f.name for f in INDICATOR_FIELDS if f.kind != "longtext"].index("meeting_id")
    view.setFocus()
    view.setCurrentIndex(tab.indicators.proxy.index(0, column))
    QTest.keyClick(view, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "(geen)", RBO, "Tactisch overleg"]
    combo.setCurrentIndex(combo.findText(label))
    QTest.keyClick(combo, Qt.Key.Key_Return)
    QApplication.processEvents()


def _click_meeting(table, meeting_id: str) -> None:  # noqa: ANN001
    """A click on the meeting's row of the inventory's table."""
    index = table.proxy.mapFromSource(table.model.index(table.model.row_of(meeting_id), 0))
    rect = table.view.visualRect(index)
    QTest.mouseClick(table.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert table.selected_ids() == [meeting_id]


def test_choose_the_meeting_from_the_region_and_see_it_in_overleg(
        window, region_file) -> None:  # noqa: ANN001
    path, ids = region_file
    assert window.open_path(path)
    window.show_target(ids["project"], "monitoring")
    tab = window.workspace.widget_for("monitoring")
    assert isinstance(tab, MonitoringTab)
    _choose_meeting(tab, RBO)
    assert _indicator(window, ids["e33"]).meeting_id == ids["rbo"]
    with window.controller.session() as s:
        assert monitoring_for_project(s, ids["project"]).indicators[0].meeting == RBO

    window.show_target(None, "overleg")
    overleg = window.workspace.widget_for("overleg")
    assert isinstance(overleg, MeetingsTab)
    page = overleg.inventory
    _click_meeting(page.meetings, ids["rbo"])
    assert page.indicators.text() == "• E33-meldingen (Verward gedrag)"
    _click_meeting(page.meetings, ids["tactisch"])
    assert page.indicators.text().startswith("Geen indicator van Monitoring noemt dit overleg")

    _click_meeting(page.meetings, ids["rbo"])
    undo_by_menu(window)  # the choice, undone from the other tab: the list follows
    assert _indicator(window, ids["e33"]).meeting_id is None
    assert page.indicators.text().startswith("Geen indicator")


def test_a_deleted_meeting_cannot_be_chosen(window, region_file) -> None:  # noqa: ANN001
    path, ids = region_file
    assert window.open_path(path)
    window.controller.execute("Overleg verwijderen", lambda s: ops.delete_records(
        s, "meeting", [ids["tactisch"]]))
    with pytest.raises(Exception, match="bestaat niet meer"):
        window.controller.execute("Overleg kiezen", lambda s: ops.update_record(
            s, "mon_indicator", ids["e33"], {"meeting_id": ids["tactisch"]}))


def test_version_2_free_text_is_linked_to_the_meeting_of_that_name(workdir: Path) -> None:
    target = workdir / "v2.zvdb"
    shutil.copyfile(FIXTURES / "v2.zvdb", target)
    conn = sqlite3.connect(target)
    with conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM mon_indicator ORDER BY id")]
        assert len(ids) >= 2
        conn.execute("UPDATE mon_indicator SET meeting = 'rbo zorg en veiligheid ' WHERE id = ?",
                     (ids[0],))
        conn.execute("UPDATE mon_indicator SET meeting = 'Werkgroep die 2.3 niet kent' "
                     "WHERE id = ?", (ids[1],))
        (rbo,) = conn.execute("SELECT id FROM meeting WHERE name = ?", (RBO,)).fetchone()
    conn.close()
    doc = Document.open(target)
    try:
        with doc.session() as s:
            rows = {r.id: r for r in s.query(MonIndicator)}
            assert rows[ids[0]].meeting_id == rbo  # same name, case and spaces aside
            assert rows[ids[1]].meeting_id is None  # no such meeting: the text stays
            assert rows[ids[1]].meeting == "Werkgroep die 2.3 niet kent"
            assert all(r.meeting_id == rbo for i, r in rows.items() if i not in ids[:2]
                       and r.meeting == RBO)
    finally:
        doc.close()
