"""Model functions of the probleemscan (run inside ``Document.write``; they never commit),
its validators, delete hooks and ``zvdesk check`` counts."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from zvdesk.models.core.base import utcnow
from zvdesk.models.core.ops import get_live, on_delete, update_record, validate, validator
from zvdesk.models.core.summary import project_counter
from zvdesk.models.probleemscan.tables import (
    ANSWER,
    QUESTION,
    STANDARD_BY_KEY,
    STANDARD_QUESTIONS,
    ScanAnswer,
    ScanQuestion,
    stable_id,
)
from zvdesk.models.region.tables import Person, Project

#: The fields of a question that the tab edits.
QUESTION_FIELDS = frozenset({"used", "summary", "proposal", "question"})


def standard_question_id(project_id: str, key: str) -> str:
    """The id a standard question's row has (or will have) in a project."""
    return stable_id(QUESTION, project_id, key)


def ensure_question(session: Session, project_id: str, key: str) -> str:
    """Makes (or revives) the row of a standard question and returns its id."""
    if key not in STANDARD_BY_KEY:
        raise KeyError(key)
    get_live(session, "project", project_id)
    record_id = standard_question_id(project_id, key)
    obj = session.get(ScanQuestion, record_id)
    if obj is None:
        order = [q.key for q in STANDARD_QUESTIONS].index(key) + 1
        obj = ScanQuestion(id=record_id, project_id=project_id, question_key=key,
                           sort_order=order)
        session.add(obj)
        session.flush()
    elif obj.deleted_at is not None:  # undone or deleted: starts afresh, as the tab showed it
        obj.deleted_at = None
        obj.used, obj.summary, obj.proposal = True, "", ""
    return record_id


def set_question(session: Session, project_id: str, question_id: str,
                 values: Mapping[str, Any]) -> str:
    """Changes fields of a question (a standard one gets its row first); returns its id.

    Args:
        session: Write session.
        project_id: The project of the scan.
        question_id: The question's id (for a standard question: its stable id).
        values: Fields among ``used``, ``summary``, ``proposal`` and (own questions only)
            ``question``.
    """
    unknown = set(values) - QUESTION_FIELDS
    if unknown:
        raise KeyError(f"unknown problemscan question fields: {sorted(unknown)}")
    for question in STANDARD_QUESTIONS:
        if question_id == standard_question_id(project_id, question.key):
            ensure_question(session, project_id, question.key)
            if "question" in values:
                raise KeyError("the text of a standard question cannot change")
            break
    update_record(session, QUESTION, question_id, dict(values))
    return question_id


def add_own_question(session: Session, project_id: str, question: str) -> str:
    """Adds a question of the participants' own after the last one; returns its id."""
    get_live(session, "project", project_id)
    rows = session.scalars(select(ScanQuestion).where(
        ScanQuestion.project_id == project_id, ScanQuestion.deleted_at.is_(None)))
    order = max([len(STANDARD_QUESTIONS), *(r.sort_order for r in rows)]) + 1
    obj = ScanQuestion(project_id=project_id, question_key="", question=question.strip(),
                       sort_order=order)
    validate(session, obj)
    session.add(obj)
    session.flush()
    return obj.id


def answer_values(session: Session, project_id: str, question_id: str, key: str = "",
                  **values: Any) -> dict[str, Any]:
    """The values of a new answer to a question; makes a standard question's row first.

    Args:
        session: Write session.
        project_id: The project of the scan.
        question_id: The question's id.
        key: The question's key when it is a standard question ("" for an own question).
        **values: Further fields (``person_id``, ``name``, ``answer``).
    """
    if key:
        question_id = ensure_question(session, project_id, key)
    return {"question_id": question_id, **values}


def add_answer(session: Session, project_id: str, question_id: str, key: str = "", *,
               person_id: str | None = None, name: str = "", answer: str = "") -> str:
    """Adds a participant's answer to a question and returns its id."""
    values = answer_values(session, project_id, question_id, key, person_id=person_id,
                           name=name.strip(), answer=answer)
    obj = ScanAnswer(**values)
    validate(session, obj)
    session.add(obj)
    session.flush()
    return obj.id


# -- validation and what else changes on delete ---------------------------------------------


@validator(QUESTION)
def _check_question(_s: Session, obj: ScanQuestion) -> list[str]:
    if obj.question_key and obj.question_key not in STANDARD_BY_KEY:
        return ["Deze vraag hoort niet bij de probleemscan."]
    return [] if obj.question_key or obj.question.strip() else ["Vul de vraag in."]


@validator(ANSWER)
def _check_answer(session: Session, obj: ScanAnswer) -> list[str]:
    question = session.get(ScanQuestion, obj.question_id) if obj.question_id else None
    if question is None or question.deleted_at is not None:
        return ["Deze vraag bestaat niet meer (misschien al verwijderd)."]
    if obj.person_id:
        person = session.get(Person, obj.person_id)
        if person is None or person.deleted_at is not None:
            return ["Deze persoon bestaat niet meer (misschien al verwijderd)."]
    return []


def _live_answers(session: Session, question_ids: list[str]) -> list[ScanAnswer]:
    if not question_ids:
        return []
    return list(session.scalars(select(ScanAnswer).where(
        ScanAnswer.question_id.in_(question_ids), ScanAnswer.deleted_at.is_(None))))


@on_delete(QUESTION)
def _drop_answers(session: Session, obj: ScanQuestion) -> None:
    now = utcnow()
    for row in _live_answers(session, [obj.id]):
        row.deleted_at = now


@on_delete("person")
def _keep_answers_of_person(session: Session, person: Person) -> None:
    """An answer keeps who gave it when the person leaves the file: the name as free text."""
    for row in session.scalars(select(ScanAnswer).where(ScanAnswer.person_id == person.id)):
        row.name = row.name or person.name
        row.person_id = None


@on_delete("project")
def _drop_scan(session: Session, project: Project) -> None:
    now = utcnow()
    rows = list(session.scalars(select(ScanQuestion).where(
        ScanQuestion.project_id == project.id, ScanQuestion.deleted_at.is_(None))))
    for row in _live_answers(session, [r.id for r in rows]):
        row.deleted_at = now
    for row in rows:
        row.deleted_at = now


# -- counts for `zvdesk check` ---------------------------------------------------------------


@project_counter
def _count(session: Session, project_id: str) -> list[tuple[str, int]]:
    from zvdesk.models.probleemscan.read import scan_questions

    questions = scan_questions(session, project_id)
    if not any(q.stored for q in questions):  # not started: nothing is switched on yet
        questions = []
    used = [q for q in questions if q.used]
    return [("vragen probleemscan", len(used)),
            ("antwoorden probleemscan", sum(len(q.answers) for q in questions)),
            ("vragen samengevat", sum(1 for q in used if q.summary.strip()))]

