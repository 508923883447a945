"""A vote's decision taken over into 2.3 Overlegstructuren (issue 17.4).

The cross-write lives in the UI layer, which may use every model package: the work forms'
model stays independent of the overleg model. The decision goes onto the meeting the user
picks (or a new one), the vote's result (counts and doubts, yellow first) becomes the reasoning
under "Bereidheid van partijen om aan te passen", and the agenda item's outcome names the
meeting. One undo step.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from zvdesk.models.core.errors import ValidationError
from zvdesk.models.core.ops import get_live
from zvdesk.models.overleg import ops as overleg
from zvdesk.models.overleg.tables import DECISION_LABELS, Decision
from zvdesk.models.werkvormen.read import vote_reasoning

TITLE = "Besluit overnemen in Overlegstructuren (2.3)"
ACTION = "Besluit overnemen in Overlegstructuren…"
UNDO = "Besluit naar Overlegstructuren"
MEETING = "Overleg"
NEW_MEETING = "(nieuw overleg)"
NEW_NAME = "Naam van het nieuwe overleg"
DECISION = "Besluit"
REASONING = "Onderbouwing (uit de stemming)"
HINT = ("Het besluit komt bij het gekozen overleg in 2.3; de uitslag van de stemming komt als "
        "onderbouwing onder ‘Bereidheid van partijen om aan te passen’.")
NO_NAME = "Geef het nieuwe overleg een naam."
DONE = "Besluit ‘{decision}’ staat bij ‘{meeting}’ in Overlegstructuren (2.3)."


def copy_decision(session: Session, item_id: str, meeting_id: str | None, new_name: str,
                  decision: Decision) -> str:
    """Records a vote's decision on a meeting of 2.3 (a new one when ``meeting_id`` is None)
    with the vote's result as its reasoning; returns the meeting's id."""
    item = get_live(session, "wv_item", item_id)
    reasoning = vote_reasoning(session, item_id)
    if not reasoning:
        raise ValidationError("Bij dit agendapunt wordt niet gestemd.")
    if meeting_id is None:
        if not new_name.strip():
            raise ValidationError(NO_NAME)
        meeting_id = overleg.add_meeting(session, new_name)
    meeting = get_live(session, "meeting", meeting_id)
    meeting.decision = decision
    if reasoning not in meeting.willingness:
        meeting.willingness = "\n\n".join(p for p in (meeting.willingness.strip(), reasoning)
                                          if p)
    note = f"Besluit ‘{DECISION_LABELS[decision]}’ overgenomen bij ‘{meeting.name}’ (2.3)."
    if note not in item.outcome:
        item.outcome = "\n".join(p for p in (item.outcome.strip(), note) if p)
    session.flush()
    return meeting_id


class DecisionDialog(QDialog):
    """Pick the meeting (or name a new one) and the decision; shows the reasoning."""

    def __init__(self, session: Session, item_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(TITLE)
        self.item_id = item_id
        self.meeting_combo = QComboBox()
        self.meeting_combo.setAccessibleName(MEETING)
        for m in sorted(overleg.meetings(session), key=lambda m: m.name.lower()):
            self.meeting_combo.addItem(m.name or "(naamloos)", m.id)
        self.meeting_combo.addItem(NEW_MEETING, None)
        self.new_name = QLineEdit()
        self.new_name.setAccessibleName(NEW_NAME)
        self.decision_combo = QComboBox()
        self.decision_combo.setAccessibleName(DECISION)
        for d in Decision:
            self.decision_combo.addItem(DECISION_LABELS[d], d)
        self.reasoning = QPlainTextEdit(vote_reasoning(session, item_id))
        self.reasoning.setReadOnly(True)
        self.reasoning.setAccessibleName(REASONING)
        form = QFormLayout()
        form.addRow(MEETING, self.meeting_combo)
        form.addRow(NEW_NAME, self.new_name)
        form.addRow(DECISION, self.decision_combo)
        form.addRow(REASONING, self.reasoning)
        hint = QLabel(HINT)
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.meeting_combo.currentIndexChanged.connect(self._meeting_changed)
        # A meeting whose name the proposal mentions is the likely one ("één RBO …").
        with_words = item_words(session, item_id)
        for i in range(self.meeting_combo.count() - 1):
            name = self.meeting_combo.itemText(i).lower()
            if any(w in name.split() for w in with_words):
                self.meeting_combo.setCurrentIndex(i)
                break
        self.decision_combo.setCurrentIndex(self.decision_combo.findData(Decision.AANPASSEN))
        self._meeting_changed()
        self.resize(620, 420)

    def _meeting_changed(self) -> None:
        new = self.meeting_combo.currentData() is None
        self.new_name.setEnabled(new)
        if new and self.decision_combo.currentData() == Decision.AANPASSEN:
            self.decision_combo.setCurrentIndex(self.decision_combo.findData(Decision.NIEUW))

    def choice(self) -> tuple[str | None, str, Decision]:
        """The meeting's id (None: new), the new meeting's name and the decision."""
        return (self.meeting_combo.currentData(), self.new_name.text(),
                self.decision_combo.currentData())


def item_words(session: Session, item_id: str) -> set[str]:
    """The capitalised words of an item's proposal ("RBO"), to preselect the meeting."""
    item = get_live(session, "wv_item", item_id)
    return {w.strip(".,;:‘’'").lower() for w in item.question.split()
            if len(w) > 2 and w[:1].isupper() and w.strip(".,;:").isupper()}
