"""Read models of the probleemscan, for the tab and the report."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from zvdesk.models.probleemscan.ops import standard_question_id
from zvdesk.models.probleemscan.tables import (
    REALISTIC,
    STANDARD_QUESTIONS,
    ScanAnswer,
    ScanQuestion,
)
from zvdesk.models.region.tables import Organisation, Person


@dataclass(frozen=True)
class AnswerView:
    """One participant's answer, with the name to show."""

    id: str
    participant: str
    answer: str


@dataclass(frozen=True)
class QuestionView:
    """A question of a project's scan as the tab and the report show it.

    Attributes:
        id: The row's id (for a standard question without a row yet: the id it will get).
        key: The standard question's key, "" for an own question.
        number: 1-based position in the list.
        text: The question.
        framing: "Waarom gaan we samenwerken?" / "Hoe gaan we samenwerken?" ("" for own ones).
        used: Switched on for this project.
        summary: The group's summary.
        proposal: The one-line proposal.
        answers: The participants' answers, oldest first.
        stored: False for a standard question that nobody edited yet (no row).
    """

    id: str
    key: str
    number: int
    text: str
    framing: str
    used: bool
    summary: str
    proposal: str
    answers: list[AnswerView] = field(default_factory=list)
    stored: bool = True

    @property
    def own(self) -> bool:
        """True for a question the participants added themselves."""
        return not self.key


def people_labels(session: Session) -> dict[str, str]:
    """Every live person's label, "name (organisation)", in two queries (not one per answer)."""
    orgs = {oid: short or name for oid, name, short in session.execute(
        select(Organisation.id, Organisation.name, Organisation.short_name).where(
            Organisation.deleted_at.is_(None))).all()}
    return {pid: f"{name} ({orgs[org]})" if org in orgs else name
            for pid, name, org in session.execute(
                select(Person.id, Person.name, Person.organisation_id).where(
                    Person.deleted_at.is_(None))).all()}


def participant_name(labels: dict[str, str], person_id: str | None, name: str) -> str:
    """The name to show for who answered: the person (with organisation), else the free name."""
    if person_id and person_id in labels:
        return labels[person_id]
    return name.strip() or "(deelnemer zonder naam)"


def scan_questions(session: Session, project_id: str) -> list[QuestionView]:
    """Every question of a project's scan: the eight standard ones, then the own ones."""
    rows = list(session.scalars(select(ScanQuestion).where(
        ScanQuestion.project_id == project_id, ScanQuestion.deleted_at.is_(None))))
    by_id = {r.id: r for r in rows}
    answers: dict[str, list[ScanAnswer]] = {r.id: [] for r in rows}
    if rows:
        for a in session.scalars(select(ScanAnswer).where(
                ScanAnswer.question_id.in_(list(by_id)), ScanAnswer.deleted_at.is_(None))):
            answers[a.question_id].append(a)

    labels = people_labels(session) if any(answers.values()) else {}

    def views(question_id: str) -> list[AnswerView]:
        found = sorted(answers.get(question_id, []), key=lambda a: (a.created_at, a.id))
        return [AnswerView(a.id, participant_name(labels, a.person_id, a.name), a.answer)
                for a in found]

    result: list[QuestionView] = []
    for number, q in enumerate(STANDARD_QUESTIONS, start=1):
        qid = standard_question_id(project_id, q.key)
        row = by_id.get(qid)
        result.append(QuestionView(
            qid, q.key, number, q.text, q.framing, row.used if row else True,
            row.summary if row else "", row.proposal if row else "", views(qid),
            row is not None))
    own = sorted((r for r in rows if not r.question_key),
                 key=lambda r: (r.sort_order, r.created_at))
    for number, row in enumerate(own, start=len(result) + 1):
        result.append(QuestionView(row.id, "", number, row.question, "", row.used, row.summary,
                                   row.proposal, views(row.id)))
    return result


def question(session: Session, project_id: str, question_id: str) -> QuestionView | None:
    """One question of the scan by id, or None."""
    return next((q for q in scan_questions(session, project_id) if q.id == question_id), None)


def answers_of(session: Session, question_id: str | None) -> list[ScanAnswer]:
    """The live answer rows of one question, oldest first (for the answers table)."""
    if not question_id:
        return []
    rows = session.scalars(select(ScanAnswer).where(
        ScanAnswer.question_id == question_id, ScanAnswer.deleted_at.is_(None)))
    return sorted(rows, key=lambda a: (a.created_at, a.id))


def realistic_result(session: Session, project_id: str) -> str:
    """The realistic end result as the group summarised it ("" when not written yet)."""
    row = session.get(ScanQuestion, standard_question_id(project_id, REALISTIC))
    if row is None or row.deleted_at is not None:
        return ""
    return row.summary.strip() or row.proposal.strip()


def progress_text(session: Session, project_id: str) -> str:
    """Short Dutch progress for the navigator ("3 van 8 vragen samengevat")."""
    used = [q for q in scan_questions(session, project_id) if q.used]
    if not any(q.stored for q in used):
        return ""
    done = sum(1 for q in used if q.summary.strip())
    return f"{done} van {len(used)} vragen samengevat"
