"""The example region Zaanstreek-Waterland, built by code (``make example``), never by hand.

Every instrument adds its part with ``populate_example(session, ctx)`` in its model package's
``example`` module (derived from :data:`zvdesk.instruments.INSTRUMENTS`; the region's comes
first and fills the context the others use). Then the regiopilot gets its adopted version
"Vastgesteld RBO 2026" and a few later changes (:func:`populate_versions`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from zvdesk.instruments import import_instrument_modules
from zvdesk.models.core.base import utcnow
from zvdesk.models.core.document import Document
from zvdesk.models.core.ops import create_record, update_record
from zvdesk.models.core.schema import record_class
from zvdesk.models.core.versions.store import record_version
from zvdesk.models.core.versions.tables import AdoptedBy


@dataclass
class ExampleContext:
    """Ids of what the base example holds, for the instruments' example content."""

    organisations: dict[str, str] = field(default_factory=dict)  # name -> id
    people: dict[str, str] = field(default_factory=dict)  # name -> id
    themes: dict[str, str] = field(default_factory=dict)  # name -> id
    projects: dict[str, str] = field(default_factory=dict)  # "regiopilot"/"verward" -> id
    meetings: dict[str, str] = field(default_factory=dict)  # name -> id (§2.3, the region's)



def build_example(path: Path) -> Path:
    """Writes the example region to ``path`` (replacing it) and returns the path."""
    ctx = ExampleContext()

    def populate(session: Session) -> None:
        for module in import_instrument_modules("zvdesk.models", "example"):
            module.populate_example(session, ctx)
        populate_versions(session, ctx)

    path = Path(path)
    doc = Document.create(path, populate=populate)
    doc.close()
    return path


#: The name of the example's version (tests and the help refer to it).
EXAMPLE_VERSION = "Vastgesteld RBO 2026"


def populate_versions(session: Session, ctx) -> None:  # noqa: ANN001 - ExampleContext
    """Records the regiopilot's version, then changes the project a little."""
    pilot = ctx.projects["regiopilot"]
    session.flush()
    record_version(session, pilot, EXAMPLE_VERSION, adopted_on=date(2026, 3, 12),
                   adopted_by=AdoptedBy.RBO,
                   note="Vastgesteld in het RBO van 12 maart 2026; basis voor de "
                        "subsidieaanvraag.")
    element = record_class("impact_element")
    first = session.scalars(select(element).where(
        element.project_id == pilot, element.deleted_at.is_(None))
        .order_by(element.sort_order, element.title)).first()
    if first is not None:
        update_record(session, "impact_element", first.id,
                      {"title": first.title + " (aangescherpt na de evaluatie)"})
        create_record(session, "impact_element", {
            "project_id": pilot, "kind": first.kind,
            "title": "Gezamenlijk casusoverleg zorg en veiligheid, elke maand",
            "x": first.x + 40, "y": first.y + 220})
    holder = record_class("stakeholder")
    people = session.scalars(select(holder).where(
        holder.project_id == pilot, holder.deleted_at.is_(None))
        .order_by(holder.name)).all()
    if people:
        people[-1].deleted_at = utcnow()
    session.flush()
