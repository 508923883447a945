"""The communication table: one row per player with score and strategy, edited in place."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from zvdesk.models.core import ops
from zvdesk.models.core.collation import sort_key
from zvdesk.models.stakeholders.ops import update_player
from zvdesk.models.stakeholders.read import CommunicationRow, communication_rows
from zvdesk.models.stakeholders.tables import (
    ATTITUDE_SYMBOLS,
    LEVEL_LABELS,
    LEVELS,
    STRATEGY_HINTS,
    STRATEGY_LABELS,
    Strategy,
)
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.instruments.stakeholders.communication import texts
from zvdesk.ui.instruments.stakeholders.communication.texts import RING_SHORT
from zvdesk.ui.operations import cell_edit
from zvdesk.ui.widgets.delegates import ComboDelegate

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
STRATEGY_ROLE = Qt.ItemDataRole.UserRole + 3
COLUMNS = ("name", "influence", "interest", "score", "strategy", "medium", "frequency", "owner",
           "actions", "ring")
EDITABLE = {"influence", "interest", "strategy", "medium", "frequency", "owner"}
#: Strategy order for sorting (least to most involvement).
STRATEGY_ORDER = {s: i for i, s in enumerate(Strategy)}


def level_text(level: int | None) -> str:
    """'4 – Hoog', or empty when not filled in."""
    return "" if level is None else f"{level} – {LEVEL_LABELS[level]}"


class CommunicationModel(QAbstractTableModel):
    """Rows of :func:`communication_rows`; edits go through the controller (one undo step)."""

    def __init__(self, controller: DocumentController, project_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.project_id = project_id
        self.rows: list[CommunicationRow] = []
        self.people: list[tuple[str | None, str]] = []
        self.last_error = ""
        self.committing = False

    def reload(self) -> None:
        """Reads the rows again: in place when the same players are there (the current cell,
        an open editor and the scroll position stay), else as a reset."""
        with self.controller.session() as s:
            rows = communication_rows(s, self.project_id)
            people = [(None, texts.NO_OWNER)] + [
                (p.id, p.name) for p in sorted(ops.list_live(s, "person"),
                                               key=lambda p: sort_key(p.name))]
        if sorted(r.id for r in rows) == sorted(r.id for r in self.rows) and (
                people == self.people):
            by_id = {r.id: r for r in rows}
            rows = [by_id[r.id] for r in self.rows]  # the proxy sorts; the source order stays
            changed = [i for i, (old, new) in enumerate(zip(self.rows, rows, strict=True))
                       if old != new]
            self.rows = rows
            if changed:
                self.dataChanged.emit(self.index(min(changed), 0),
                                      self.index(max(changed), len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self.rows, self.people = rows, people
        self.endResetModel()

    def row_of(self, player_id: str) -> int:
        """The row of a player, or -1."""
        return next((i for i, r in enumerate(self.rows) if r.id == player_id), -1)

    # -- Qt model API -----------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        title, tip = texts.COLUMNS[COLUMNS[section]]
        if role == Qt.ItemDataRole.DisplayRole:
            return title
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip
        return None

    def _display(self, row: CommunicationRow, column: str) -> str:
        if column == "name":
            return f"{row.name}  {ATTITUDE_SYMBOLS[row.attitude]}"
        if column == "ring":
            return RING_SHORT[row.ring]
        if column in ("influence", "interest"):
            return level_text(getattr(row, column))
        if column == "score":
            return "" if row.score is None else str(row.score)
        if column == "strategy":
            if row.strategy is None:
                return ""
            label = STRATEGY_LABELS[row.strategy]
            return texts.OWN_CHOICE.format(label=label) if row.overridden else label
        if column == "actions":
            return row.actions.replace("\n", " ")
        return str(getattr(row, column) or "")

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "strategy" and row.strategy is not None:
                return STRATEGY_HINTS[row.strategy]
            if column == "actions":
                return row.actions or None
            return self._display(row, column) or None
        if role == Qt.ItemDataRole.EditRole:
            if column == "strategy":
                return row.strategy if row.overridden else None
            if column == "owner":
                return row.owner_person_id
            return getattr(row, column, None)
        if role == SORT_ROLE:
            if column in ("influence", "interest", "score"):
                return getattr(row, column) or 0
            if column == "strategy":
                return -1 if row.strategy is None else STRATEGY_ORDER[row.strategy]
            return sort_key(self._display(row, column))
        if role == STRATEGY_ROLE:
            return row.strategy
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "score":
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and column == "score":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == "strategy" and row.overridden:
            return QColor("#8a4b00")
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if COLUMNS[index.column()] in EDITABLE and not self.controller.read_only:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = COLUMNS[index.column()]
        if column not in EDITABLE:
            return False
        row = self.rows[index.row()]
        field = "owner_person_id" if column == "owner" else column
        if isinstance(value, str):
            value = value.strip()
        if self.data(index, Qt.ItemDataRole.EditRole) == value:
            return False
        return self.write(row.id, field, value, texts.COLUMNS[column][0])

    def write(self, player_id: str, field: str, value: Any, title: str) -> bool:
        """Writes one field of a player as one undo step; False (and last_error) on refusal.

        The refusal is shown once the cell editor has closed (:func:`operations.cell_edit`).
        """
        return cell_edit(self, texts.UNDO_FIELD.format(field=title),
                         lambda s: update_player(s, player_id, {field: value}))


class CommunicationDelegate(ComboDelegate):
    """Combo boxes for the levels, the strategy and the owner; text for the rest."""

    def __init__(self, model: CommunicationModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def _choices(self, column: str, index: QModelIndex) -> list[tuple[Any, str]] | None:
        if column in ("influence", "interest"):
            return [(None, texts.NOT_FILLED)] + [(n, level_text(n)) for n in LEVELS]
        if column == "strategy":
            row = self._model.rows[index.row()]
            auto = (texts.AUTOMATIC.format(label=STRATEGY_LABELS[row.suggested])
                    if row.suggested else texts.AUTOMATIC_NONE)
            return [(None, auto)] + [(s, STRATEGY_LABELS[s]) for s in Strategy]
        if column == "owner":
            return self._model.people
        return None

    def choices(self, index: QModelIndex) -> list[tuple[Any, str]] | None:  # noqa: D102
        source = index.model().mapToSource(index) if isinstance(
            index.model(), QSortFilterProxyModel) else index
        return self._choices(COLUMNS[source.column()], source)


class StrategyFilter(QSortFilterProxyModel):
    """Filters on text (any column) and on the strategy in force."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.strategy: Strategy | None = None
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def set_strategy(self, strategy: Strategy | None) -> None:
        """Shows only rows with this strategy (None: all)."""
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9
            self.beginFilterChange()
            self.strategy = strategy
            self.endFilterChange()
        else:
            self.strategy = strategy
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:  # noqa: N802
        if self.strategy is not None:
            index = self.sourceModel().index(source_row, 0, source_parent)
            if index.data(STRATEGY_ROLE) is not self.strategy:
                return False
        return super().filterAcceptsRow(source_row, source_parent)


class EntryTableView(QTableView):
    """A table for entering a row's values by keyboard: Tab and Shift+Tab step to the next
    (previous) cell that can be edited in the same row, past read-only cells such as the
    score; at the row's end Tab goes on to the next row."""

    def moveCursor(self, action: QAbstractItemView.CursorAction,  # noqa: N802 - Qt API
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        if action not in (QAbstractItemView.CursorAction.MoveNext,
                          QAbstractItemView.CursorAction.MovePrevious):
            return super().moveCursor(action, modifiers)
        model = self.model()
        current = self.currentIndex()
        if model is None or not current.isValid():
            return super().moveCursor(action, modifiers)
        step = 1 if action is QAbstractItemView.CursorAction.MoveNext else -1
        columns, rows = model.columnCount(), model.rowCount()
        position = current.row() * columns + current.column()
        for _ in range(columns * rows):
            position = (position + step) % (columns * rows)
            candidate = model.index(position // columns, position % columns)
            if (not self.isColumnHidden(candidate.column())
                    and candidate.flags() & Qt.ItemFlag.ItemIsEditable):
                return candidate
        return current
