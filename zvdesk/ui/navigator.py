"""The navigator: the region with its tabs, and each project with its instruments."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from zvdesk.ui.painted import after_next_paint

if TYPE_CHECKING:
    from zvdesk.models.core.changes import Changes
    from zvdesk.ui.controller import DocumentController

ROLE = Qt.ItemDataRole.UserRole
#: Files with at most this many projects show every project expanded.
EXPAND_ALL_UP_TO = 4


class Navigator(QTreeWidget):
    """Tree of region → projects → instruments.

    Signals:
        activated_target(str | None, str): the user chose (project id or None for the
            region, instrument key).
    """

    activated_target = Signal(object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setAccessibleName("Navigator")
        self.controller: DocumentController | None = None
        self.itemActivated.connect(self._activated)
        self.itemClicked.connect(self._activated)
        self.itemExpanded.connect(self._expanded)
        self._rebuilding = False
        self._progress_pending = False
        # Progress texts are read for expanded projects only, and once per burst of changes
        # (a drag on a canvas is one change, typing is one change per pause).
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(150)
        self._progress_timer.timeout.connect(self.update_progress)

    def set_controller(self, controller: DocumentController | None) -> None:
        """Shows another document (or none)."""
        self.controller = controller
        if controller is not None:
            controller.changed.connect(self._on_changed)
        self.rebuild()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("region", "project"):
            self.rebuild()
        elif changes.touches(*self._progress_kinds()):
            self._progress_timer.start()

    @staticmethod
    def _progress_kinds() -> tuple[str, ...]:
        from zvdesk.ui.registry import instruments_for

        return tuple(k for spec in instruments_for("project") if spec.progress
                     for k in spec.record_kinds)

    def rebuild(self) -> None:
        """Reads region and projects again, keeping what was selected."""
        current = self.currentItem()
        keep = current.data(0, ROLE) if current else None
        self._rebuilding = True
        self.clear()
        if self.controller is None:
            self._rebuilding = False
            return
        from zvdesk.models.region.ops import get_region, live_projects
        from zvdesk.ui.registry import instruments_for

        with self.controller.session() as s:
            region = get_region(s)
            region_name = (region.name if region else "") or "Regio zonder naam"
            projects = [(p.id, p.name) for p in live_projects(s)]
        root = QTreeWidgetItem([region_name])
        root.setData(0, ROLE, (None, "region"))
        font = root.font(0)
        font.setBold(True)
        root.setFont(0, font)
        self.addTopLevelItem(root)
        for spec in instruments_for("region")[1:]:
            item = QTreeWidgetItem([spec.label])
            item.setData(0, ROLE, (None, spec.key))
            root.addChild(item)
        project_specs = instruments_for("project")
        for project_id, name in projects:
            pitem = QTreeWidgetItem([name or "Project zonder naam"])
            pitem.setData(0, ROLE, (project_id, project_specs[0].key))
            pitem.setToolTip(0, name)
            self.addTopLevelItem(pitem)
            for spec in project_specs[1:]:
                item = QTreeWidgetItem([spec.label])
                item.setData(0, ROLE, (project_id, spec.key))
                pitem.addChild(item)
            if len(projects) <= EXPAND_ALL_UP_TO or (keep and keep[0] == project_id):
                pitem.setExpanded(True)
        root.setExpanded(True)
        if keep is not None:
            self.select_target(*keep)
        self._rebuilding = False
        # The progress texts read every instrument of the expanded projects: they follow a
        # moment after the tree (and the first tab) are on screen, not before.
        if not self._progress_pending:
            self._progress_pending = True
            after_next_paint(self.viewport(), self._first_progress)

    def _first_progress(self) -> None:
        self._progress_pending = False
        self._progress_timer.start()  # a moment after the tree was painted

    def _expanded(self, item: QTreeWidgetItem) -> None:
        data = item.data(0, ROLE)
        if not self._rebuilding and data and data[0] is not None:
            self.update_progress([item])

    def update_progress(self, items: list[QTreeWidgetItem] | None = None) -> None:
        """Writes the instruments' progress ("1/6 afgerond") behind the expanded projects."""
        if self.controller is None:
            return
        if items is None:
            items = [self.topLevelItem(i) for i in range(1, self.topLevelItemCount())]
        items = [item for item in items if item.isExpanded()]
        if not items:
            return
        from zvdesk.ui.registry import instrument

        with self.controller.session() as s:
            for pitem in items:
                for i in range(pitem.childCount()):
                    child = pitem.child(i)
                    project_id, key = child.data(0, ROLE)
                    spec = instrument(key)
                    note = spec.progress(s, project_id) if spec.progress else ""
                    child.setText(0, f"{spec.label} ({note})" if note else spec.label)

    def select_target(self, project_id: str | None, key: str) -> None:
        """Highlights the item of a project/instrument without emitting a signal."""
        it = self.invisibleRootItem()
        stack = [it.child(i) for i in range(it.childCount())]
        while stack:
            item = stack.pop(0)
            data = item.data(0, ROLE)
            if data and tuple(data) == (project_id, key):
                self.blockSignals(True)
                self.setCurrentItem(item)
                self.blockSignals(False)
                return
            stack.extend(item.child(i) for i in range(item.childCount()))

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        if self._rebuilding:
            return
        data = item.data(0, ROLE)
        if data:
            self.activated_target.emit(data[0], data[1])
