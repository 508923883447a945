"""A table editor for one record kind: add, edit in place, delete, sort, filter, undo.

Used by the region tabs (organisations, people, themes, projects) and by any instrument that
lists records. Every edit goes through the controller as one undoable step.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from zvdesk.models.core import ops
from zvdesk.models.core.changes import Changes
from zvdesk.models.core.collation import sort_key
from zvdesk.models.core.errors import ZvdbError
from zvdesk.ui import dialogs
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.operations import cell_edit, refuse_cell
from zvdesk.ui.widgets.autosave import AutoSave, ReloadGuard
from zvdesk.ui.widgets.delegates import ComboDelegate
from zvdesk.ui.widgets.fields import (
    EMPTY_REQUIRED,
    Field,
    format_date,
    format_int,
    format_number,
    narrowed,
    parse_date,
    parse_int,
    parse_number,
    required,
)

RecordQuery = Callable[[Session], list[Any]]
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class RecordTableModel(QAbstractTableModel):
    """Rows of one record kind, read in one short session; edits go to the controller."""

    last_error = ""  # why the last cell edit was refused (operations.cell_edit)
    committing = False  # a cell edit is being written (operations.cell_edit)

    def __init__(self, controller: DocumentController, kind: str, fields: list[Field],
                 query: RecordQuery, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.kind = kind
        self.fields = [f for f in fields if f.kind != "longtext"]
        self.query = query
        self._rows: list[dict[str, Any]] = []
        self._choices: dict[str, list[tuple[Any, str]]] = {}
        self._groups: dict[str, dict[Any, Any]] = {}  # a narrowed field's record → group
        self._required = {f.name for f in self.fields if required(kind, f.name)}

    def reload(self) -> None:
        """Reads the rows again."""
        self.beginResetModel()
        with self.controller.session() as s:
            records = self.query(s)
            self._rows = [{"id": r.id, **{f.name: getattr(r, f.name) for f in self.fields}}
                          for r in records]
            self._choices = {f.name: f.choices(s) for f in self.fields if f.choices}
            self._groups = {f.name: f.choices.groups(s) for f in self.fields
                            if f.narrow_by and hasattr(f.choices, "groups")}
        self.endResetModel()

    def has_row(self, record_id: str) -> bool:
        """True when the table shows this record."""
        return any(row["id"] == record_id for row in self._rows)

    def refresh_rows(self, ids: set[str]) -> bool:
        """Re-reads some rows in place; False when a full reload is needed instead.

        A full reload is needed when a record appeared, disappeared or was deleted, since
        rows must then be inserted or removed.
        """
        positions = {row["id"]: i for i, row in enumerate(self._rows)}
        if not ids <= positions.keys():
            return False
        with self.controller.session() as s:
            cls = ops.record_class(self.kind)
            fresh = {}
            for record_id in ids:
                obj = s.get(cls, record_id)
                if obj is None or obj.deleted_at is not None:
                    return False
                fresh[record_id] = {"id": obj.id,
                                    **{f.name: getattr(obj, f.name) for f in self.fields}}
        for record_id, values in fresh.items():
            i = positions[record_id]
            self._rows[i] = values
            self.dataChanged.emit(self.index(i, 0), self.index(i, len(self.fields) - 1))
        return True

    def choices(self, field_name: str) -> list[tuple[Any, str]]:
        """The (value, label) pairs of a choice field, as last read."""
        return self._choices.get(field_name, [])

    def choice_lists(self, row: int, field: Field) -> tuple[list[tuple[Any, str]],
                                                            list[tuple[Any, str]]]:
        """What a choice cell lists and what is only found by typing: a person field with
        ``narrow_by`` lists the people of the organisation chosen in the same row."""
        choices = self.choices(field.name)
        if not field.narrow_by or field.name not in self._groups:
            return choices, []
        values = self._rows[row]
        return narrowed(choices, self._groups[field.name], values.get(field.narrow_by),
                        values.get(field.name))

    def row_of(self, record_id: str) -> int:
        """The row of a record, or -1."""
        for i, row in enumerate(self._rows):
            if row["id"] == record_id:
                return i
        return -1

    def record_id(self, row: int) -> str:
        """The id of the record in a row."""
        return self._rows[row]["id"]

    # -- Qt model API ---------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else len(self.fields)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.fields[section].title
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.fields[section].tooltip or None
        return None

    def _label(self, field: Field, value: Any) -> str:
        if field.kind == "date":
            return format_date(value)
        if field.kind == "number":
            return format_number(value)
        if field.kind == "choice":
            for choice, label in self._choices.get(field.name, []):
                if choice == value:
                    return label
            return "" if value is None else str(getattr(value, "value", value))
        return "" if value is None else str(value)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        field = self.fields[index.column()]
        value = row[field.name]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._label(field, value)
        if role == Qt.ItemDataRole.EditRole:
            if field.kind == "number":
                return format_number(value)
            if field.kind == "int":
                return format_int(value)  # text: Qt's spin box would refuse to be emptied
            return format_date(value) if field.kind == "date" else value
        if role == SORT_ROLE:
            if field.kind == "number":
                return float("-inf") if value is None else value
            if field.kind == "date":
                return value.isoformat() if value else ""
            if field.kind == "int":
                return float("-inf") if value is None else value
            return sort_key(self._label(field, value))
        if role == ID_ROLE:
            return row["id"]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.controller.read_only:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        field = self.fields[index.column()]
        row = self._rows[index.row()]
        try:
            if field.kind == "date":
                value = parse_date(str(value or ""))
            elif field.kind == "int":
                value = parse_int(str("" if value is None else value),
                                  field.name in self._required)
            elif field.kind == "number":
                value = parse_number(str("" if value is None else value))
                if value is None and field.name in self._required:
                    raise ValueError(EMPTY_REQUIRED)
            elif field.kind == "text":
                value = str(value).strip()
        except ValueError as exc:
            refuse_cell(self, str(exc))
            return False
        if row[field.name] == value:
            return False
        record_id = row["id"]
        return cell_edit(self,
            f"{field.title} wijzigen",
            lambda s: ops.update_record(s, self.kind, record_id, {field.name: value}))


class ChoiceDelegate(ComboDelegate):
    """Edits choice fields with a combo box and leaves other fields to Qt's defaults."""

    def __init__(self, model: RecordTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def choice_lists(self, index: QModelIndex) -> tuple[list, list] | None:  # noqa: D102
        field = self._model.fields[index.column()]
        if field.kind != "choice":
            return None
        model = index.model()
        source = model.mapToSource(index) if isinstance(model, QSortFilterProxyModel) else index
        return self._model.choice_lists(source.row(), field)

    def createEditor(self, parent: QWidget, option: Any, index: QModelIndex) -> QWidget:  # noqa: N802
        editor = super().createEditor(parent, option, index)
        if self._model.fields[index.column()].kind == "date" and isinstance(editor, QLineEdit):
            editor.setPlaceholderText("dd-mm-jjjj")
        return editor


class LongTextEditor(QWidget):
    """Edits one long-text field of the selected record; saves while the user types.

    The save waits for a short pause and at most a second (:mod:`~zvdesk.ui.widgets.autosave`);
    subclasses that save elsewhere override :meth:`commit` and begin it with
    ``self.autosave.done()``.
    """

    def __init__(self, controller: DocumentController, kind: str, field: Field,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.kind = kind
        self.field = field
        self.record_id: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(field.title)
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self.edit.setAccessibleName(field.title)
        self.edit.setPlaceholderText(field.tooltip or f"{field.title}…")
        self.label.setBuddy(self.edit)
        layout.addWidget(self.label)
        layout.addWidget(self.edit)
        self.autosave = AutoSave(self.edit, self.commit)
        self.edit.textChanged.connect(self._typed)
        self._loading = False
        self._dirty = False  # typed since the last load/save: only then does commit write
        self.edit.setReadOnly(controller.read_only)

    def load(self, record_id: str | None) -> None:
        """Shows the field of another record (saving pending typing first)."""
        if record_id == self.record_id:
            self.commit()
        else:
            self.autosave.finish(self.commit)  # typing in another record: a new undo step
        self.record_id = record_id
        self._loading = True
        text = ""
        if record_id:
            with self.controller.session() as s:
                obj = s.get(ops.record_class(self.kind), record_id)
                text = getattr(obj, self.field.name, "") if obj else ""
        if self.edit.toPlainText() != text:
            cursor = self.edit.textCursor().position()
            self.edit.setPlainText(text or "")
            c = self.edit.textCursor()
            c.setPosition(min(cursor, len(text or "")))
            self.edit.setTextCursor(c)
        self.setEnabled(record_id is not None)
        self._loading = False

    def _typed(self) -> None:
        if not self._loading:
            self._dirty = True
            self.autosave.touch()

    def commit(self) -> bool:
        """Saves what was typed (as one undo step); False when it was refused."""
        self.autosave.done()
        if not self._dirty or self.record_id is None or self.controller.read_only:
            return True
        self._dirty = False
        text = self.edit.toPlainText()
        record_id = self.record_id
        with self.controller.session() as s:
            obj = s.get(ops.record_class(self.kind), record_id)
            if obj is None or getattr(obj, self.field.name) == text:
                return True
        try:
            self.controller.execute(
                f"{self.field.title} wijzigen",
                lambda s: ops.update_record(s, self.kind, record_id, {self.field.name: text}),
            )
        except ZvdbError as exc:
            self._dirty = True
            dialogs.show_error(self, "Niet opgeslagen", str(exc))
            return False
        return True


class RecordTable(QWidget):
    """Toolbar, filter, table and detail pane for one record kind.

    Args:
        controller: The open document.
        kind: The record kind ("person").
        fields: The fields; ``longtext`` ones go into the detail pane.
        query: Reads the rows to show.
        new_values: Values for a new record (a function, so names can be numbered).
        noun: Dutch singular, for buttons and messages ("persoon").
        refresh_kinds: Other kinds whose changes alter what is shown (referenced names).
    """

    def __init__(self, controller: DocumentController, kind: str, fields: list[Field],
                 query: RecordQuery, new_values: Callable[[Session], dict], noun: str,
                 refresh_kinds: tuple[str, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.kind = kind
        self.noun = noun
        self.new_values = new_values
        self.refresh_kinds = (kind, *refresh_kinds)
        self.model = RecordTableModel(controller, kind, fields, query, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)

        self.add_button = QToolButton()
        self.add_button.setText(f"{noun.capitalize()} toevoegen")
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.delete_button = QToolButton()
        self.delete_button.setText("Verwijderen")
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText("Zoeken…")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(f"Zoeken in {noun}")
        self.count_label = QLabel()
        self.excel_button = QToolButton()
        self.excel_button.setText("Naar Excel…")
        self.excel_button.setToolTip("De regels zoals u ze ziet (gezocht en gesorteerd) opslaan "
                                     "als Excel-werkmap")
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addWidget(self.delete_button)
        bar.addWidget(self.excel_button)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        bar.addWidget(self.filter_edit)

        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(ChoiceDelegate(self.model, self.view))
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.verticalHeader().setVisible(False)
        # Compact rows, as in a spreadsheet: one line of text with a little air.
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, field in enumerate(self.model.fields):
            if field.width:
                self.view.setColumnWidth(col, field.width)

        self.long_editors = [LongTextEditor(controller, kind, f) for f in fields
                             if f.kind == "longtext"]
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        if self.long_editors:
            splitter = QSplitter(Qt.Orientation.Vertical)
            splitter.addWidget(self.view)
            detail = QWidget()
            dl = QHBoxLayout(detail)
            dl.setContentsMargins(0, 0, 0, 0)
            for editor in self.long_editors:
                dl.addWidget(editor)
            splitter.addWidget(detail)
            splitter.setStretchFactor(0, 3)
            splitter.setStretchFactor(1, 1)
            layout.addWidget(splitter)
        else:
            layout.addWidget(self.view)

        delete_action = QAction("Verwijderen", self)
        delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        delete_action.triggered.connect(self.delete_selected)
        self.view.addAction(delete_action)
        self._last_add_click = float("-inf")
        self._fresh: tuple[str, int] | None = None  # a row just added, its editor open
        self.view.itemDelegate().closeEditor.connect(self._editor_closed)
        self.add_button.clicked.connect(self._add_clicked)
        self.excel_button.clicked.connect(self._export_clicked)
        self.delete_button.clicked.connect(self.delete_selected)
        self.filter_edit.textChanged.connect(self._filter)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        # a cell's editor writes while it stays open: a full reread waits until it closes
        self._reload_guard = ReloadGuard(self.view, self.reload)
        self._reload_timer.timeout.connect(self._reload_guard.request)
        controller.changed.connect(self._on_changed)
        read_only = controller.read_only
        self.add_button.setEnabled(not read_only)
        self.delete_button.setEnabled(False)
        self.reload()
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)

    # -- reading --------------------------------------------------------------------------

    def reload(self) -> None:
        """Reads the rows again, keeping the selection."""
        keep = self.selected_ids()
        self.model.reload()
        for col, field in enumerate(self.model.fields):
            if not field.width:
                self.view.resizeColumnToContents(col)
                self.view.setColumnWidth(col, min(max(self.view.columnWidth(col), 90), 320))
        self.select_ids(keep)
        self._update_count()

    def _on_changed(self, changes: Changes) -> None:
        if not changes.touches(*self.refresh_kinds):
            return
        others = changes.everything or any(changes.ids.get(k) for k in self.refresh_kinds[1:])
        if not others and self.model.refresh_rows(changes.ids.get(self.kind, set())):
            self.proxy.invalidate()
            return
        if self.model.committing:
            # Rows come or go while an editor commits: reload once that commit is done, so the
            # editor is not destroyed under Qt's feet.
            self._reload_timer.start()
        else:
            self._reload_guard.request()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = f"{total} {'regel' if total == 1 else 'regels'}"
        self.count_label.setText(text if shown == total else f"{shown} van {text}")

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self._update_count()

    # -- selection ------------------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        """Ids of the selected records, top to bottom."""
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.proxy.index(r, 0).data(ID_ROLE) for r in rows]

    def select_ids(self, ids: list[str]) -> None:
        """Selects these records (the first becomes current)."""
        sel = self.view.selectionModel()
        sel.clearSelection()
        first = None
        for record_id in ids:
            row = self.model.row_of(record_id)
            if row < 0:
                continue
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if not index.isValid():
                continue
            sel.select(index, sel.SelectionFlag.Select | sel.SelectionFlag.Rows)
            first = first or index
        if first is not None:
            sel.setCurrentIndex(first, sel.SelectionFlag.NoUpdate)
            self.view.scrollTo(first)
        self._selection_changed()

    def _selection_changed(self, *_args: Any) -> None:
        ids = self.selected_ids()
        self.delete_button.setEnabled(bool(ids) and not self.controller.read_only)
        for editor in self.long_editors:
            editor.load(ids[0] if len(ids) == 1 else None)

    # -- editing --------------------------------------------------------------------------

    def _export_clicked(self) -> None:
        from zvdesk.ui.widgets.tableexport import export_table

        export_table(self)

    def _add_clicked(self) -> None:
        # A double click on "… toevoegen" is one wish, not two rows.
        now = time.monotonic()
        if now - self._last_add_click < QApplication.doubleClickInterval() / 1000:
            return
        self._last_add_click = now
        self.add_record()

    def add_record(self) -> str | None:
        """Adds a record, selects it and starts editing its first column."""
        self.filter_edit.clear()
        try:
            new_id = self.controller.execute(
                f"{self.noun.capitalize()} toevoegen",
                lambda s: ops.create_record(s, self.kind, self.new_values(s)),
            )
        except ZvdbError as exc:
            dialogs.show_error(self, "Niet toegevoegd", str(exc))
            return None
        self._reload_timer.stop()
        self.reload()
        self.select_ids([new_id])
        index = self.view.currentIndex()
        if index.isValid():
            self._fresh = (new_id, self.controller.undo_stack.index())
            self.view.edit(index)
        return new_id

    def _editor_closed(self, _editor: QWidget,
                       hint: QAbstractItemDelegate.EndEditHint) -> None:
        """A new row left with Esc before anything was typed is taken back (no stray
        "Nieuwe gemeente" rows); the redo step stays for a user who wants it after all."""
        fresh, self._fresh = self._fresh, None
        if fresh is None or hint != QAbstractItemDelegate.EndEditHint.RevertModelCache:
            return
        if shiboken6.isValid(_editor) and any(a.typed for a in _editor.findChildren(AutoSave)):
            return  # typed (a refused name, then Esc): the row stays with its stored name
        new_id, index = fresh
        stack = self.controller.undo_stack
        if stack.index() == index and self.model.has_row(new_id):
            stack.undo()

    def delete_selected(self) -> None:
        """Deletes the selected records after asking (one undo step)."""
        ids = self.selected_ids()
        if not ids or self.controller.read_only:
            return
        what = f"deze {self.noun}" if len(ids) == 1 else f"deze {len(ids)} regels"
        if not dialogs.confirm(self, "Verwijderen", f"Wilt u {what} verwijderen? "
                               "U kunt dit ongedaan maken met Ctrl+Z.", yes="Verwijderen"):
            return
        try:
            self.controller.execute(
                f"{self.noun.capitalize()} verwijderen",
                lambda s: ops.delete_records(s, self.kind, ids),
            )
        except ZvdbError as exc:
            dialogs.show_error(self, "Niet verwijderd", str(exc))
