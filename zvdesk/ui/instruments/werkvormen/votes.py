"""Groen, geel, rood (4.2): one row per participant, their colour and doubt."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from zvdesk.models.werkvormen import ops
from zvdesk.models.werkvormen.catalogue import VOTE_COLOURS, work_form
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.instruments.werkvormen import texts as T
from zvdesk.ui.operations import cell_edit
from zvdesk.ui.widgets.delegates import ComboDelegate


class VoteModel(QAbstractTableModel):
    """Participants of a session with their vote on one proposal (colour, doubt)."""

    committing = False  # a cell edit is being written (operations.cell_edit)
    last_error = ""

    def __init__(self, controller: DocumentController, parent: Any = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.item_id: str | None = None
        self.rows: list[dict[str, Any]] = []
        form = work_form("groen_geel_rood")
        self.categories = {c.key: c for c in form.categories} if form else {}

    def load(self, item_id: str | None) -> None:
        """Shows the votes on this agenda item (a groen/geel/rood item) or nothing."""
        self.item_id = item_id
        self.reload()

    def reload(self) -> None:
        """Reads the participants and votes again."""
        self.beginResetModel()
        self.rows = []
        if self.item_id:
            with self.controller.session() as s:
                item = s.get(ops.t.WvItem, self.item_id)
                if item is not None and item.deleted_at is None:
                    votes = {e.participant_id: e for e in ops.entries(s, self.item_id)}
                    for p in ops.participants(s, item.session_id):
                        vote = votes.get(p.id)
                        self.rows.append({"id": p.id, "name": ops.participant_label(s, p),
                                          "colour": vote.category if vote else None,
                                          "doubt": vote.text if vote else ""})
        self.endResetModel()

    def counts(self) -> dict[str, int]:
        """Votes per colour."""
        found = {c: 0 for c in VOTE_COLOURS}
        for row in self.rows:
            if row["colour"] in found:
                found[row["colour"]] += 1
        return found

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (T.ENTRY_WHO, T.VOTE_COLOUR, T.VOTE_DOUBT)[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if col == 1:
            cat = self.categories.get(row["colour"] or "")
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{cat.label} ({cat.meaning})" if cat else T.VOTE_NONE
            if role == Qt.ItemDataRole.EditRole:
                return row["colour"]
            if role == Qt.ItemDataRole.BackgroundRole and cat:
                return QBrush(QColor(cat.color))
            if role == Qt.ItemDataRole.ForegroundRole and cat:
                return QBrush(QColor("black" if cat.key == "geel" else "white"))
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return row["name"] if col == 0 else row["doubt"]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() > 0 and not self.controller.read_only:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not self.item_id:
            return False
        row = self.rows[index.row()]
        item_id, pid = self.item_id, row["id"]
        if index.column() == 1:
            colour = value or None
            if colour is not None and colour not in self.categories:
                return False
            if colour == row["colour"]:
                return False
            if not cell_edit(self, T.VOTE_CHANGE,
                             lambda s: ops.set_vote(s, item_id, pid, colour)):
                return False
            row["colour"] = colour
        elif index.column() == 2:
            text = str(value or "").strip()
            if text == row["doubt"]:
                return False
            colour = row["colour"] or "geel"  # a doubt without a colour is a yellow vote
            if not cell_edit(self, T.DOUBT_CHANGE,
                             lambda s: ops.set_vote(s, item_id, pid, colour, text)):
                return False
            row["doubt"], row["colour"] = text, colour
        else:
            return False
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 2))
        return True


class VoteDelegate(ComboDelegate):
    """A combo of the three colours (and no vote) in the colour column."""

    def __init__(self, model: VoteModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.model = model

    def choices(self, index: QModelIndex) -> list[tuple[Any, str]] | None:  # noqa: D102
        if index.column() != 1:
            return None
        return [(None, T.VOTE_NONE)] + [(c.key, f"{c.label} ({c.meaning})")
                                        for c in self.model.categories.values()]
