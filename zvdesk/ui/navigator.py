"""The navigator: the region with its tabs, and each project with its instruments."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from zvdesk.models.changes import Changes
from zvdesk.models.region import get_region, live_projects
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.registry import instruments_for

ROLE = Qt.ItemDataRole.UserRole


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
        self._rebuilding = False

    def set_controller(self, controller: DocumentController | None) -> None:
        """Shows another document (or none)."""
        self.controller = controller
        if controller is not None:
            controller.changed.connect(self._on_changed)
        self.rebuild()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("region", "project", *self._progress_kinds()):
            self.rebuild()

    @staticmethod
    def _progress_kinds() -> tuple[str, ...]:
        return tuple(k for spec in instruments_for("project") if spec.progress
                     for k in spec.kinds)

    def rebuild(self) -> None:
        """Reads region and projects again, keeping what was selected."""
        current = self.currentItem()
        keep = current.data(0, ROLE) if current else None
        self._rebuilding = True
        self.clear()
        if self.controller is None:
            self._rebuilding = False
            return
        with self.controller.session() as s:
            region = get_region(s)
            region_name = (region.name if region else "") or "Regio zonder naam"
            projects = [(p.id, p.name) for p in live_projects(s)]
            progress = {(pid, spec.key): spec.progress(s, pid)
                        for pid, _n in projects for spec in instruments_for("project")
                        if spec.progress is not None}
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
                note = progress.get((project_id, spec.key))
                if note:
                    item.setText(0, f"{spec.label} ({note})")
                item.setData(0, ROLE, (project_id, spec.key))
                pitem.addChild(item)
        self.expandToDepth(0)
        if keep is not None:
            self.select_target(*keep)
        self._rebuilding = False

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
