"""Sub-page "Overzicht": the used questions with summary and proposal, as in the report."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zvdesk.models.core.changes import Changes
from zvdesk.models.probleemscan import read
from zvdesk.models.probleemscan.tables import KINDS
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.instruments.probleemscan import texts as T


class OverviewPage(QWidget):
    """A read-only table Vraag | Samenvatting | Voorstel | Antwoorden."""

    def __init__(self, controller: DocumentController, project_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.project_id = project_id
        intro = QLabel(T.OVERVIEW_INTRO)
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(T.PAGE_OVERVIEW)
        self.table.setHorizontalHeaderLabels([T.COL_QUESTION, T.COL_SUMMARY, T.COL_PROPOSAL,
                                              T.COL_ANSWERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for col, mode in enumerate((QHeaderView.ResizeMode.Stretch,
                                    QHeaderView.ResizeMode.Stretch,
                                    QHeaderView.ResizeMode.Stretch,
                                    QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(col, mode)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        controller.changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        """Reads the questions again."""
        with self.controller.session() as s:
            questions = [q for q in read.scan_questions(s, self.project_id) if q.used]
        self.table.setRowCount(len(questions))
        for row, q in enumerate(questions):
            for col, text in enumerate((f"{q.number}. {q.text}", q.summary, q.proposal,
                                        str(len(q.answers)))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if col == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        super().resizeEvent(event)
        self.table.resizeRowsToContents()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(*KINDS, "person", "organisation"):
            self.reload()
