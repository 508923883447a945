"""Side panels of the circle map: people/organisations to drag in, the two name lists."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QDropEvent, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zvdesk.models.core import ops
from zvdesk.models.core.changes import Changes
from zvdesk.models.core.collation import sort_key
from zvdesk.models.stakeholders.read import StakeholderMap
from zvdesk.models.stakeholders.tables import ATTITUDE_SYMBOLS, Ring
from zvdesk.ui.canvas.palette import palette_mime
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.instruments.stakeholders import texts
from zvdesk.ui.instruments.stakeholders.view import PARTY_MIME, PLAYER_MIME, party_mime

ID_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
PLACED_ROLE = Qt.ItemDataRole.UserRole + 2


class PartyTree(QTreeWidget):
    """People and organisations of the region; drag one onto the map to add it as a player.

    Signals:
        add_requested(str, str): (kind, id) chosen with Enter or a double click.
    """

    add_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setAccessibleName(texts.SOURCES)
        self.itemActivated.connect(self._activated)

    def mimeData(self, items: list[QTreeWidgetItem]) -> QMimeData:  # noqa: N802 - Qt API
        for item in items:
            if item.data(0, ID_ROLE):
                return party_mime(item.data(0, KIND_ROLE), item.data(0, ID_ROLE))
        return QMimeData()

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt API
        return [PARTY_MIME]

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 - Qt API
        return Qt.DropAction.CopyAction

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.data(0, ID_ROLE):
            self.add_requested.emit(item.data(0, KIND_ROLE), item.data(0, ID_ROLE))


class SourcePanel(QWidget):
    """The list of people and organisations beside the map, with a search field."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.placed: set[str] = set()
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(texts.SOURCES_FILTER)
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(texts.SOURCES_FILTER)
        self.tree = PartyTree()
        hint = QLabel(texts.SOURCES_HINT)
        hint.setWordWrap(True)
        title = QLabel(f"<b>{texts.SOURCES}</b>")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        layout.addWidget(hint)
        self.filter.textChanged.connect(self._apply_filter)
        controller.changed.connect(self._on_changed)
        self.reload()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("person", "organisation"):
            self.reload()

    def reload(self) -> None:
        """Reads the people and organisations again."""
        self.tree.clear()
        with self.controller.session() as s:
            orgs = {o.id: o.name for o in sorted(ops.list_live(s, "organisation"),
                                                 key=lambda o: sort_key(o.name))}
            people = [(p.id, p.name, orgs.get(p.organisation_id or "", ""))
                      for p in sorted(ops.list_live(s, "person"), key=lambda p: sort_key(p.name))]
        for title, kind, rows in ((texts.PEOPLE, "person", people),
                                  (texts.ORGANISATIONS, "organisation",
                                   [(i, n, "") for i, n in orgs.items()])):
            group = QTreeWidgetItem([title])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(group)
            for record_id, name, org in rows:
                child = QTreeWidgetItem([name])
                child.setData(0, ID_ROLE, record_id)
                child.setData(0, KIND_ROLE, kind)
                child.setToolTip(0, f"{name} – {org}" if org else name)
                group.addChild(child)
            group.setExpanded(True)
        self._mark_placed()
        self._apply_filter(self.filter.text())

    def set_placed(self, record_ids: set[str]) -> None:
        """Marks the people and organisations that already stand on the map."""
        if record_ids != self.placed:
            self.placed = set(record_ids)
            self._mark_placed()

    def _mark_placed(self) -> None:
        grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        normal = self.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            for c in range(group.childCount()):
                child = group.child(c)
                placed = child.data(0, ID_ROLE) in self.placed
                child.setForeground(0, grey if placed else normal)
                flags = child.flags()
                child.setFlags(flags & ~Qt.ItemFlag.ItemIsDragEnabled if placed
                               else flags | Qt.ItemFlag.ItemIsDragEnabled)
                child.setData(0, PLACED_ROLE, placed)
                base = child.toolTip(0).split("\n")[0]
                child.setToolTip(0, f"{base}\n{texts.ALREADY_PLACED}" if placed else base)

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().lower()
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            for c in range(group.childCount()):
                child = group.child(c)
                child.setHidden(bool(needle) and needle not in child.toolTip(0).lower())


class RingList(QListWidget):
    """The names of one ring; a name dropped here from the other list changes ring.

    Signals:
        ring_drop(str, object): (player id, Ring) — a player was dropped on this list.
        delete_pressed(): Delete was pressed.
    """

    ring_drop = Signal(str, object)
    delete_pressed = Signal()

    def __init__(self, ring: Ring, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ring = ring
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setAcceptDrops(True)

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:  # noqa: N802 - Qt API
        if not items:
            return QMimeData()
        return palette_mime(PLAYER_MIME, items[0].data(ID_ROLE))

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt API
        return [PLAYER_MIME]

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        if not event.mimeData().hasFormat(PLAYER_MIME):
            event.ignore()
            return
        player_id = bytes(event.mimeData().data(PLAYER_MIME)).decode("utf-8", "replace")
        event.setDropAction(Qt.DropAction.CopyAction)  # the list refills from the model
        event.accept()
        self.ring_drop.emit(player_id, self.ring)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_pressed.emit()
            return
        super().keyPressEvent(event)

    def show_players(self, data: StakeholderMap) -> None:
        """Fills the list with the ring's players (by name), keeping the selection."""
        keep = self.selected_ids()
        self.blockSignals(True)
        self.clear()
        for p in data.in_ring(self.ring):
            item = QListWidgetItem(f"{p.initials} · {p.name}  {ATTITUDE_SYMBOLS[p.attitude]}")
            item.setData(ID_ROLE, p.id)
            item.setToolTip(p.name + (f" ({p.organisation})" if p.organisation
                                      and p.organisation != p.name else ""))
            self.addItem(item)
            item.setSelected(p.id in keep)
        self.blockSignals(False)

    def selected_ids(self) -> list[str]:
        """Ids of the selected names."""
        return [i.data(ID_ROLE) for i in self.selectedItems()]

    def select_ids(self, ids: set[str]) -> None:
        """Selects exactly these names (without emitting selection signals)."""
        self.blockSignals(True)
        for row in range(self.count()):
            item = self.item(row)
            item.setSelected(item.data(ID_ROLE) in ids)
        self.blockSignals(False)
