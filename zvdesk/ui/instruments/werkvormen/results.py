"""The results of one agenda item: votes, or the entries of the other work forms (with the
word cloud and its count table for a woordenwolk)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from zvdesk.models.core.changes import Changes
from zvdesk.models.overleg.tables import Meeting
from zvdesk.models.werkvormen import ops
from zvdesk.models.werkvormen.catalogue import WorkForm, work_form
from zvdesk.models.werkvormen.read import count_words
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.instruments.werkvormen import decision
from zvdesk.ui.instruments.werkvormen import texts as T
from zvdesk.ui.instruments.werkvormen.cloud import VoteBar, WordCloud
from zvdesk.ui.instruments.werkvormen.votes import VoteDelegate, VoteModel
from zvdesk.ui.operations import run_edit
from zvdesk.ui.widgets.fields import Field
from zvdesk.ui.widgets.recordtable import RecordTable


def _label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class ResultsPage(QWidget):
    """What the selected agenda item produced."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.session_id: str | None = None
        self.item_id: str | None = None
        self.form: WorkForm | None = None
        self.heading = _label("")
        self.heading.setTextFormat(Qt.TextFormat.RichText)

        # Votes.
        self.vote_model = VoteModel(controller, self)
        self.vote_view = QTableView()
        self.vote_view.setModel(self.vote_model)
        self.vote_view.setItemDelegate(VoteDelegate(self.vote_model, self.vote_view))
        self.vote_view.setAccessibleName(T.VOTE)
        self.vote_view.verticalHeader().setVisible(False)
        self.vote_view.horizontalHeader().setStretchLastSection(True)
        self.vote_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                       | QAbstractItemView.EditTrigger.EditKeyPressed
                                       | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.vote_bar = VoteBar()
        self.vote_summary = QLabel()
        votes_page = QWidget()
        vl = QVBoxLayout(votes_page)
        vl.setContentsMargins(0, 0, 0, 0)
        vl.addWidget(_label(T.VOTE_HINT))
        vl.addWidget(self.vote_bar)
        vl.addWidget(self.vote_summary)
        vl.addWidget(self.vote_view, 1)
        self.decision_button = QPushButton(decision.ACTION)
        self.decision_button.setToolTip(decision.HINT)
        self.decision_status = _label("")
        self.decision_dialog: decision.DecisionDialog | None = None
        db = QHBoxLayout()
        db.addWidget(self.decision_button)
        db.addWidget(self.decision_status, 1)
        vl.addLayout(db)

        # Every other work form: its entries.
        def participants(s: Session) -> list[tuple[Any, str]]:
            return [(None, "(geen)")] + [(p.id, ops.participant_label(s, p))
                                         for p in ops.participants(s, self.session_id or "")]

        def categories(_s: Session) -> list[tuple[Any, str]]:
            cats = self.form.categories if self.form else ()
            return [("", "(geen)")] + [(c.key, c.label) for c in cats]

        def new_entry(s: Session) -> dict:
            return {"item_id": self.item_id,
                    "sort_order": len(ops.entries(s, self.item_id or "")) + 1}

        self.text_field_title = T.ENTRY_TEXT
        self.entries = RecordTable(
            controller, "wv_entry",
            [Field("participant_id", T.ENTRY_WHO, "choice", participants, width=170),
             Field("category", T.ENTRY_CATEGORY, "choice", categories, width=130),
             Field("group_no", T.ENTRY_GROUP, "int", width=90),
             Field("subject", T.ENTRY_SUBJECT, width=160),
             Field("text", T.ENTRY_TEXT, width=320),
             Field("name", T.ENTRY_NAME, width=140)],
            lambda s: ops.entries(s, self.item_id) if self.item_id else [], new_entry, T.ENTRY,
            refresh_kinds=("wv_participant", "person"))
        self.entries.view.setSortingEnabled(False)
        self.entries.proxy.sort(-1)
        self.pairs_hint = _label(T.PAIRS_HINT)
        self.cloud = WordCloud()
        self.word_table = QTableWidget(0, 2)
        self.word_table.setHorizontalHeaderLabels([T.WORD, T.COUNT])
        self.word_table.setAccessibleName(T.WORDS)
        self.word_table.verticalHeader().setVisible(False)
        self.word_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.word_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.word_table.horizontalHeader().setStretchLastSection(True)
        self.word_table.setColumnWidth(0, 140)
        self.glossary_button = QPushButton(T.TO_GLOSSARY)
        self.glossary_status = _label("")
        cloud_side = QWidget()
        cl = QVBoxLayout(cloud_side)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addWidget(self.word_table, 1)
        cl.addWidget(self.glossary_button)
        cl.addWidget(self.glossary_status)
        self.cloud_box = QSplitter(Qt.Orientation.Horizontal)
        self.cloud_box.addWidget(self.cloud)
        self.cloud_box.addWidget(cloud_side)
        self.cloud_box.setSizes([480, 240])
        entries_page = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.pairs_hint)
        tl.addWidget(self.entries, 1)
        entries_page.addWidget(top)
        entries_page.addWidget(self.cloud_box)

        self.empty = _label(T.NO_ITEM)
        self.stack = QStackedWidget()
        for w in (self.empty, votes_page, entries_page):
            self.stack.addWidget(w)
        self.votes_page, self.entries_page = votes_page, entries_page
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.stack, 1)
        buttons = QHBoxLayout()
        layout.addLayout(buttons)
        self.glossary_button.clicked.connect(self.word_to_glossary)
        self.decision_button.clicked.connect(self.open_decision)
        controller.changed.connect(self._on_changed)

    def load(self, session_id: str | None, item_id: str | None) -> None:
        """Shows the results of this agenda item."""
        self.session_id, self.item_id = session_id, item_id
        self.form = None
        question = ""
        if item_id:
            with self.controller.session() as s:
                item = s.get(ops.t.WvItem, item_id)
                if item is not None and item.deleted_at is None:
                    self.form = work_form(item.form_key)
                    question = item.question
        self.heading.setText(f"<b>{self.form.title}</b>: {question}" if self.form else "")
        if self.form is None:
            self.stack.setCurrentWidget(self.empty)
            return
        if self.form.result == "stemmen":
            self.vote_model.load(item_id)
            self.vote_view.setColumnWidth(0, 170)
            self.vote_view.setColumnWidth(1, 200)
            self.vote_view.resizeRowsToContents()
            self._vote_counts()
            self.decision_button.setEnabled(not self.controller.read_only)
            self.decision_status.setText("")
            self.stack.setCurrentWidget(self.votes_page)
            return
        self.stack.setCurrentWidget(self.entries_page)
        self.entries.reload()
        result = self.form.result
        names = [f.name for f in self.entries.model.fields]
        shown = {"participant_id", "text",
                 *(("category",) if self.form.categories else ()),
                 *(("group_no",) if result in ("duo", "groepen", "petten") else ()),
                 *(("subject",) if result == "petten" else ()),
                 *(("name",) if result == "groepen" else ())}
        for col, name in enumerate(names):
            self.entries.view.setColumnHidden(col, name not in shown)
        words = result == "woorden"
        self.cloud_box.setVisible(words)
        self.glossary_button.setEnabled(not self.controller.read_only)
        with self.controller.session() as s:
            many = len(ops.participants(s, self.session_id or "")) >= 10
        self.pairs_hint.setVisible(result == "petten" and many)
        self._update_cloud()

    def _vote_counts(self) -> None:
        counts = self.vote_model.counts()
        self.vote_bar.set_counts(counts)
        self.vote_summary.setText(T.VOTE_SUMMARY.format(**counts))

    def _update_cloud(self) -> None:
        if not self.form or self.form.result != "woorden":
            return
        with self.controller.session() as s:
            words = count_words([e.text for e in ops.entries(s, self.item_id or "")])
        self.cloud.set_words(words)
        self.word_table.setRowCount(len(words))
        for row, (word, n) in enumerate(words):
            self.word_table.setItem(row, 0, QTableWidgetItem(word))
            self.word_table.setItem(row, 1, QTableWidgetItem(str(n)))

    def _on_changed(self, changes: Changes) -> None:
        if not self.form:
            return
        if self.form.result == "stemmen" and changes.touches("wv_entry", "wv_participant",
                                                              "person"):
            if not self.vote_model.committing:
                self.vote_model.reload()
            self._vote_counts()
        elif changes.touches("wv_entry"):
            self._update_cloud()

    def word_to_glossary(self) -> str | None:
        """Takes the selected word of the cloud into the project's 1.4 glossary (one undo
        step); returns the word."""
        from zvdesk.models.cooperation import tables as coop

        row = self.word_table.currentRow()
        if row < 0 or not self.session_id or self.controller.read_only:
            return None
        word = self.word_table.item(row, 0).text()
        with self.controller.session() as s:
            project_id = s.get(ops.t.WvSession, self.session_id).project_id
        if not run_edit(self, self.controller, T.TO_GLOSSARY_UNDO,
                        lambda s: coop.add_term(s, project_id, word), title=T.TO_GLOSSARY):
            return None
        self.glossary_status.setText(T.TO_GLOSSARY_DONE.format(word=word))
        return word

    def open_decision(self) -> None:
        """Opens the dialog that takes the vote's decision into 2.3 (window-modal; the write
        happens when the user confirms)."""
        if not self.item_id or self.controller.read_only:
            return
        with self.controller.session() as s:
            dialog = decision.DecisionDialog(s, self.item_id, self)
        self.decision_dialog = dialog
        dialog.accepted.connect(lambda: self._copy_decision(dialog))
        dialog.open()

    def _copy_decision(self, dialog: decision.DecisionDialog) -> None:
        item_id = dialog.item_id
        meeting_id, name, choice = dialog.choice()

        def done(new_id: str) -> None:
            with self.controller.session() as s:
                meeting = s.get(Meeting, new_id)
                label = meeting.name if meeting else name
            self.decision_status.setText(decision.DONE.format(
                decision=decision.DECISION_LABELS[choice], meeting=label))

        run_edit(self, self.controller, decision.UNDO,
                 lambda s: decision.copy_decision(s, item_id, meeting_id, name, choice),
                 on_success=done, title=decision.TITLE)
