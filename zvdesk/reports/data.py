"""Report data: plain dataclasses that both renderers (PDF and Word) draw.

A section builder turns the models into a list of blocks; the renderers never read the
database. Diagrams are reportlab ``Drawing`` objects (vector graphics, no Qt): the PDF embeds
them as vectors, the Word renderer rasterises the same drawing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing

STATUSES = ("concept", "definitief")


@dataclass
class ReportOptions:
    """What the user chose for one report.

    Attributes:
        project_id: The project reported on, or None for the whole region.
        instruments: Section keys to include (None: every registered section).
        title: Report title (empty: a title is made from the project or region).
        version: Version number shown on the cover, e.g. "0.3".
        status: "concept" (marked CONCEPT on every page) or "definitief".
        author: Author on the cover (empty: the file's report settings).
        organisation: Organisation on the cover (empty: the file's report settings).
        report_date: Date on the cover (None: today).
    """

    project_id: str | None = None
    instruments: tuple[str, ...] | None = None
    title: str = ""
    version: str = "1.0"
    status: Literal["concept", "definitief"] = "concept"
    author: str = ""
    organisation: str = ""
    report_date: date | None = None


@dataclass
class Heading:
    """A heading; ``level`` 1 is a section title (the engine shifts levels when nesting)."""

    text: str
    level: int = 1


@dataclass
class Paragraph:
    """Running text. ``style``: "body", "note" (grey, smaller) or "lead" (introduction)."""

    text: str
    style: str = "body"


@dataclass
class Bullets:
    """A bulleted list."""

    items: list[str]


@dataclass
class Table:
    """A table with a header row that repeats on every page.

    Attributes:
        columns: Header texts.
        rows: Cell texts (plain text; renderers wrap long cells).
        widths: Relative column widths (same length as ``columns``), e.g. ``[3, 1, 2]``.
        caption: Optional caption shown above the table.
        empty_text: Shown instead of the table when there are no rows.
    """

    columns: list[str]
    rows: list[list[str]]
    widths: list[float] | None = None
    caption: str = ""
    empty_text: str = "Nog niets ingevuld."


@dataclass
class KeyValues:
    """Label/value pairs (a two-column table without header)."""

    pairs: list[tuple[str, str]]


@dataclass
class Figure:
    """A diagram drawn as vector graphics.

    Attributes:
        drawing: The reportlab drawing at its natural size (points); renderers scale it down
            to fit the page.
        alt: Alternative text for readers who cannot see the picture (Word alt text, PDF).
        caption: Caption shown below the figure.
        landscape: Put the figure on a landscape page of its own (wide diagrams).
    """

    drawing: Drawing
    alt: str
    caption: str = ""
    landscape: bool = False


Block = Heading | Paragraph | Bullets | Table | KeyValues | Figure


@dataclass
class ReportSection:
    """One section of a report, as built by a section builder."""

    key: str
    title: str
    blocks: list[Block] = field(default_factory=list)


@dataclass
class Cover:
    """What the cover shows."""

    title: str
    subtitle: str
    region: str
    project: str
    date_text: str
    version: str
    status: str
    author: str
    organisation: str
    logo: bytes | None = None


@dataclass
class ReportData:
    """A whole report: the cover and the blocks in reading order (headings at final levels)."""

    cover: Cover
    blocks: list[Block]
    section_titles: list[str] = field(default_factory=list)

    @property
    def is_concept(self) -> bool:
        """True until the report is final: every page carries a CONCEPT mark."""
        return self.cover.status != "definitief"
