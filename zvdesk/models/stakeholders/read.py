"""Read API of the stakeholder analysis for the canvas, the communication tab and reports.

``stakeholder_map(session, project_id)`` returns plain dataclasses (no ORM objects, no
session needed afterwards); ``communication_rows`` the rows of the communication strategy.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from zvdesk.models.core.collation import sort_key
from zvdesk.models.core.names import suggest_initials
from zvdesk.models.region.tables import Organisation, Person
from zvdesk.models.stakeholders.geometry import (
    CIRCLE_RADII,
    RING_BANDS,
    TOKEN_RADIUS,
    arrow_ends,
    snap,
)
from zvdesk.models.stakeholders.ops import (
    live_players,
    live_relations,
    next_step_text,
    org_initials,
)
from zvdesk.models.stakeholders.tables import (
    ATTITUDE_SYMBOLS,
    Attitude,
    RelationKind,
    Ring,
    Stakeholder,
    Strategy,
    score,
    suggested_strategy,
)


@dataclass(frozen=True)
class PlayerView:
    """One player as shown on the map.

    Attributes:
        id: The record id.
        name: Display name (the linked person's or organisation's name, or the free text).
        initials: The token's text.
        organisation: Name of the linked organisation ("" when none).
        ring: Its ring.
        x: Unit x (centre 0, outer edge 1).
        y: Unit y (downwards).
        attitude: Its opinion of the project.
        notes: Free notes.
        person_id: Linked person, if any.
        organisation_id: Linked organisation, if any.
    """

    id: str
    name: str
    initials: str
    organisation: str
    ring: Ring
    x: float
    y: float
    attitude: Attitude
    notes: str
    person_id: str | None
    organisation_id: str | None


@dataclass(frozen=True)
class RelationView:
    """One relation arrow from ``source_id`` to ``target_id``."""

    id: str
    source_id: str
    target_id: str
    kind: RelationKind
    note: str


@dataclass
class StakeholderMap:
    """Everything the circle map of one project shows."""

    project_id: str
    players: list[PlayerView] = field(default_factory=list)
    relations: list[RelationView] = field(default_factory=list)
    next_step: str = ""

    def in_ring(self, ring: Ring) -> list[PlayerView]:
        """The players of one ring, by name (the name lists beside the circles)."""
        return sorted((p for p in self.players if p.ring is ring),
                      key=lambda p: p.name.lower())

    def player(self, player_id: str) -> PlayerView | None:
        """One player by id."""
        return next((p for p in self.players if p.id == player_id), None)


@dataclass(frozen=True)
class CommunicationRow:
    """One row of the communication strategy.

    Attributes:
        strategy: The strategy in force (the override, else the suggestion; None when the
            levels are not filled in).
        suggested: What the influence/interest grid suggests.
        overridden: True when the user chose a strategy other than the suggestion.
    """

    id: str
    name: str
    initials: str
    ring: Ring
    attitude: Attitude
    influence: int | None
    interest: int | None
    score: int | None
    strategy: Strategy | None
    suggested: Strategy | None
    overridden: bool
    actions: str
    medium: str
    frequency: str
    owner_person_id: str | None
    owner: str


def _lookup(session: Session, cls: type, ids: set[str]) -> dict[str, object]:
    ids.discard(None)  # type: ignore[arg-type]
    if not ids:
        return {}
    return {o.id: o for o in session.query(cls).filter(cls.id.in_(ids))}


def _names(session: Session, players: list[Stakeholder]) -> dict[str, tuple[str, str, str]]:
    """(name, initials, organisation) per player id."""
    people = _lookup(session, Person, {p.person_id for p in players}
                     | {p.owner_person_id for p in players})
    orgs = _lookup(session, Organisation, {p.organisation_id for p in players})
    out = {}
    for p in players:
        person = people.get(p.person_id) if p.person_id else None
        org = orgs.get(p.organisation_id) if p.organisation_id else None
        if person is not None and person.deleted_at is None:
            name = person.name
            initials = p.initials or person.initials or suggest_initials(person.name)
        elif org is not None and org.deleted_at is None:
            name = org.name
            initials = p.initials or org_initials(org)
        else:
            # Free text, or a link whose person/organisation was deleted in a merged copy.
            gone = person if person is not None else org
            name = p.name or (gone.name if gone is not None else "")
            initials = p.initials or suggest_initials(name)
        org_name = org.name if org is not None and org.deleted_at is None else ""
        out[p.id] = (name or "(zonder naam)", initials or "?", org_name)
    return out


def shown_position(x: float, y: float, ring: Ring) -> tuple[float, float]:
    """Where a token is drawn: its stored position, kept inside its ring's band.

    A position that does not fit its ring (a merged or edited file) is shown at the nearest
    spot of the ring, so that the map and the name lists always agree.
    """
    if not (math.isfinite(x) and math.isfinite(y)):
        x, y = 0.0, -1.0
    place = snap(x, y, ring)
    return place.x, place.y


def stakeholder_map(session: Session, project_id: str) -> StakeholderMap:
    """Reads the circle map of a project: players, relations and the next step."""
    players = live_players(session, project_id)
    names = _names(session, players)
    result = StakeholderMap(project_id=project_id, next_step=next_step_text(session, project_id))
    for p in players:
        name, initials, org = names[p.id]
        x, y = shown_position(p.x, p.y, p.ring)
        result.players.append(PlayerView(
            id=p.id, name=name, initials=initials, organisation=org, ring=p.ring,
            x=x, y=y, attitude=p.attitude, notes=p.notes, person_id=p.person_id,
            organisation_id=p.organisation_id))
    live_ids = {p.id for p in players}
    for r in live_relations(session, project_id):
        if r.source_id in live_ids and r.target_id in live_ids:
            result.relations.append(RelationView(r.id, r.source_id, r.target_id, r.kind, r.note))
    return result


def communication_rows(session: Session, project_id: str) -> list[CommunicationRow]:
    """The communication strategy of a project, highest score first (then by name)."""
    players = live_players(session, project_id)
    names = _names(session, players)
    owners = _lookup(session, Person, {p.owner_person_id for p in players})
    rows = []
    for p in players:
        name, initials, _org = names[p.id]
        suggested = suggested_strategy(p.influence, p.interest)
        owner = owners.get(p.owner_person_id) if p.owner_person_id else None
        rows.append(CommunicationRow(
            id=p.id, name=name, initials=initials, ring=p.ring, attitude=p.attitude,
            influence=p.influence, interest=p.interest, score=score(p.influence, p.interest),
            strategy=p.strategy or suggested, suggested=suggested,
            overridden=p.strategy is not None and p.strategy is not suggested,
            actions=p.actions, medium=p.medium, frequency=p.frequency,
            owner_person_id=p.owner_person_id,
            owner=owner.name if owner is not None and owner.deleted_at is None else ""))
    rows.sort(key=lambda r: (-(r.score or 0), sort_key(r.name)))
    return rows


@dataclass(frozen=True)
class TokenLayout:
    """One token to draw: centre and radius in unit coordinates, text and attitude cue."""

    id: str
    x: float
    y: float
    radius: float
    initials: str
    name: str
    attitude: Attitude
    symbol: str


@dataclass(frozen=True)
class ArrowLayout:
    """One relation arrow to draw, from token edge to token edge (unit coordinates)."""

    id: str
    start: tuple[float, float]
    tip: tuple[float, float]
    kind: RelationKind
    note: str


@dataclass
class CircleLayout:
    """Everything needed to draw the circle map anywhere (screen, PDF), in unit coordinates.

    The centre is (0, 0), ``y`` grows downwards (flip it for a PDF), the outer edge of
    "buiten" lies at radius ``outer_radius`` = 1.
    """

    circle_radii: tuple[float, ...]
    outer_radius: float
    tokens: list[TokenLayout]
    arrows: list[ArrowLayout]


def circle_layout(data: StakeholderMap) -> CircleLayout:
    """Lays out a stakeholder map for drawing (pure: no session, no Qt)."""
    tokens = [TokenLayout(p.id, p.x, p.y, TOKEN_RADIUS, p.initials, p.name, p.attitude,
                          ATTITUDE_SYMBOLS[p.attitude]) for p in data.players]
    where = {p.id: (p.x, p.y) for p in data.players}
    arrows = []
    for r in data.relations:
        ends = arrow_ends(*where[r.source_id], *where[r.target_id])
        if ends is not None:
            arrows.append(ArrowLayout(r.id, ends[0], ends[1], r.kind, r.note))
    return CircleLayout(CIRCLE_RADII, RING_BANDS[Ring.OUTSIDE][1], tokens, arrows)
