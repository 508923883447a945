"""Impact framework (beleidstheorie, toolbox §1.3): tables, enums and the read API.

A project's theory is a set of *elements* (goal, input, activity, output, direct outcome,
societal effect, mechanism, context factor), their *sub-items* (rows, so they merge) and
*links* between elements (from → to). Every element keeps its canvas geometry as plain
floats, relative to the top-left corner of its lane (see :mod:`zvdesk.models.impact.layout`),
so that lanes can grow without moving stored positions.

Gestures (add, move, retype, connect, delete, templates) live in
:mod:`zvdesk.models.impact.ops`; checks in :mod:`zvdesk.models.impact.checks`.
Reports and the stappenplan read a theory with :func:`theory_for_project`.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from sqlalchemy import Boolean, Float, ForeignKey, Index, Integer, String, Text, func, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from zvdesk.models.core import readcache
from zvdesk.models.core.base import Base, EnumText, Record, utcnow
from zvdesk.models.core.ops import on_delete
from zvdesk.models.core.sharing.personal import Share
from zvdesk.models.core.summary import count_live, project_counter


class ElementKind(enum.Enum):
    """What an element of the theory is (its lane). Values are stable: they are in files."""

    DOEL = "doel"
    INPUT = "input"
    ACTIVITEIT = "activiteit"
    OUTPUT = "output"
    DIRECTE_OUTCOME = "directe_outcome"
    MAATSCHAPPELIJK_EFFECT = "maatschappelijk_effect"
    MECHANISME = "mechanisme"
    CONTEXTFACTOR = "contextfactor"


class Category(enum.Enum):
    """Group of an activity (four types) or a mechanism (whom it influences)."""

    BELEIDSONTWIKKELING = "beleidsontwikkeling"
    TACTISCHE_STURING = "tactische_sturing"
    UITVOERING = "uitvoering"
    MONITORING_KENNISDELING = "monitoring_kennisdeling"
    SAMENWERKINGSVERBAND = "samenwerkingsverband"
    PROFESSIONALS = "professionals"
    BURGER = "burger"


ACTIVITY_CATEGORIES = (Category.BELEIDSONTWIKKELING, Category.TACTISCHE_STURING,
                       Category.UITVOERING, Category.MONITORING_KENNISDELING)
MECHANISM_CATEGORIES = (Category.SAMENWERKINGSVERBAND, Category.PROFESSIONALS, Category.BURGER)


def categories_for(kind: ElementKind) -> tuple[Category, ...]:
    """Returns the categories that fit a kind (empty when the kind has none)."""
    if kind is ElementKind.ACTIVITEIT:
        return ACTIVITY_CATEGORIES
    if kind is ElementKind.MECHANISME:
        return MECHANISM_CATEGORIES
    return ()


class Polarity(enum.Enum):
    """Whether a mechanism or context factor strengthens or weakens the impact."""

    VERSTERKEND = "impactversterkend"
    VERZWAKKEND = "impactverzwakkend"


class Influence(enum.Enum):
    """Whether the project can influence a mechanism or context factor."""

    BINNEN = "binnen"
    BUITEN = "buiten"


class Horizon(enum.Enum):
    """When a goal should be reached."""

    KORT = "kort"
    MIDDELLANG = "middellang"
    LANG = "lang"


#: The kinds that carry the mechanism quadrant.
QUADRANT_KINDS = (ElementKind.MECHANISME, ElementKind.CONTEXTFACTOR)
#: The SMART criteria of a goal, in order: (key, Dutch label).
SMART_CRITERIA = (("specifiek", "Specifiek"), ("meetbaar", "Meetbaar"),
                  ("acceptabel", "Acceptabel"), ("realistisch", "Realistisch"),
                  ("tijdgebonden", "Tijdgebonden"))


class ImpactElement(Record, Base):
    """One card of a project's theory (goal, input, …, mechanism, context factor)."""

    __tablename__ = "impact_element"
    __label__ = "onderdeel van de beleidstheorie"

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), info={"share": Share.KEEP})
    kind: Mapped[ElementKind] = mapped_column(EnumText(ElementKind), default=ElementKind.DOEL,
                                              info={"share": Share.KEEP})
    title: Mapped[str] = mapped_column(String(1000), default="", info={"share": Share.TEXT})
    description: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})
    #: Who performs it, coordinated with whom ("door wie, afgestemd met wie").
    actor: Mapped[str] = mapped_column(String(1000), default="", info={"share": Share.TEXT})
    category: Mapped[Category | None] = mapped_column(EnumText(Category), default=None,
                                                      info={"share": Share.KEEP})
    # Canvas geometry, relative to the lane's top-left corner.
    x: Mapped[float] = mapped_column(Float, default=0.0, info={"share": Share.KEEP})
    y: Mapped[float] = mapped_column(Float, default=0.0, info={"share": Share.KEEP})
    w: Mapped[float] = mapped_column(Float, default=200.0, info={"share": Share.KEEP})
    h: Mapped[float] = mapped_column(Float, default=60.0, info={"share": Share.KEEP})
    sort_order: Mapped[int] = mapped_column(Integer, default=0, info={"share": Share.KEEP})
    # Mechanisms and context factors: the quadrant and how we deal with it.
    polarity: Mapped[Polarity | None] = mapped_column(EnumText(Polarity), default=None,
                                                      info={"share": Share.KEEP})
    influence: Mapped[Influence | None] = mapped_column(EnumText(Influence), default=None,
                                                        info={"share": Share.KEEP})
    handling: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})
    # Goals: SMART (text + checked), horizon and who notices.
    smart_specifiek: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})
    smart_specifiek_ok: Mapped[bool] = mapped_column(Boolean, default=False,
                                                     info={"share": Share.KEEP})
    smart_meetbaar: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})
    smart_meetbaar_ok: Mapped[bool] = mapped_column(Boolean, default=False,
                                                    info={"share": Share.KEEP})
    smart_acceptabel: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})
    smart_acceptabel_ok: Mapped[bool] = mapped_column(Boolean, default=False,
                                                      info={"share": Share.KEEP})
    smart_realistisch: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})
    smart_realistisch_ok: Mapped[bool] = mapped_column(Boolean, default=False,
                                                       info={"share": Share.KEEP})
    smart_tijdgebonden: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})
    smart_tijdgebonden_ok: Mapped[bool] = mapped_column(Boolean, default=False,
                                                        info={"share": Share.KEEP})
    horizon: Mapped[Horizon | None] = mapped_column(EnumText(Horizon), default=None,
                                                    info={"share": Share.KEEP})
    noticed_by_citizens: Mapped[bool] = mapped_column(Boolean, default=False,
                                                      info={"share": Share.KEEP})
    noticed_by_professionals: Mapped[bool] = mapped_column(Boolean, default=False,
                                                           info={"share": Share.KEEP})

    __table_args__ = (Index("ix_impact_element_project", "project_id"),)


class ImpactSubItem(Record, Base):
    """One line under an element (an output's parts, an input's questions)."""

    __tablename__ = "impact_subitem"
    __label__ = "subonderdeel"

    element_id: Mapped[str] = mapped_column(ForeignKey("impact_element.id"),
                                            info={"share": Share.KEEP})
    text: Mapped[str] = mapped_column(String(2000), default="", info={"share": Share.TEXT})
    sort_order: Mapped[int] = mapped_column(Integer, default=0, info={"share": Share.KEEP})

    __table_args__ = (Index("ix_impact_subitem_element", "element_id"),)


class ImpactLink(Record, Base):
    """An arrow from one element to another, with an optional rationale."""

    __tablename__ = "impact_link"
    __label__ = "verbinding"

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), info={"share": Share.KEEP})
    source_id: Mapped[str] = mapped_column(ForeignKey("impact_element.id"),
                                           info={"share": Share.KEEP})
    target_id: Mapped[str] = mapped_column(ForeignKey("impact_element.id"),
                                           info={"share": Share.KEEP})
    rationale: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})

    __table_args__ = (Index("ix_impact_link_project", "project_id"),)


KINDS = ("impact_element", "impact_subitem", "impact_link")

# -- read API (plain data for the canvas, reports and the stappenplan) ----------------------


@dataclass
class SmartCriterion:
    """One SMART criterion of a goal."""

    key: str
    label: str
    text: str
    checked: bool


@dataclass
class Element:
    """A live element of a theory, detached from any session."""

    id: str
    kind: ElementKind
    title: str
    description: str = ""
    actor: str = ""
    category: Category | None = None
    x: float = 0.0
    y: float = 0.0
    w: float = 200.0
    h: float = 60.0
    sort_order: int = 0
    polarity: Polarity | None = None
    influence: Influence | None = None
    handling: str = ""
    smart: list[SmartCriterion] = field(default_factory=list)
    horizon: Horizon | None = None
    noticed_by_citizens: bool = False
    noticed_by_professionals: bool = False
    sub_items: list[str] = field(default_factory=list)


@dataclass
class Link:
    """A live link of a theory."""

    id: str
    source_id: str
    target_id: str
    rationale: str = ""


@dataclass
class Theory:
    """A project's whole theory: elements in lane order, then sort order; links."""

    project_id: str
    elements: list[Element] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    #: Which indicators of Monitoring measure an element: element id -> indicator names;
    #: None when the project keeps no indicators (or they were not read, see
    #: :func:`zvdesk.models.impact.measures.theory_with_measures`).
    measures: dict[str, tuple[str, ...]] | None = None

    def measured_by(self, element_id: str) -> tuple[str, ...]:
        """The names of the indicators that measure an element (none when not read)."""
        return (self.measures or {}).get(element_id, ())

    def by_id(self) -> dict[str, Element]:
        """Returns the elements by id."""
        return {e.id: e for e in self.elements}

    def of_kind(self, kind: ElementKind) -> list[Element]:
        """Returns the elements of one kind in their order."""
        return [e for e in self.elements if e.kind is kind]

    def goals(self) -> list[Element]:
        """Returns the goals (for the stappenplan, step 2)."""
        return self.of_kind(ElementKind.DOEL)


KIND_ORDER = {kind: i for i, kind in enumerate(ElementKind)}


def _finite(value: float | None, default: float, low: float, high: float) -> float:
    """A stored float made safe to draw (a damaged or hostile file may hold NaN or 1e300)."""
    if value is None or value != value:  # None or NaN
        return default
    return float(min(high, max(low, value)))


def element_data(obj: ImpactElement, sub_items: list[str] | None = None) -> Element:
    """Returns the plain data of an element row (geometry clamped to drawable values)."""
    return Element(
        id=obj.id, kind=obj.kind, title=obj.title or "", description=obj.description or "",
        actor=obj.actor or "", category=obj.category, x=_finite(obj.x, 0.0, 0.0, 1e5),
        y=_finite(obj.y, 0.0, 0.0, 1e5), w=_finite(obj.w, 200.0, 120.0, 800.0),
        h=_finite(obj.h, 60.0, 40.0, 2000.0), sort_order=obj.sort_order or 0,
        polarity=obj.polarity, influence=obj.influence, handling=obj.handling or "",
        smart=[SmartCriterion(key, label, getattr(obj, f"smart_{key}") or "",
                              bool(getattr(obj, f"smart_{key}_ok")))
               for key, label in SMART_CRITERIA],
        horizon=obj.horizon, noticed_by_citizens=bool(obj.noticed_by_citizens),
        noticed_by_professionals=bool(obj.noticed_by_professionals),
        sub_items=list(sub_items or []))


def live_elements(session: Session, project_id: str) -> list[ImpactElement]:
    """Returns the live element rows of a project, in lane order then sort order."""
    rows = session.scalars(select(ImpactElement).where(
        ImpactElement.project_id == project_id, ImpactElement.deleted_at.is_(None)))
    return sorted(rows, key=lambda e: (KIND_ORDER[e.kind], e.sort_order or 0, e.y or 0.0,
                                       e.created_at))


def live_subitems(session: Session, element_ids: list[str] | set[str]) -> dict[str, list[
        ImpactSubItem]]:
    """Returns the live sub-item rows per element id, in order."""
    found: dict[str, list[ImpactSubItem]] = {}
    ids = list(element_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for row in session.scalars(select(ImpactSubItem).where(
                ImpactSubItem.element_id.in_(chunk), ImpactSubItem.deleted_at.is_(None))):
            found.setdefault(row.element_id, []).append(row)
    for rows in found.values():
        rows.sort(key=lambda r: (r.sort_order or 0, r.created_at))
    return found


def live_links(session: Session, project_id: str) -> list[ImpactLink]:
    """Returns the live link rows of a project."""
    return list(session.scalars(select(ImpactLink).where(
        ImpactLink.project_id == project_id, ImpactLink.deleted_at.is_(None))
        .order_by(ImpactLink.created_at)))


def theory_for_project(session: Session, project_id: str) -> Theory:
    """Returns a project's theory as plain data (no session needed afterwards).

    Links whose ends are not both live elements of the project are left out. A read-only
    session (see :mod:`zvdesk.models.core.readcache`) computes it once per project.
    """
    return readcache.cached(session, ("impact.theory", project_id),
                            lambda: _read_theory(session, project_id))


def _read_theory(session: Session, project_id: str) -> Theory:
    rows = live_elements(session, project_id)
    subs = live_subitems(session, {r.id for r in rows})
    elements = [element_data(r, [s.text for s in subs.get(r.id, [])]) for r in rows]
    ids = {e.id for e in elements}
    links = [Link(r.id, r.source_id, r.target_id, r.rationale or "")
             for r in live_links(session, project_id)
             if r.source_id in ids and r.target_id in ids]
    return Theory(project_id, elements, links)


# -- what else changes on delete ------------------------------------------------------------


@on_delete("impact_element")
def _delete_links_and_subitems(session: Session, element: ImpactElement) -> None:
    """Deleting an element tombstones its links (both directions) and its sub-items."""
    now = utcnow()
    for link in session.scalars(select(ImpactLink).where(
            ImpactLink.deleted_at.is_(None),
            (ImpactLink.source_id == element.id) | (ImpactLink.target_id == element.id))):
        link.deleted_at = now
    for sub in session.scalars(select(ImpactSubItem).where(
            ImpactSubItem.element_id == element.id, ImpactSubItem.deleted_at.is_(None))):
        sub.deleted_at = now


@on_delete("project")
def _delete_project_theory(session: Session, project: Record) -> None:
    """Deleting a project tombstones its theory."""
    now = utcnow()
    for element in session.scalars(select(ImpactElement).where(
            ImpactElement.project_id == project.id, ImpactElement.deleted_at.is_(None))):
        _delete_links_and_subitems(session, element)
        element.deleted_at = now


# -- counts for ``zvdesk check`` -------------------------------------------------------------

#: Dutch plural per kind, for counts and the table view.
KIND_PLURALS = {
    ElementKind.DOEL: "doelen",
    ElementKind.INPUT: "inputs",
    ElementKind.ACTIVITEIT: "activiteiten",
    ElementKind.OUTPUT: "outputs",
    ElementKind.DIRECTE_OUTCOME: "directe outcomes",
    ElementKind.MAATSCHAPPELIJK_EFFECT: "maatschappelijke effecten",
    ElementKind.MECHANISME: "mechanismen",
    ElementKind.CONTEXTFACTOR: "contextfactoren",
}


@project_counter
def _impact_counts(session: Session, project_id: str) -> list[tuple[str, int]]:
    rows = session.execute(select(ImpactElement.kind, func.count()).where(
        ImpactElement.project_id == project_id, ImpactElement.deleted_at.is_(None))
        .group_by(ImpactElement.kind)).all()
    per_kind = {kind: n for kind, n in rows}
    counts = [(KIND_PLURALS[kind], int(per_kind.get(kind, 0))) for kind in ElementKind]
    counts.append(("verbindingen in de beleidstheorie",
                   count_live(session, "impact_link", project_id=project_id)))
    return counts
