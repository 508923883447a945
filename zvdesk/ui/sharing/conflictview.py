"""The conflicts of a merge: which record, both versions with their differences marked, a choice.

One row per conflict (record, field, your version, their version, choice). The row's full texts
are shown below the table side by side, with what differs marked (background and underline, so
not by colour alone). Text fields offer "Beide bewaren" beside "Uw versie" / "Hun versie".
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from zvdesk.models.core.sharing.merge import FieldConflict
from zvdesk.models.core.sharing.merge_apply import Choice
from zvdesk.models.core.sharing.texts import diff_spans, differing_part, display_value
from zvdesk.ui.sharing import texts as t

#: Index in a choice box -> choice (0 is "— kies —").
_CHOICES: tuple[Choice, ...] = ("mine", "theirs", "both")
_MARK = "background-color:#ffe08a; text-decoration: underline;"


def cell_texts(conflict: FieldConflict) -> tuple[str, str]:
    """Both versions as the table shows them: the differing part of a text, whole."""
    if conflict.is_deletion:
        return conflict.mine_text or "", conflict.theirs_text or ""
    if conflict.is_text:
        mine, theirs = differing_part(conflict.mine or "", conflict.theirs or "")
        return mine or t.EMPTY, theirs or t.EMPTY
    return display_value(conflict.mine), display_value(conflict.theirs)


def marked_html(pieces: list[tuple[str, bool]]) -> str:
    """Pieces of a text as HTML, the differing ones marked."""
    out = []
    for text, differs in pieces:
        body = html.escape(text).replace("\n", "<br>")
        out.append(f'<span style="{_MARK}">{body}</span>' if differs else body)
    return "".join(out) or f"<i>{t.EMPTY}</i>"


class ConflictView(QWidget):
    """Table of conflicts with a choice per row, bulk choices and the marked differences.

    Signals:
        changed: a choice was made or cleared (no payload).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflicts: list[FieldConflict] = []
        self.choices: dict[tuple[str, str, str], Choice] = {}
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.table = QTableWidget(0, len(t.MERGE_COLUMNS))
        self.table.setHorizontalHeaderLabels(t.MERGE_COLUMNS)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        for col, mode in enumerate((QHeaderView.ResizeMode.Interactive,
                                    QHeaderView.ResizeMode.ResizeToContents,
                                    QHeaderView.ResizeMode.Stretch,
                                    QHeaderView.ResizeMode.Stretch,
                                    QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(col, mode)
        self.table.setColumnWidth(0, 220)
        self.table.currentCellChanged.connect(lambda row, *_: self.show_difference(row))
        self.all_mine = QPushButton(t.MERGE_ALL_MINE)
        self.all_theirs = QPushButton(t.MERGE_ALL_THEIRS)
        self.all_mine.clicked.connect(lambda: self.choose_all("mine"))
        self.all_theirs.clicked.connect(lambda: self.choose_all("theirs"))
        self.mine_text = QTextBrowser()
        self.theirs_text = QTextBrowser()
        for box, name in ((self.mine_text, t.MERGE_MINE), (self.theirs_text, t.MERGE_THEIRS)):
            box.setAccessibleName(name)
        self.detail_title = QLabel()
        self.detail_title.setWordWrap(True)

        bulk = QHBoxLayout()
        bulk.addWidget(self.label, 1)
        bulk.addWidget(self.all_mine)
        bulk.addWidget(self.all_theirs)
        sides = QHBoxLayout()
        for caption, box in ((t.MERGE_MINE, self.mine_text), (t.MERGE_THEIRS, self.theirs_text)):
            column = QVBoxLayout()
            column.addWidget(QLabel(f"<b>{caption}</b>"))
            column.addWidget(box, 1)
            sides.addLayout(column, 1)
        detail = QWidget()
        dl = QVBoxLayout(detail)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.addWidget(self.detail_title)
        dl.addLayout(sides, 1)
        self.detail = detail
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(detail)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bulk)
        layout.addWidget(split, 1)

    def set_conflicts(self, conflicts: list[FieldConflict]) -> None:
        """Shows a plan's conflicts, each without a choice yet."""
        self.conflicts = list(conflicts)
        self.choices.clear()
        n = len(conflicts)
        self.label.setText(t.MERGE_CONFLICTS.format(n=n) if n else t.MERGE_NO_CONFLICTS)
        for widget in (self.all_mine, self.all_theirs, self.table, self.detail):
            widget.setVisible(bool(n))
        self.table.setRowCount(n)
        for row, conflict in enumerate(conflicts):
            mine, theirs = cell_texts(conflict)
            cells = (conflict.title, conflict.field_name, mine, theirs)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setToolTip(text)
                self.table.setItem(row, col, item)
            box = QComboBox()
            options = [t.MERGE_CHOOSE, t.MERGE_MINE, t.MERGE_THEIRS]
            if conflict.is_text:
                options.append(t.MERGE_BOTH)
            box.addItems(options)
            box.setAccessibleName(f"Keuze voor {cells[0]}, {cells[1]}")
            box.currentIndexChanged.connect(
                lambda index, key=conflict.key: self._choose(key, index))
            self.table.setCellWidget(row, 4, box)
        self.table.resizeRowsToContents()
        if n:
            self.table.setCurrentCell(0, 0)
            self.show_difference(0)

    def show_difference(self, row: int) -> None:
        """Shows one conflict's two versions in full, with the differences marked."""
        if not 0 <= row < len(self.conflicts):
            return
        conflict = self.conflicts[row]
        self.detail_title.setText(f"{conflict.title} – {conflict.field_name}")
        if conflict.is_text:
            left, right = diff_spans(conflict.mine or "", conflict.theirs or "")
            self.mine_text.setHtml(marked_html(left))
            self.theirs_text.setHtml(marked_html(right))
        else:
            mine, theirs = cell_texts(conflict)
            self.mine_text.setHtml(marked_html([(mine, True)]))
            self.theirs_text.setHtml(marked_html([(theirs, True)]))

    def _choose(self, key: tuple[str, str, str], index: int) -> None:
        if index <= 0:
            self.choices.pop(key, None)
        else:
            self.choices[key] = _CHOICES[index - 1]
        self.changed.emit()

    def choose_all(self, choice: Choice) -> None:
        """Sets every row's choice to "Uw versie" or "Hun versie"."""
        for row in range(self.table.rowCount()):
            self.table.cellWidget(row, 4).setCurrentIndex(_CHOICES.index(choice) + 1)

    def complete(self) -> bool:
        """True when every conflict has a choice."""
        return all(c.key in self.choices for c in self.conflicts)
