"""Model functions for every gesture on a theory; each runs inside ``Document.write``.

Each function changes ORM rows only (it never commits), so one gesture in the UI is one
``controller.execute`` call and one undo step.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from zvdesk.models.core import ops
from zvdesk.models.core.base import utcnow
from zvdesk.models.core.errors import ValidationError
from zvdesk.models.core.ops import validator
from zvdesk.models.impact.layout import (
    CARD_W,
    estimate_height,
    next_free_position,
    stack_positions,
)
from zvdesk.models.impact.tables import (
    QUADRANT_KINDS,
    SMART_CRITERIA,
    Category,
    Element,
    ElementKind,
    Horizon,
    ImpactElement,
    ImpactLink,
    ImpactSubItem,
    Influence,
    Polarity,
    categories_for,
    element_data,
    live_elements,
    live_links,
)

#: Title of a new card per kind (Dutch).
NEW_TITLES = {
    ElementKind.DOEL: "Nieuw doel",
    ElementKind.INPUT: "Nieuwe input",
    ElementKind.ACTIVITEIT: "Nieuwe activiteit",
    ElementKind.OUTPUT: "Nieuwe output",
    ElementKind.DIRECTE_OUTCOME: "Nieuwe directe outcome",
    ElementKind.MAATSCHAPPELIJK_EFFECT: "Nieuw maatschappelijk effect",
    ElementKind.MECHANISME: "Nieuw mechanisme",
    ElementKind.CONTEXTFACTOR: "Nieuwe contextfactor",
}


_ENUMS = {"kind": ElementKind, "category": Category, "polarity": Polarity,
          "influence": Influence, "horizon": Horizon}


def _coerce(values: Mapping[str, Any]) -> dict[str, Any]:
    """Turns enum values given as their stable strings into enum members."""
    out = dict(values)
    for key, enum_class in _ENUMS.items():
        if out.get(key) is not None:
            try:
                out[key] = enum_class(out[key])
            except ValueError:
                raise ValidationError(f"Onbekende waarde ‘{out[key]}’.") from None
    return out


def _element(session: Session, element_id: str) -> ImpactElement:
    obj = ops.get_live(session, "impact_element", element_id)
    assert isinstance(obj, ImpactElement)
    return obj


def _quadrant_defaults(obj: ImpactElement) -> None:
    """A mechanism or context factor always sits in a quadrant."""
    if obj.kind in QUADRANT_KINDS:
        if obj.polarity is None:
            obj.polarity = Polarity.VERSTERKEND
        if obj.influence is None:
            obj.influence = (Influence.BUITEN if obj.kind is ElementKind.CONTEXTFACTOR
                             else Influence.BINNEN)


def add_element(session: Session, project_id: str, kind: ElementKind, title: str | None = None,
                *, x: float | None = None, y: float | None = None,
                values: Mapping[str, Any] | None = None,
                sub_items: Iterable[str] = (), sort_order: int | None = None) -> str:
    """Adds a card to a project's theory and returns its id.

    Args:
        session: Write session.
        project_id: The project.
        kind: The lane.
        title: Card text; a Dutch default per kind when None.
        x: Position relative to the lane; below the last card when x or y is None.
        y: See ``x``.
        values: Further column values (description, actor, category, quadrant, SMART …).
        sub_items: Lines under the card.
        sort_order: Position in its lane's list; after the last when None.
    """
    ops.get_live(session, "project", project_id)
    if x is None or y is None or sort_order is None:
        existing = [element_data(e) for e in live_elements(session, project_id)]
        if x is None or y is None:
            x, y = next_free_position(existing, kind)
        if sort_order is None:
            sort_order = max((e.sort_order for e in existing if e.kind is kind),
                             default=-1) + 1
    order = sort_order
    obj = ImpactElement(project_id=project_id, kind=kind,
                        title=NEW_TITLES[kind] if title is None else title,
                        x=float(x), y=float(y), w=CARD_W, h=60.0, sort_order=order)
    for key, value in _coerce(values or {}).items():
        if not hasattr(ImpactElement, key) or key in ("id", "project_id"):
            raise KeyError(f"unknown impact element field: {key}")
        setattr(obj, key, value)
    _quadrant_defaults(obj)
    obj.id = ops.new_id()
    ops.validate(session, obj)
    session.add(obj)
    session.flush()
    for i, text in enumerate(sub_items):
        session.add(ImpactSubItem(element_id=obj.id, text=text, sort_order=i))
    return obj.id


def update_element(session: Session, element_id: str, values: Mapping[str, Any]) -> None:
    """Changes fields of a card (title, description, actor, SMART fields, quadrant …)."""
    ops.update_record(session, "impact_element", element_id, _coerce(values))
    _quadrant_defaults(_element(session, element_id))


def _retype(obj: ImpactElement, kind: ElementKind) -> None:
    if obj.kind is kind:
        return
    was = obj.kind
    obj.kind = kind
    if obj.category is not None and obj.category not in categories_for(kind):
        obj.category = None
    # Context lies outside the project's influence; a mechanism is first of all within it.
    if kind is ElementKind.CONTEXTFACTOR:
        obj.influence = Influence.BUITEN
    elif kind is ElementKind.MECHANISME and was is ElementKind.CONTEXTFACTOR:
        obj.influence = Influence.BINNEN
    _quadrant_defaults(obj)


def move_elements(session: Session,
                  moves: Mapping[str, tuple[ElementKind, float, float]]) -> None:
    """Moves many cards at once; a card dropped in another lane takes that lane's kind.

    Args:
        session: Write session.
        moves: ``element id -> (lane kind, x, y)`` with x, y relative to that lane.
    """
    for element_id, (kind, x, y) in moves.items():
        obj = _element(session, element_id)
        _retype(obj, kind)
        obj.x, obj.y = float(max(0.0, x)), float(max(0.0, y))


def tidy_lanes(session: Session, project_id: str,
               measure: Callable[[Element], float] | None = None) -> None:
    """Stacks every lane's cards neatly in their current top-to-bottom order (one edit)."""
    elements = [element_data(e) for e in live_elements(session, project_id)]
    for kind in ElementKind:
        lane = sorted((e for e in elements if e.kind is kind), key=lambda e: (e.y, e.x)) \
            if kind is not ElementKind.CONTEXTFACTOR else sorted(
                (e for e in elements if e.kind is kind), key=lambda e: (e.x, e.y))
        heights = [(measure or (lambda e: max(e.h, estimate_height(e, e.w))))(e) for e in lane]
        for element, (x, y) in zip(lane, stack_positions(heights, kind), strict=True):
            if (element.x, element.y) != (x, y):
                obj = _element(session, element.id)
                obj.x, obj.y = x, y


def retype_element(session: Session, element_id: str, kind: ElementKind) -> None:
    """Changes a card's kind, keeping its position in the new lane."""
    _retype(_element(session, element_id), kind)


def resize_element(session: Session, element_id: str, w: float,
                   h: float | None = None) -> None:
    """Changes a card's width (and its minimum height)."""
    obj = _element(session, element_id)
    obj.w = float(max(120.0, min(800.0, w)))
    if h is not None:
        obj.h = float(max(40.0, min(2000.0, h)))


def connect(session: Session, source_id: str, target_id: str, rationale: str = "") -> str:
    """Links two cards (from → to) and returns the link id; an existing link is reused.

    Raises:
        ValidationError: a card linked to itself or to another project's card.
    """
    source = _element(session, source_id)
    target = _element(session, target_id)
    if source.id == target.id:
        raise ValidationError("Een kaart kan niet met zichzelf worden verbonden.")
    if source.project_id != target.project_id:
        raise ValidationError("Kaarten van verschillende projecten kunnen niet worden "
                              "verbonden.")
    for link in live_links(session, source.project_id):
        if link.source_id == source_id and link.target_id == target_id:
            if rationale and link.rationale != rationale:
                link.rationale = rationale
            return link.id
    link = ImpactLink(project_id=source.project_id, source_id=source_id, target_id=target_id,
                      rationale=rationale)
    link.id = ops.new_id()
    session.add(link)
    session.flush()
    return link.id


def update_link(session: Session, link_id: str, rationale: str) -> None:
    """Changes the rationale of a link."""
    ops.update_record(session, "impact_link", link_id, {"rationale": rationale})


def delete_elements(session: Session, element_ids: Iterable[str]) -> None:
    """Deletes cards; their links and sub-items go with them (the delete hook)."""
    ops.delete_records(session, "impact_element", list(element_ids))


def delete_links(session: Session, link_ids: Iterable[str]) -> None:
    """Deletes links."""
    ops.delete_records(session, "impact_link", list(link_ids))


def delete_selection(session: Session, element_ids: Iterable[str],
                     link_ids: Iterable[str]) -> None:
    """Deletes selected cards and links in one edit."""
    delete_links(session, link_ids)
    delete_elements(session, element_ids)


def set_sub_items(session: Session, element_id: str, texts: Iterable[str]) -> None:
    """Makes a card's sub-items exactly ``texts``, reusing rows in place (merge-friendly)."""
    _element(session, element_id)
    wanted = [t for t in (s.strip() for s in texts) if t]
    rows = list(session.scalars(select(ImpactSubItem).where(
        ImpactSubItem.element_id == element_id, ImpactSubItem.deleted_at.is_(None))
        .order_by(ImpactSubItem.sort_order, ImpactSubItem.created_at)))
    now = utcnow()
    for i, text in enumerate(wanted):
        if i < len(rows):
            if rows[i].text != text:
                rows[i].text = text
            if rows[i].sort_order != i:
                rows[i].sort_order = i
        else:
            session.add(ImpactSubItem(id=ops.new_id(), element_id=element_id, text=text,
                                      sort_order=i))
    for row in rows[len(wanted):]:
        row.deleted_at = now


def set_quadrant(session: Session, element_id: str, polarity: Polarity,
                 influence: Influence) -> None:
    """Puts a mechanism or context factor in a quadrant of the 2×2."""
    obj = _element(session, element_id)
    if obj.kind not in QUADRANT_KINDS:
        raise ValidationError("Alleen mechanismen en contextfactoren staan in het kwadrant.")
    obj.polarity = Polarity(polarity)
    obj.influence = Influence(influence)


def set_smart(session: Session, element_id: str, key: str, text: str | None = None,
              checked: bool | None = None) -> None:
    """Sets one SMART criterion of a goal (its text and/or its checked flag)."""
    if key not in dict(SMART_CRITERIA):
        raise KeyError(key)
    obj = _element(session, element_id)
    if text is not None:
        setattr(obj, f"smart_{key}", text)
    if checked is not None:
        setattr(obj, f"smart_{key}_ok", bool(checked))


# -- validation ------------------------------------------------------------------------------


@validator("impact_element")
def _check_element(_s: Session, obj: ImpactElement) -> list[str]:
    problems = []
    if obj.category is not None and obj.category not in categories_for(ElementKind(obj.kind)):
        problems.append("Deze categorie past niet bij dit soort onderdeel.")
    for name in ("x", "y", "w", "h"):
        value = getattr(obj, name)
        if value is not None and not (-1e6 < float(value) < 1e6):
            problems.append("De plaats op het canvas is ongeldig.")
    return problems


@validator("impact_link")
def _check_link(_s: Session, obj: ImpactLink) -> list[str]:
    if obj.source_id == obj.target_id:
        return ["Een kaart kan niet met zichzelf worden verbonden."]
    return []
