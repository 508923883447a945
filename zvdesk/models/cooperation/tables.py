"""Toolbox §1.4 "Samenwerken aan opgaven": participants, intakes, agreements, glossary.

Per project the file records who takes part (an organisation of the region and/or a person,
or free text), each participant's intake before the start meeting (the four questions of the
toolbox), the agreements (core values; mandate and investment per participant), the optional
deepening questions, the multi-level governance picture (levels and who sits where) and a
glossary in which each participating organisation writes what it means by a term.

Rows that two copies of a file may create independently for the same thing (an answer to a
standard question, a glossary cell, a seat) get a deterministic id (UUID 5 of what they are
about), so that merging the copies finds one row instead of two.
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ForeignKey, Index, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from zvdesk.models.core.base import Base, EnumText, ISODate, Record, utcnow
from zvdesk.models.core.ops import get_live, on_delete, validate, validator
from zvdesk.models.core.sharing.personal import Share
from zvdesk.models.core.summary import count_live, project_counter
from zvdesk.models.region.participants import ensure_participant
from zvdesk.models.region.tables import Organisation, Person, Project

#: Namespace of the deterministic ids of this module (never change it: ids live in files).
_ID_NAMESPACE = uuid.UUID("6f0b7f7e-3c1a-4c55-9a56-1d4a4c0e1404")


def stable_id(*parts: str) -> str:
    """Returns the deterministic id of a row that is identified by what it is about."""
    return str(uuid.uuid5(_ID_NAMESPACE, ":".join(parts)))


class Intensity(enum.Enum):
    """How intensively a participant sees the cooperation (intake question 3)."""

    LIGHT = "licht"
    REGULAR = "regelmatig"
    INTENSIVE = "intensief"


#: Dutch labels of :class:`Intensity` (used by the UI and the reports).
INTENSITY_LABELS = {
    Intensity.LIGHT: "Licht: op de hoogte blijven",
    Intensity.REGULAR: "Regelmatig: meedenken op vaste momenten",
    Intensity.INTENSIVE: "Intensief: actief meewerken",
}


@dataclass(frozen=True)
class IntakeQuestion:
    """One intake question of the toolbox and the participant fields that answer it.

    Attributes:
        key: Stable identifier.
        text: The question as the toolbox asks it.
        hint: The toolbox's explanation, if any.
        fields: (attribute, Dutch sub-label) pairs; the sub-label is "" for a single answer.
    """

    key: str
    text: str
    hint: str
    fields: tuple[tuple[str, str], ...]


#: The intake of §1.4 step 1, in the toolbox's words and order.
INTAKE_QUESTIONS: tuple[IntakeQuestion, ...] = (
    IntakeQuestion("unknown", "Wie ken je nog niet in dit project?", "",
                   (("unknown_people", ""),)),
    IntakeQuestion("role", "Welke rol zie je voor jezelf in dit project? Welk mandaat wil je "
                   "hebben?", "", (("own_role", "Rol"), ("desired_mandate", "Mandaat"))),
    IntakeQuestion("intensity", "Hoe intensief zie je de samenwerking?", "",
                   (("intensity", "Intensiteit"), ("intensity_notes", "Toelichting"))),
    IntakeQuestion("chances", "Voorzie jij kansen of problemen m.b.t. de samenwerking?",
                   "Denk aan onderling vertrouwen, historie met elkaar, andere werkwijze, "
                   "positieve insteek.", (("opportunities", "Kansen"), ("problems", "Problemen"))),
)

#: The questions the toolbox suggests adding ("Vragen die je naar wens kan toevoegen").
DEEPENING_QUESTIONS: tuple[tuple[str, str], ...] = (
    ("alive", "Hoe houden we de samenwerking levend?"),
    ("values", "Welke kernwaarden vinden we belangrijk in onze samenwerking?"),
    ("commit", "Hoe verbinden we ons met deze kernwaarden van goede samenwerking?"),
    ("performance", "Hoe stellen we prestaties vast?"),
    ("mandate", "Wie heeft welk mandaat?"),
)

#: Typical layers of a multi-level governance picture, offered as a start.
SUGGESTED_LEVELS: tuple[tuple[str, str], ...] = (
    ("Rijk", "Ministeries van BZK, JenV en VWS"),
    ("Regio (bestuurlijk)", "Regionaal bestuurlijk overleg zorg en veiligheid"),
    ("Gemeente", "College van B en W en gemeenteraad"),
    ("Ketenpartners (tactisch)", "Directies en managementteams van de partners"),
    ("Uitvoering (operationeel)", "Casusoverleggen, Zorg- en Veiligheidshuis"),
)


class CoopParticipant(Record, Base):
    """A participant of a project's cooperation, with its intake and its agreements.

    Who it is: an organisation of the region and/or a person, or only a free-text name.
    """

    __tablename__ = "coop_participant"
    __label__ = "deelnemer"

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), info={"share": Share.KEEP})
    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisation.id"),
                                                        default=None, info={"share": Share.KEEP})
    person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), default=None,
                                                  info={"share": Share.KEEP})
    name: Mapped[str] = mapped_column(String(200), default="", info={"share": Share.PLAYER})
    #: The shared record of the project's participants (schema 3); who it is lives there.
    participant_id: Mapped[str | None] = mapped_column(ForeignKey("project_participant.id"),
                                                       default=None, info={"share": Share.KEEP})
    sort_order: Mapped[int] = mapped_column(default=0, info={"share": Share.KEEP})
    # The intake (before the start meeting).
    intake_date: Mapped[date | None] = mapped_column(ISODate, default=None,
                                                     info={"share": Share.KEEP})
    unknown_people: Mapped[str] = mapped_column(Text, default="", info={"share": Share.NOTE})
    own_role: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})
    desired_mandate: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})
    intensity: Mapped[Intensity | None] = mapped_column(EnumText(Intensity), default=None,
                                                        info={"share": Share.KEEP})
    intensity_notes: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})
    opportunities: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})
    problems: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})
    # The agreements.
    agreed_mandate: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})
    investment: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})

    __table_args__ = (Index("ix_coop_participant_project", "project_id"),)


class CoopCoreValue(Record, Base):
    """A core value the participants agree to keep in their cooperation."""

    __tablename__ = "coop_core_value"
    __label__ = "kernwaarde"

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), info={"share": Share.KEEP})
    name: Mapped[str] = mapped_column(String(200), default="", info={"share": Share.TEXT})
    description: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})
    sort_order: Mapped[int] = mapped_column(default=0, info={"share": Share.KEEP})

    __table_args__ = (Index("ix_coop_core_value_project", "project_id"),)


class CoopAnswer(Record, Base):
    """The project's answer to one deepening question.

    A question of the toolbox's list has its ``question_key`` (and a stable id per project and
    key); a question the participants added themselves has an empty key and its own text.
    """

    __tablename__ = "coop_answer"
    __label__ = "antwoord"

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), info={"share": Share.KEEP})
    question_key: Mapped[str] = mapped_column(String(40), default="", info={"share": Share.KEEP})
    #: The text of a question the participants added themselves (``question_key`` is "").
    question: Mapped[str] = mapped_column(String(500), default="", info={"share": Share.TEXT})
    answer: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})

    __table_args__ = (Index("ix_coop_answer_project", "project_id"),)


class CoopLevel(Record, Base):
    """A layer of the multi-level governance picture (Rijk, regio, gemeente, uitvoering …)."""

    __tablename__ = "coop_level"
    __label__ = "bestuurslaag"

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), info={"share": Share.KEEP})
    name: Mapped[str] = mapped_column(String(200), default="", info={"share": Share.TEXT})
    decision_body: Mapped[str] = mapped_column(String(200), default="", info={"share": Share.TEXT})
    meaning: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})
    contribution: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})
    sort_order: Mapped[int] = mapped_column(default=0, info={"share": Share.KEEP})

    __table_args__ = (Index("ix_coop_level_project", "project_id"),)


class CoopSeat(Record, Base):
    """That a participant sits at a governance level."""

    __tablename__ = "coop_seat"
    __label__ = "plaats"

    level_id: Mapped[str] = mapped_column(ForeignKey("coop_level.id"), info={"share": Share.KEEP})
    participant_id: Mapped[str] = mapped_column(ForeignKey("coop_participant.id"),
                                                info={"share": Share.KEEP})

    __table_args__ = (Index("ix_coop_seat_level", "level_id"),)


class CoopTerm(Record, Base):
    """A term of the project's glossary ("veiligheid", "effectief")."""

    __tablename__ = "coop_term"
    __label__ = "begrip"

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), info={"share": Share.KEEP})
    term: Mapped[str] = mapped_column(String(200), default="", info={"share": Share.TEXT})
    sort_order: Mapped[int] = mapped_column(default=0, info={"share": Share.KEEP})

    __table_args__ = (Index("ix_coop_term_project", "project_id"),)


class CoopMeaning(Record, Base):
    """What one organisation means by a glossary term."""

    __tablename__ = "coop_meaning"
    __label__ = "betekenis"

    term_id: Mapped[str] = mapped_column(ForeignKey("coop_term.id"), info={"share": Share.KEEP})
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"),
                                                 info={"share": Share.KEEP})
    meaning: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})

    __table_args__ = (Index("ix_coop_meaning_term", "term_id"),)


#: Every kind of this module (for the instrument spec and change notices).
KINDS = ("coop_participant", "coop_core_value", "coop_answer", "coop_level", "coop_seat",
         "coop_term", "coop_meaning")


# -- reading --------------------------------------------------------------------------------


def _live(session: Session, cls: type, **where: object) -> list:
    stmt = select(cls).where(cls.deleted_at.is_(None))
    for column, value in where.items():
        stmt = stmt.where(getattr(cls, column) == value)
    return list(session.scalars(stmt))


def participants(session: Session, project_id: str) -> list[CoopParticipant]:
    """Returns a project's live participants in their order."""
    rows = _live(session, CoopParticipant, project_id=project_id)
    return sorted(rows, key=lambda p: (p.sort_order, p.created_at))


def participant_label(session: Session, participant: CoopParticipant) -> str:
    """The name to show for a participant: its own name, else person and/or organisation."""
    if participant.name.strip():
        return participant.name.strip()
    org = session.get(Organisation, participant.organisation_id) \
        if participant.organisation_id else None
    person = session.get(Person, participant.person_id) if participant.person_id else None
    if person is not None and org is not None:
        return f"{person.name} ({org.short_name or org.name})"
    if person is not None:
        return person.name
    if org is not None:
        return org.name
    return "(deelnemer zonder naam)"


def participant_organisation_id(session: Session, participant: CoopParticipant) -> str | None:
    """The organisation a participant speaks for: its own, else its person's."""
    if participant.organisation_id:
        return participant.organisation_id
    if participant.person_id:
        person = session.get(Person, participant.person_id)
        return person.organisation_id if person is not None else None
    return None


def core_values(session: Session, project_id: str) -> list[CoopCoreValue]:
    """Returns a project's live core values in their order."""
    rows = _live(session, CoopCoreValue, project_id=project_id)
    return sorted(rows, key=lambda v: (v.sort_order, v.created_at))


def answers(session: Session, project_id: str) -> dict[str, str]:
    """Returns the project's answers to the toolbox's deepening questions by question key."""
    return {a.question_key: a.answer for a in _live(session, CoopAnswer, project_id=project_id)
            if a.question_key}


def own_questions(session: Session, project_id: str) -> list[CoopAnswer]:
    """Returns the questions the participants added themselves, oldest first."""
    rows = _live(session, CoopAnswer, project_id=project_id, question_key="")
    return sorted(rows, key=lambda a: (a.created_at, a.id))


def levels(session: Session, project_id: str) -> list[CoopLevel]:
    """Returns a project's live governance levels in their order."""
    rows = _live(session, CoopLevel, project_id=project_id)
    return sorted(rows, key=lambda v: (v.sort_order, v.created_at))


def seated_participant_ids(session: Session, level_id: str) -> set[str]:
    """Returns the ids of the participants that sit at a level."""
    return {s.participant_id for s in _live(session, CoopSeat, level_id=level_id)}


def terms(session: Session, project_id: str) -> list[CoopTerm]:
    """Returns a project's live glossary terms in their order."""
    rows = _live(session, CoopTerm, project_id=project_id)
    return sorted(rows, key=lambda t: (t.sort_order, t.created_at))


def glossary_organisation_ids(session: Session, project_id: str) -> list[str]:
    """The glossary's columns: the participants' organisations, then any other that wrote.

    An organisation that left the cooperation keeps its column while it has meanings, so no
    written text is ever hidden.
    """
    found: list[str] = []
    for participant in participants(session, project_id):
        org_id = participant_organisation_id(session, participant)
        if org_id and org_id not in found:
            found.append(org_id)
    term_ids = [t.id for t in terms(session, project_id)]
    if term_ids:
        rows = session.scalars(select(CoopMeaning).where(
            CoopMeaning.term_id.in_(term_ids), CoopMeaning.deleted_at.is_(None),
            CoopMeaning.meaning != ""))
        for row in sorted(rows, key=lambda m: m.created_at):
            if row.organisation_id not in found:
                found.append(row.organisation_id)
    return found


def meanings(session: Session, term_id: str) -> dict[str, str]:
    """Returns what each organisation means by a term: organisation id -> meaning."""
    return {m.organisation_id: m.meaning for m in _live(session, CoopMeaning, term_id=term_id)}


def meanings_by_term(session: Session, term_ids: list[str]) -> dict[str, dict[str, str]]:
    """Returns the meanings of several terms in one query: term id -> organisation id -> text."""
    found: dict[str, dict[str, str]] = {t: {} for t in term_ids}
    if term_ids:
        rows = session.scalars(select(CoopMeaning).where(
            CoopMeaning.term_id.in_(term_ids), CoopMeaning.deleted_at.is_(None)))
        for row in rows:
            found[row.term_id][row.organisation_id] = row.meaning
    return found


# -- writing (model functions: run inside Document.write, never commit) ---------------------


def next_order(session: Session, cls: type, project_id: str) -> int:
    """The sort order for a new row of a per-project kind: after the last live one."""
    rows = _live(session, cls, project_id=project_id)
    return max((r.sort_order for r in rows), default=0) + 1


def add_participant(session: Session, project_id: str, *, organisation_id: str | None = None,
                    person_id: str | None = None, name: str = "") -> str:
    """Adds a participant at the end of the project's list and returns its id."""
    get_live(session, "project", project_id)
    if organisation_id:
        get_live(session, "organisation", organisation_id)
    if person_id:
        get_live(session, "person", person_id)
    shared = ensure_participant(session, project_id, person_id=person_id,
                               organisation_id=organisation_id, name=name)
    obj = CoopParticipant(project_id=project_id, organisation_id=organisation_id,
                          person_id=person_id, name=name.strip(), participant_id=shared,
                          sort_order=next_order(session, CoopParticipant, project_id))
    validate(session, obj)
    session.add(obj)
    session.flush()
    return obj.id


def move_participant(session: Session, participant_id: str, step: int) -> bool:
    """Moves a participant one place up (step -1) or down (+1); False at either end.

    Renumbers the project's participants 1..n, so that equal orders from a merge sort out.
    """
    obj = get_live(session, "coop_participant", participant_id)
    rows = participants(session, obj.project_id)
    index = next(i for i, p in enumerate(rows) if p.id == participant_id)
    target = index + step
    if not 0 <= target < len(rows):
        return False
    rows[index], rows[target] = rows[target], rows[index]
    for number, row in enumerate(rows, start=1):
        if row.sort_order != number:
            row.sort_order = number
    return True


def add_core_value(session: Session, project_id: str, name: str, description: str = "") -> str:
    """Adds a core value at the end of the project's list and returns its id."""
    obj = CoopCoreValue(project_id=project_id, name=name.strip(), description=description,
                        sort_order=next_order(session, CoopCoreValue, project_id))
    validate(session, obj)
    session.add(obj)
    session.flush()
    return obj.id


def _revive_or_create(session: Session, cls: type, record_id: str, **values: object) -> Record:
    obj = session.get(cls, record_id)
    if obj is None:
        obj = cls(id=record_id, **values)
        session.add(obj)
    elif obj.deleted_at is not None:
        obj.deleted_at = None
    return obj


def set_answer(session: Session, project_id: str, question_key: str, answer: str) -> str:
    """Writes the project's answer to a deepening question; returns the answer's id."""
    if question_key not in dict(DEEPENING_QUESTIONS):
        raise KeyError(question_key)
    get_live(session, "project", project_id)
    record_id = stable_id("coop_answer", project_id, question_key)
    obj = _revive_or_create(session, CoopAnswer, record_id, project_id=project_id,
                            question_key=question_key)
    obj.answer = answer
    session.flush()
    return record_id


def add_own_question(session: Session, project_id: str, question: str) -> str:
    """Adds a deepening question of the participants' own and returns its id."""
    get_live(session, "project", project_id)
    obj = CoopAnswer(project_id=project_id, question_key="", question=question.strip())
    validate(session, obj)
    session.add(obj)
    session.flush()
    return obj.id


def add_level(session: Session, project_id: str, name: str, decision_body: str = "") -> str:
    """Adds a governance level at the end of the project's list and returns its id."""
    obj = CoopLevel(project_id=project_id, name=name.strip(), decision_body=decision_body,
                    sort_order=next_order(session, CoopLevel, project_id))
    validate(session, obj)
    session.add(obj)
    session.flush()
    return obj.id


def add_suggested_levels(session: Session, project_id: str) -> list[str]:
    """Adds the typical layers that the project does not have yet; returns the new ids."""
    have = {lv.name.lower() for lv in levels(session, project_id)}
    return [add_level(session, project_id, name, body) for name, body in SUGGESTED_LEVELS
            if name.lower() not in have]


def set_seat(session: Session, level_id: str, participant_id: str, seated: bool) -> None:
    """Seats a participant at a level, or takes the seat away (tombstone)."""
    get_live(session, "coop_level", level_id)
    get_live(session, "coop_participant", participant_id)
    record_id = stable_id("coop_seat", level_id, participant_id)
    if seated:
        _revive_or_create(session, CoopSeat, record_id, level_id=level_id,
                          participant_id=participant_id)
    else:
        obj = session.get(CoopSeat, record_id)
        if obj is not None and obj.deleted_at is None:
            obj.deleted_at = utcnow()
    session.flush()


def add_term(session: Session, project_id: str, term: str) -> str:
    """Adds a glossary term and returns its id."""
    get_live(session, "project", project_id)
    obj = CoopTerm(project_id=project_id, term=term.strip(),
                   sort_order=next_order(session, CoopTerm, project_id))
    validate(session, obj)
    session.add(obj)
    session.flush()
    return obj.id


def set_meaning(session: Session, term_id: str, organisation_id: str, meaning: str) -> str:
    """Writes what an organisation means by a term; returns the cell's id."""
    get_live(session, "coop_term", term_id)
    get_live(session, "organisation", organisation_id)
    record_id = stable_id("coop_meaning", term_id, organisation_id)
    obj = _revive_or_create(session, CoopMeaning, record_id, term_id=term_id,
                            organisation_id=organisation_id)
    obj.meaning = meaning.strip()
    session.flush()
    return record_id


# -- validation and what else changes on delete ---------------------------------------------


@validator("coop_core_value")
def _check_core_value(_s: Session, obj: CoopCoreValue) -> list[str]:
    return [] if obj.name.strip() else ["Vul de kernwaarde in."]


@validator("coop_answer")
def _check_answer(_s: Session, obj: CoopAnswer) -> list[str]:
    return [] if obj.question_key or obj.question.strip() else ["Vul de vraag in."]


@validator("coop_level")
def _check_level(_s: Session, obj: CoopLevel) -> list[str]:
    return [] if obj.name.strip() else ["Vul de naam van de bestuurslaag in."]


@validator("coop_term")
def _check_term(session: Session, obj: CoopTerm) -> list[str]:
    if not obj.term.strip():
        return ["Vul het begrip in."]
    for other in _live(session, CoopTerm, project_id=obj.project_id):
        if other.id != obj.id and other.term.strip().lower() == obj.term.strip().lower():
            return [f"Het begrip ‘{obj.term.strip()}’ staat al in de begrippenlijst."]
    return []


def _tombstone(rows: list) -> None:
    now = utcnow()
    for row in rows:
        row.deleted_at = now


@on_delete("coop_participant")
def _unseat_participant(session: Session, obj: CoopParticipant) -> None:
    _tombstone(_live(session, CoopSeat, participant_id=obj.id))


@on_delete("coop_level")
def _unseat_level(session: Session, obj: CoopLevel) -> None:
    _tombstone(_live(session, CoopSeat, level_id=obj.id))


@on_delete("coop_term")
def _drop_meanings(session: Session, obj: CoopTerm) -> None:
    _tombstone(_live(session, CoopMeaning, term_id=obj.id))


@on_delete("project")
def _drop_cooperation(session: Session, project: Project) -> None:
    for cls in (CoopParticipant, CoopCoreValue, CoopAnswer, CoopLevel, CoopTerm):
        rows = _live(session, cls, project_id=project.id)
        for row in rows:
            if cls is CoopParticipant:
                _unseat_participant(session, row)
            elif cls is CoopLevel:
                _unseat_level(session, row)
            elif cls is CoopTerm:
                _drop_meanings(session, row)
        _tombstone(rows)


# -- counts for `zvdesk check` and the navigator --------------------------------------------


def intake_done(participant: CoopParticipant) -> bool:
    """True when a participant answered at least one intake question."""
    return any(getattr(participant, name) for q in INTAKE_QUESTIONS for name, _ in q.fields)


@project_counter
def _count(session: Session, project_id: str) -> list[tuple[str, int]]:
    return [("deelnemers", count_live(session, "coop_participant", project_id=project_id)),
            ("begrippen", count_live(session, "coop_term", project_id=project_id))]


def progress_text(session: Session, project_id: str) -> str:
    """Short Dutch progress for the navigator ("4 van 6 intakes")."""
    people = participants(session, project_id)
    if not people:
        return ""
    done = sum(1 for p in people if intake_done(p))
    return f"{done} van {len(people)} intakes"
