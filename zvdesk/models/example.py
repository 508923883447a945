"""The example region Zaanstreek-Waterland, built by code (``make example``), never by hand.

Every instrument adds its part with ``populate_example(session, ctx)`` in its model package's
``example`` module (derived from :data:`zvdesk.instruments.INSTRUMENTS`; the region's comes
first and fills the context the others use).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from zvdesk.instruments import import_instrument_modules
from zvdesk.models.core.document import Document


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

    path = Path(path)
    doc = Document.create(path, populate=populate)
    doc.close()
    return path
