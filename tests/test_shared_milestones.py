"""Milestones are one record: the stappenplan's step 4 and 2.2 Timing edit the same
``tim_moment`` rows (issue 16.4)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QListWidget

from zvdesk.models.core import ops
from zvdesk.models.core.document import Document
from zvdesk.models.region.ops import populate_new_region
from zvdesk.models.timing import ops as tim
from zvdesk.models.timing.tables import MomentKind
from zvdesk.ui.instruments.steps.tab import StepsTab
from zvdesk.ui.instruments.timing.tab import TimingTab

from .uihelpers import undo_by_menu


@pytest.fixture
def project_file(workdir: Path) -> tuple[Path, str]:
    """A region file with one project and one moment of 2.2."""
    ids: dict[str, str] = {}

    def populate(s) -> None:  # noqa: ANN001
        populate_new_region(s, "Testregio", ["Zaanstad"])
        pid = ids["project"] = ops.create_record(s, "project", {"name": "Werkagenda"})
        ops.create_record(s, "tim_moment", {
            "project_id": pid, "title": "Werkagenda in het RBO", "kind": MomentKind.RBO,
            "on_date": date(2026, 3, 12)})

    path = workdir / "regio.zvdb"
    Document.create(path, populate=populate).close()
    return path, ids["project"]


def _steps_page_4(window, path: Path, pid: str):  # noqa: ANN001, ANN202
    assert window.open_path(path)
    window.show_target(pid, "steps")
    tab = window.workspace.widget_for("steps")
    assert isinstance(tab, StepsTab)
    lst: QListWidget = tab.steps_list
    rect = lst.visualItemRect(lst.item(4))  # stap 4
    QTest.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    return tab, tab.page("stap4").content


def test_step_4_shows_and_adds_the_moments_of_timing(window, project_file, qtbot) -> None:  # noqa: ANN001
    path, pid = project_file
    tab, content = _steps_page_4(window, path, pid)
    table = content.moments
    assert table.model.rowCount() == 1
    assert table.model.index(0, 0).data() == "Werkagenda in het RBO"
    QTest.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    editors = [w for w in table.view.viewport().findChildren(QLineEdit) if w.isVisible()]
    assert len(editors) == 1
    editors[0].selectAll()
    QTest.keyClicks(editors[0], "Raadsbesluit budget")
    QTest.keyClick(editors[0], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.view.state() != QAbstractItemView.State.EditingState)
    with window.controller.session() as s:
        assert sorted(m.title for m in tim.moments(s, pid)) == [
            "Raadsbesluit budget", "Werkagenda in het RBO"]

    # The same record in 2.2 Timing: the button opens it and its table lists the new moment.
    assert content.open_timing is not None
    QTest.mouseClick(content.open_timing, Qt.MouseButton.LeftButton)
    timing = window.workspace.widget_for("timing")
    assert isinstance(timing, TimingTab)
    assert window.workspace.current_spec().key == "timing"
    titles = {timing.moments.model.index(r, 0).data()
              for r in range(timing.moments.model.rowCount())}
    assert titles == {"Raadsbesluit budget", "Werkagenda in het RBO"}

    undo_by_menu(window)  # the title
    undo_by_menu(window)  # the row
    with window.controller.session() as s:
        assert [m.title for m in tim.moments(s, pid)] == ["Werkagenda in het RBO"]
    assert timing.moments.model.rowCount() == 1
    assert table.model.rowCount() == 1


def test_a_moment_renamed_in_timing_shows_in_step_4(window, project_file) -> None:  # noqa: ANN001
    path, pid = project_file
    _tab, content = _steps_page_4(window, path, pid)
    with window.controller.session() as s:
        mid = tim.moments(s, pid)[0].id
    window.controller.execute("Moment wijzigen", lambda s: ops.update_record(
        s, "tim_moment", mid, {"title": "Werkagenda vastgesteld"}))
    assert content.moments.model.index(0, 0).data() == "Werkagenda vastgesteld"
