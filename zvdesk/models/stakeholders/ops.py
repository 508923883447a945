"""Model functions of the stakeholder analysis, its validators, delete hooks and counter.

Every function takes a session inside :meth:`Document.write` and never commits. What happens
on delete:

* a deleted player takes its relations along (tombstones, one edit);
* a deleted person or organisation leaves its players in place as free text: the player keeps
  the name and initials it showed, the link is cleared (the analysis stays readable, and an
  undo restores the link);
* a deleted person who owned communication actions is cleared as owner;
* a deleted project takes its players, relations and next step along.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from zvdesk.models.core import ops
from zvdesk.models.core.base import utcnow
from zvdesk.models.core.errors import ValidationError
from zvdesk.models.core.names import suggest_initials
from zvdesk.models.core.summary import count_live, project_counter
from zvdesk.models.region.tables import Organisation, Person, Project
from zvdesk.models.stakeholders.geometry import (
    TOKEN_RADIUS,
    default_position,
    distance_to_segment,
    move_to_ring,
    nudge,
    snap,
)
from zvdesk.models.stakeholders.tables import (
    LEVELS,
    Attitude,
    RelationKind,
    Ring,
    Stakeholder,
    StakeholderNextStep,
    StakeholderRelation,
)

#: What a revived player gets for the columns the caller did not give.
_PLAYER_DEFAULTS: dict[str, Any] = {"notes": "", "influence": None, "interest": None,
                                    "strategy": None, "actions": "", "medium": "",
                                    "frequency": "", "owner_person_id": None}
#: Namespace of the ids derived from what a row is about (uuid5).
_ID_NAMESPACE = uuid.UUID("5b0c6f4e-8e0b-4c55-9a3e-2f1d7c1e6a21")

PLAYER = Stakeholder.__tablename__
RELATION = StakeholderRelation.__tablename__
NEXT_STEP = StakeholderNextStep.__tablename__


def live_players(session: Session, project_id: str) -> list[Stakeholder]:
    """The live players of a project, oldest first."""
    return list(session.scalars(select(Stakeholder).where(
        Stakeholder.project_id == project_id, Stakeholder.deleted_at.is_(None))
        .order_by(Stakeholder.created_at, Stakeholder.id)))


def live_relations(session: Session, project_id: str) -> list[StakeholderRelation]:
    """The live relations of a project, oldest first."""
    return list(session.scalars(select(StakeholderRelation).where(
        StakeholderRelation.project_id == project_id,
        StakeholderRelation.deleted_at.is_(None))
        .order_by(StakeholderRelation.created_at, StakeholderRelation.id)))


def _count_in_ring(session: Session, project_id: str, ring: Ring) -> int:
    return int(session.scalar(select(func.count()).select_from(Stakeholder).where(
        Stakeholder.project_id == project_id, Stakeholder.ring == ring,
        Stakeholder.deleted_at.is_(None))) or 0)


def add_player(session: Session, project_id: str, *, person_id: str | None = None,
               organisation_id: str | None = None, name: str = "", ring: Ring = Ring.DIRECT,
               position: tuple[float, float] | None = None,
               attitude: Attitude = Attitude.BLUE, **values: Any) -> str:
    """Adds a player to a project's analysis and returns its id.

    Args:
        session: The write session.
        project_id: The project.
        person_id: Link to a person of the region (name and initials follow the person).
        organisation_id: Link to an organisation (alone, or the person's organisation).
        name: Free-text name (required when nothing is linked; a linked player shows the
            name of its person or organisation).
        ring: The ring; ignored when ``position`` is given (the position decides).
        position: Unit position of the drop; snapped into a ring.
        attitude: The opinion (colour).
        **values: Other columns (notes, influence, interest, …).
    """
    if position is None:
        place = _free_place(session, project_id, ring)
    else:
        place = snap(*position)
    initials = values.pop("initials", "")
    # A linked player shows the live name and initials of its person or organisation; they
    # are not copied (personal data lives in one place, so sharing can strip it there).
    if person_id:
        person = ops.get_live(session, "person", person_id)
        organisation_id = organisation_id or person.organisation_id
    elif organisation_id:
        ops.get_live(session, "organisation", organisation_id)
    else:
        initials = initials or suggest_initials(name)
    fields = {"project_id": project_id, "person_id": person_id,
              "organisation_id": organisation_id, "name": name.strip(),
              "initials": initials[:8], "ring": place.ring, "x": place.x, "y": place.y,
              "attitude": attitude, **values}
    fixed = linked_player_id(project_id, person_id, organisation_id)
    if fixed is None:
        return ops.create_record(session, PLAYER, fields)
    old = session.get(Stakeholder, fixed)
    if old is None:
        return ops.create_record(session, PLAYER, fields, record_id=fixed)
    if old.deleted_at is None:
        what = "Deze persoon" if person_id else "Deze organisatie"
        raise ValidationError(f"{what} staat al op de kaart van dit project.")
    # Added again after a delete: the same row comes back with the new values.
    for column, value in {**_PLAYER_DEFAULTS, **fields, "deleted_at": None}.items():
        setattr(old, column, value)
    ops.validate(session, old)
    return old.id


def linked_player_id(project_id: str, person_id: str | None,
                     organisation_id: str | None) -> str | None:
    """The fixed id of a project's player for a person (or an organisation on its own).

    Two copies of a file that both put the same person on the map then merge as one player.
    None for a free-text player.
    """
    if person_id:
        return str(uuid.uuid5(_ID_NAMESPACE, f"{PLAYER}:{project_id}:person:{person_id}"))
    if organisation_id:
        return str(uuid.uuid5(_ID_NAMESPACE,
                              f"{PLAYER}:{project_id}:organisation:{organisation_id}"))
    return None


def org_initials(org: Organisation) -> str:
    """Initials for an organisation: its short name when short, else from its name."""
    short = (org.short_name or "").replace(" ", "")
    if short and len(short) <= 5:
        return short
    return suggest_initials(org.name).upper()[:5]


def move_player(session: Session, player_id: str, x: float, y: float,
                ring: Ring | None = None) -> None:
    """Moves a player to a dropped position; it snaps into the ring under it (or ``ring``)."""
    place = snap(x, y, ring)
    ops.update_record(session, PLAYER, player_id, {"ring": place.ring, "x": place.x,
                                                   "y": place.y})


def move_players(session: Session, moves: Iterable[tuple[str, float, float]]) -> None:
    """Moves several players at once (one drag of a selection)."""
    for player_id, x, y in moves:
        move_player(session, player_id, x, y)


def set_ring(session: Session, player_id: str, ring: Ring) -> None:
    """Puts a player in another ring, keeping its direction from the centre."""
    player = ops.get_live(session, PLAYER, player_id)
    place = move_to_ring(player.x, player.y, ring)
    ops.update_record(session, PLAYER, player_id, {"ring": ring, "x": place.x, "y": place.y})


#: The rings from the project outwards (PageDown steps outwards, PageUp inwards).
RING_ORDER = (Ring.DIRECT, Ring.INDIRECT, Ring.OUTSIDE)


def set_rings(session: Session, player_ids: Iterable[str], ring: Ring) -> None:
    """Puts several players in one ring (one edit), each keeping its direction."""
    for player_id in player_ids:
        set_ring(session, player_id, ring)


def step_rings(session: Session, player_ids: Iterable[str], steps: int) -> None:
    """Moves players ``steps`` rings outwards (negative: inwards), stopping at the edges."""
    for player_id in player_ids:
        player = ops.get_live(session, PLAYER, player_id)
        index = min(max(RING_ORDER.index(player.ring) + steps, 0), len(RING_ORDER) - 1)
        if RING_ORDER[index] is not player.ring:
            set_ring(session, player_id, RING_ORDER[index])


def nudge_players(session: Session, player_ids: Iterable[str], dx: float, dy: float) -> None:
    """Moves players by a small step (arrow keys); each stays in its own ring."""
    for player_id in player_ids:
        player = ops.get_live(session, PLAYER, player_id)
        place = nudge(player.x, player.y, dx, dy, player.ring)
        ops.update_record(session, PLAYER, player_id, {"x": place.x, "y": place.y})


def set_attitude(session: Session, player_ids: Iterable[str], attitude: Attitude) -> None:
    """Gives players another attitude (colour)."""
    for player_id in player_ids:
        ops.update_record(session, PLAYER, player_id, {"attitude": attitude})


def _free_place(session: Session, project_id: str, ring: Ring):  # noqa: ANN202 - Place
    """A spot in the ring for a new player that no token covers and no relation line crosses
    (the first of the ring's spread spots that is free; the spread spot if none is)."""
    players = [p for p in ops.list_live(session, PLAYER) if p.project_id == project_id]
    lines = [(a, b) for rel in live_relations(session, project_id)
             if (a := next((p for p in players if p.id == rel.source_id), None)) is not None
             and (b := next((p for p in players if p.id == rel.target_id), None)) is not None]
    start = _count_in_ring(session, project_id, ring)
    first = None
    for index in range(start, start + 64):
        place = snap(*default_position(ring, index), ring)
        first = first or place
        clear = 2.2 * TOKEN_RADIUS
        if all(math.hypot(place.x - p.x, place.y - p.y) >= clear for p in players) and all(
                distance_to_segment(place.x, place.y, a.x, a.y, b.x, b.y) >= TOKEN_RADIUS * 1.2
                for a, b in lines):
            return place
    return first


def update_player(session: Session, player_id: str, values: dict[str, Any]) -> None:
    """Changes fields of a player (notes, levels, strategy, actions, …).

    Renaming a free-text player whose initials were made from its old name makes them anew
    ("Nieuwe speler" → "Ns" → renamed "Wijkteam Oost" → "WO"); initials the user typed stay.
    """
    values = dict(values)
    if "name" in values and "initials" not in values:
        player = ops.get_live(session, PLAYER, player_id)
        if (player.person_id is None and player.organisation_id is None
                and player.initials == suggest_initials(player.name)[:8]):
            values["initials"] = suggest_initials(str(values["name"]))[:8]
    ops.update_record(session, PLAYER, player_id, values)


def add_relation(session: Session, source_id: str, target_id: str,
                 kind: RelationKind = RelationKind.GOOD, note: str = "") -> str:
    """Draws a relation from one player to another; an existing one between them is reused.

    Returns:
        The id of the (new or existing) relation; an existing relation gets the new kind.
    """
    source = ops.get_live(session, PLAYER, source_id)
    for rel in live_relations(session, source.project_id):
        if {rel.source_id, rel.target_id} == {source_id, target_id}:
            ops.update_record(session, RELATION, rel.id, {"kind": kind})
            return rel.id
    fields = {"project_id": source.project_id, "source_id": source_id,
              "target_id": target_id, "kind": kind, "note": note}
    fixed = relation_id(source_id, target_id)
    old = session.get(StakeholderRelation, fixed)
    if old is None:
        return ops.create_record(session, RELATION, fields, record_id=fixed)
    for column, value in {**fields, "deleted_at": None}.items():  # drawn again: revive
        setattr(old, column, value)
    ops.validate(session, old)
    return old.id


def relation_id(a: str, b: str) -> str:
    """The fixed id of the relation between two players (either direction).

    Two copies that both draw it merge as one relation.
    """
    first, second = sorted((a, b))
    return str(uuid.uuid5(_ID_NAMESPACE, f"{RELATION}:{first}:{second}"))


def next_step_id(project_id: str) -> str:
    """The fixed id of a project's next-step row: two copies that each write it merge as one."""
    return str(uuid.uuid5(_ID_NAMESPACE, f"{NEXT_STEP}:{project_id}"))


def set_next_step(session: Session, project_id: str, text: str) -> str:
    """Writes the project's "volgende stap" (creating or reviving its row the first time)."""
    row = session.scalars(select(StakeholderNextStep).where(
        StakeholderNextStep.project_id == project_id,
        StakeholderNextStep.deleted_at.is_(None)).order_by(StakeholderNextStep.created_at)
    ).first()
    if row is not None:
        ops.update_record(session, NEXT_STEP, row.id, {"text": text})
        return row.id
    fixed = session.get(StakeholderNextStep, next_step_id(project_id))
    if fixed is not None:  # a tombstone (the project was deleted and restored): revive it
        fixed.deleted_at = None
        fixed.text = text
        return fixed.id
    return ops.create_record(session, NEXT_STEP, {"project_id": project_id, "text": text},
                             record_id=next_step_id(project_id))


def next_step_text(session: Session, project_id: str) -> str:
    """The project's "volgende stap" (empty when not written)."""
    row = session.scalars(select(StakeholderNextStep).where(
        StakeholderNextStep.project_id == project_id,
        StakeholderNextStep.deleted_at.is_(None)).order_by(StakeholderNextStep.created_at)
    ).first()
    return row.text if row else ""


def delete_players(session: Session, player_ids: Iterable[str]) -> None:
    """Deletes players; their relations go along (the delete hook)."""
    ops.delete_records(session, PLAYER, list(player_ids))


# -- validation ------------------------------------------------------------------------------


@ops.validator(PLAYER)
def _check_player(session: Session, obj: Stakeholder) -> list[str]:
    problems = []
    if not obj.person_id and not obj.organisation_id and not (obj.name or "").strip():
        problems.append("Geef de speler een naam, of kies een persoon of organisatie.")
    for level, what in ((obj.influence, "invloed"), (obj.interest, "belang")):
        if level is not None and level not in LEVELS:
            problems.append(f"De mate van {what} loopt van 1 tot en met 5.")
    if obj.initials and " " in obj.initials.strip():
        problems.append("Initialen zonder spaties, bijvoorbeeld ‘JdV’.")
    if obj.deleted_at is None and (obj.person_id or (obj.organisation_id and not obj.person_id)):
        twin = select(Stakeholder.id).where(
            Stakeholder.project_id == obj.project_id, Stakeholder.deleted_at.is_(None),
            Stakeholder.id != obj.id)
        twin = (twin.where(Stakeholder.person_id == obj.person_id) if obj.person_id else
                twin.where(Stakeholder.organisation_id == obj.organisation_id,
                           Stakeholder.person_id.is_(None)))
        if session.scalars(twin.limit(1)).first() is not None:
            what = "Deze persoon" if obj.person_id else "Deze organisatie"
            problems.append(f"{what} staat al op de kaart van dit project.")
    return problems


@ops.validator(RELATION)
def _check_relation(session: Session, obj: StakeholderRelation) -> list[str]:
    if obj.source_id == obj.target_id:
        return ["Een relatie verbindt twee verschillende spelers."]
    ends = [session.get(Stakeholder, i) for i in (obj.source_id, obj.target_id)]
    if any(e is None or e.project_id != obj.project_id for e in ends):
        return ["Een relatie verbindt twee spelers van hetzelfde project."]
    return []


# -- what else changes on delete --------------------------------------------------------------


@ops.on_delete(PLAYER)
def _delete_relations(session: Session, player: Stakeholder) -> None:
    now = utcnow()
    for rel in session.scalars(select(StakeholderRelation).where(
            or_(StakeholderRelation.source_id == player.id,
                StakeholderRelation.target_id == player.id),
            StakeholderRelation.deleted_at.is_(None))):
        rel.deleted_at = now


@ops.on_delete("person")
def _keep_players_of_person(session: Session, person: Person) -> None:
    for player in session.scalars(select(Stakeholder).where(
            Stakeholder.person_id == person.id)):
        player.name = person.name or player.name
        player.initials = player.initials or person.initials or suggest_initials(person.name)
        player.person_id = None
    for player in session.scalars(select(Stakeholder).where(
            Stakeholder.owner_person_id == person.id)):
        player.owner_person_id = None


@ops.on_delete("organisation")
def _keep_players_of_organisation(session: Session, org: Organisation) -> None:
    for player in session.scalars(select(Stakeholder).where(
            Stakeholder.organisation_id == org.id)):
        if not player.person_id:
            player.name = org.name or player.name
            player.initials = player.initials or org_initials(org)
        player.organisation_id = None


@ops.on_delete("project")
def _delete_project_analysis(session: Session, project: Project) -> None:
    now = utcnow()
    for cls in (StakeholderRelation, Stakeholder, StakeholderNextStep):
        for row in session.scalars(select(cls).where(cls.project_id == project.id,
                                                     cls.deleted_at.is_(None))):
            row.deleted_at = now


# -- zvdesk check ---------------------------------------------------------------------------


@project_counter
def _count(session: Session, project_id: str) -> list[tuple[str, int]]:
    return [("spelers", count_live(session, PLAYER, project_id=project_id)),
            ("relaties", count_live(session, RELATION, project_id=project_id))]

