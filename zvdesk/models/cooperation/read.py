"""Read API of §1.4 "Samenwerken aan opgaven" for reports: plain dataclasses, no ORM objects.

Use :func:`cooperation_for_project` inside a short session; the result can be kept after the
session is closed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from zvdesk.models.cooperation import tables as coop
from zvdesk.models.region.tables import Organisation, Person


@dataclass(frozen=True)
class IntakeAnswer:
    """One participant's answer to one intake question.

    Attributes:
        question_key: Key of the question in :data:`coop.INTAKE_QUESTIONS`.
        parts: (Dutch sub-label, text) pairs; sub-label "" for a single answer; the intensity
            is given as its Dutch label.
    """

    question_key: str
    parts: tuple[tuple[str, str], ...]

    @property
    def text(self) -> str:
        """The answer as one text ("Rol: …\\nMandaat: …"), "" when nothing was answered."""
        lines = [f"{label}: {text}" if label else text for label, text in self.parts if text]
        return "\n".join(lines)


@dataclass(frozen=True)
class ParticipantInfo:
    """A participant with its intake and its agreements."""

    id: str
    label: str
    organisation: str
    person: str
    intake_date: date | None
    intake: tuple[IntakeAnswer, ...]
    intensity: str
    agreed_mandate: str
    investment: str


@dataclass(frozen=True)
class CoreValueInfo:
    """An agreed core value."""

    name: str
    description: str


@dataclass(frozen=True)
class QuestionAnswer:
    """A deepening question and the project's answer."""

    key: str
    question: str
    answer: str


@dataclass(frozen=True)
class LevelInfo:
    """A governance level and the participants that sit there."""

    name: str
    decision_body: str
    meaning: str
    contribution: str
    participants: tuple[str, ...]


@dataclass(frozen=True)
class TermInfo:
    """A glossary term and each organisation's meaning (organisation name -> text)."""

    term: str
    meanings: dict[str, str]


@dataclass(frozen=True)
class CooperationData:
    """Everything §1.4 records for one project.

    Attributes:
        questions: The intake questions (key, question text) in order.
        participants: The participants in order.
        core_values: The agreed core values.
        answers: Every deepening question of the toolbox, answered or not, then the
            participants' own questions (with key "").
        levels: The governance levels in order.
        organisations: The glossary's columns (organisation names) in order.
        terms: The glossary's rows.
    """

    questions: tuple[tuple[str, str], ...]
    participants: tuple[ParticipantInfo, ...]
    core_values: tuple[CoreValueInfo, ...]
    answers: tuple[QuestionAnswer, ...]
    levels: tuple[LevelInfo, ...]
    organisations: tuple[str, ...] = ()
    terms: tuple[TermInfo, ...] = field(default_factory=tuple)

    @property
    def is_empty(self) -> bool:
        """True when nothing was recorded yet."""
        return not (self.participants or self.core_values or self.levels or self.terms
                    or any(a.answer for a in self.answers))


def intake_answers(participant: coop.CoopParticipant) -> tuple[IntakeAnswer, ...]:
    """Returns a participant's answers to the intake questions, in the questions' order."""
    result = []
    for question in coop.INTAKE_QUESTIONS:
        parts = []
        for name, label in question.fields:
            value = getattr(participant, name)
            if isinstance(value, coop.Intensity):
                value = coop.INTENSITY_LABELS[value]
            parts.append((label, value or ""))
        result.append(IntakeAnswer(question.key, tuple(parts)))
    return tuple(result)


def _org_name(session: Session, org_id: str | None) -> str:
    org = session.get(Organisation, org_id) if org_id else None
    return org.name if org is not None else ""


def participant_info(session: Session, p: coop.CoopParticipant) -> ParticipantInfo:
    """Returns one participant as a dataclass."""
    person = session.get(Person, p.person_id) if p.person_id else None
    return ParticipantInfo(
        id=p.id, label=coop.participant_label(session, p),
        organisation=_org_name(session, coop.participant_organisation_id(session, p)),
        person=person.name if person is not None else "", intake_date=p.intake_date,
        intake=intake_answers(p),
        intensity=coop.INTENSITY_LABELS[p.intensity] if p.intensity else "",
        agreed_mandate=p.agreed_mandate, investment=p.investment)


def _level_info(session: Session, level: coop.CoopLevel, labels: dict[str, str]) -> LevelInfo:
    seated = coop.seated_participant_ids(session, level.id)
    return LevelInfo(level.name, level.decision_body, level.meaning, level.contribution,
                     tuple(label for pid, label in labels.items() if pid in seated))


def cooperation_for_project(session: Session, project_id: str) -> CooperationData:
    """Returns what §1.4 records for a project, for reports."""
    people = coop.participants(session, project_id)
    labels = {p.id: coop.participant_label(session, p) for p in people}
    answers = coop.answers(session, project_id)
    org_ids = coop.glossary_organisation_ids(session, project_id)
    org_names = {oid: _org_name(session, oid) or "(onbekende organisatie)" for oid in org_ids}
    terms = []
    project_terms = coop.terms(session, project_id)
    all_cells = coop.meanings_by_term(session, [t.id for t in project_terms])
    for term in project_terms:
        cells = all_cells[term.id]
        terms.append(TermInfo(term.term, {org_names[o]: cells[o] for o in org_ids
                                          if cells.get(o)}))
    return CooperationData(
        questions=tuple((q.key, q.text) for q in coop.INTAKE_QUESTIONS),
        participants=tuple(participant_info(session, p) for p in people),
        core_values=tuple(CoreValueInfo(v.name, v.description)
                          for v in coop.core_values(session, project_id)),
        answers=tuple(QuestionAnswer(key, text, answers.get(key, ""))
                      for key, text in coop.DEEPENING_QUESTIONS)
        + tuple(QuestionAnswer("", a.question, a.answer)
                for a in coop.own_questions(session, project_id)),
        levels=tuple(_level_info(session, lv, labels) for lv in coop.levels(session, project_id)),
        organisations=tuple(org_names[o] for o in org_ids),
        terms=tuple(terms),
    )
