"""The theory as a table: elements grouped by kind with their links, for keyboard users,
screen readers and bulk editing. Edits here are undoable and show on the canvas at once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QMenu, QTreeWidget, QTreeWidgetItem, QWidget
from sqlalchemy.orm import Session

from zvdesk.models.impact.ops import delete_elements, retype_element, update_element
from zvdesk.models.impact.tables import Element, ElementKind, Theory, categories_for
from zvdesk.ui.instruments.impact import texts
from zvdesk.ui.widgets.autosave import AutoSaveDelegate, ReloadGuard

ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
EDITABLE_COLUMNS = {0: "title", 1: "actor"}


class TheoryTable(QTreeWidget):
    """Groups per kind; title and actor are edited in place (F2 or double-click).

    Signals:
        selection_changed_ids(list): the element ids selected here.
    """

    selection_changed_ids = Signal(list)

    def __init__(self, execute: Callable[[str, Callable[[Session], Any]], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.execute = execute
        self.setColumnCount(len(texts.TABLE_HEADERS))
        self.setHeaderLabels(list(texts.TABLE_HEADERS))
        self.setAccessibleName("Beleidstheorie als tabel")
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setAlternatingRowColors(True)
        for column, width in enumerate((330, 170, 140)):
            self.setColumnWidth(column, width)
        self.groups: dict[ElementKind, QTreeWidgetItem] = {}
        self.rows: dict[str, QTreeWidgetItem] = {}
        self._loading = False
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self.itemChanged.connect(self._item_changed)
        self.itemSelectionChanged.connect(self._selection_changed)
        self.setItemDelegate(AutoSaveDelegate(self))  # a title is saved while it is typed
        self._theory: Theory | None = None
        self._reload_guard = ReloadGuard(self, self._show_theory)

    def load(self, theory: Theory) -> None:
        """Shows a theory, keeping which groups are open and which rows are selected.

        While the user types in a cell, the rows are rebuilt once its editor has closed.
        """
        self._theory = theory
        self._reload_guard.request()

    def _show_theory(self) -> None:
        theory = self._theory
        if theory is None:
            return
        self._loading = True
        selected = set(self.selected_ids())
        collapsed = {k for k, g in self.groups.items() if not g.isExpanded()}
        self.clear()
        self.groups.clear()
        self.rows.clear()
        by_id = theory.by_id()
        targets: dict[str, list[str]] = {}
        for link in theory.links:
            if link.target_id in by_id:
                targets.setdefault(link.source_id, []).append(by_id[link.target_id].title)
        for kind in ElementKind:
            elements = theory.of_kind(kind)
            group = QTreeWidgetItem([f"{texts.GROUP_LABELS[kind]} ({len(elements)})"])
            group.setData(0, KIND_ROLE, kind)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.addTopLevelItem(group)
            self.groups[kind] = group
            for element in elements:
                group.addChild(self._row(element, targets.get(element.id, [])))
            group.setExpanded(kind not in collapsed)
        for element_id in selected:
            if element_id in self.rows:
                self.rows[element_id].setSelected(True)
        self._loading = False

    def _row(self, element: Element, targets: list[str]) -> QTreeWidgetItem:
        category = texts.CATEGORY_LABELS.get(element.category, "") if element.category else ""
        if element.polarity is not None:
            category = ", ".join(filter(None, [
                category, texts.POLARITY_LABELS[element.polarity],
                texts.INFLUENCE_LABELS.get(element.influence, "")]))
        measured = self._theory.measured_by(element.id) if self._theory else ()
        item = QTreeWidgetItem([element.title, element.actor, category,
                                "; ".join(targets), "; ".join(measured)])
        item.setData(0, ID_ROLE, element.id)
        item.setData(0, KIND_ROLE, element.kind)
        item.setToolTip(0, "\n".join([element.description] + [f"• {s}" for s in
                                                                element.sub_items]).strip())
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                      | Qt.ItemFlag.ItemIsEditable)
        self.rows[element.id] = item
        return item

    def selected_ids(self) -> list[str]:
        """Ids of the selected element rows."""
        return [i.data(0, ID_ROLE) for i in self.selectedItems() if i.data(0, ID_ROLE)]

    def current_kind(self) -> ElementKind:
        """The kind of the current row or group (for "add")."""
        item = self.currentItem()
        kind = item.data(0, KIND_ROLE) if item is not None else None
        return kind if isinstance(kind, ElementKind) else ElementKind.ACTIVITEIT

    def select_ids(self, ids: list[str]) -> None:
        """Selects rows without reporting it back."""
        self._loading = True
        self.clearSelection()
        for element_id in ids:
            row = self.rows.get(element_id)
            if row is not None:
                row.setSelected(True)
                self.scrollToItem(row)
        self._loading = False

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._loading or column not in EDITABLE_COLUMNS:
            return
        element_id = item.data(0, ID_ROLE)
        if not element_id:
            return
        value = item.text(column).strip()
        name = EDITABLE_COLUMNS[column]
        if name == "title" and not value:
            return
        self.execute(texts.UNDO_EDIT,
                     lambda s: update_element(s, element_id, {name: value}))

    def _selection_changed(self) -> None:
        if not self._loading:
            self.selection_changed_ids.emit(self.selected_ids())

    def context_menu(self) -> QMenu:
        """The menu for the selected rows: change kind or category of all, delete."""
        menu = QMenu(self)
        ids = self.selected_ids()
        if not ids:
            return menu
        kinds = menu.addMenu(texts.MENU_KIND)
        for kind in ElementKind:
            action = kinds.addAction(texts.KIND_LABELS[kind])
            action.triggered.connect(lambda _c=False, k=kind: self.execute(
                texts.UNDO_RETYPE, lambda s: [retype_element(s, i, k) for i in ids]))
        row_kinds = {self.rows[i].data(0, KIND_ROLE) for i in ids}
        if len(row_kinds) == 1 and categories_for(next(iter(row_kinds))):
            cats = menu.addMenu(texts.MENU_CATEGORY)
            for cat in (None, *categories_for(next(iter(row_kinds)))):
                label = texts.NONE if cat is None else texts.CATEGORY_LABELS[cat]
                action = cats.addAction(label)
                action.triggered.connect(lambda _c=False, c=cat: self.execute(
                    texts.UNDO_CATEGORY,
                    lambda s: [update_element(s, i, {"category": c}) for i in ids]))
        menu.addSeparator()
        menu.addAction(texts.ACT_DELETE).triggered.connect(
            lambda: self.execute(texts.UNDO_DELETE, lambda s: delete_elements(s, ids)))
        return menu

    def _context_menu(self, pos) -> None:  # noqa: ANN001 - QPoint
        menu = self.context_menu()
        if not menu.isEmpty():
            menu.exec(self.viewport().mapToGlobal(pos))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Delete and self.state() != (
                QAbstractItemView.State.EditingState):
            ids = self.selected_ids()
            if ids:
                self.execute(texts.UNDO_DELETE, lambda s: delete_elements(s, ids))
            event.accept()
            return
        super().keyPressEvent(event)
