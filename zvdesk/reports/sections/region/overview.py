"""Report section "Regio en partners": the region, its municipalities, partners and themes."""

from __future__ import annotations

from collections import Counter

from reportlab.graphics.shapes import Drawing, Rect
from sqlalchemy import select
from sqlalchemy.orm import Session

from zvdesk.models.region.ops import get_region
from zvdesk.models.region.tables import Domain, Municipality, Organisation, Person, Theme
from zvdesk.reports import graphics as gx
from zvdesk.reports.data import Block, Figure, Heading, KeyValues, Paragraph, Table
from zvdesk.reports.sections import SectionContext, SectionSpec

DOMAIN_TITLES = {
    Domain.ZORG: "Zorg",
    Domain.VEILIGHEID: "Veiligheid",
    Domain.GEMEENTE: "Gemeenten",
    Domain.OVERIG: "Overig",
}


def _live(session: Session, cls: type) -> list:
    return list(session.scalars(select(cls).where(cls.deleted_at.is_(None))))


def domain_chart(counts: dict[Domain, int]) -> Drawing:
    """Horizontal bars: the number of partner organisations per domain."""
    width, row = 440.0, 20.0
    domains = list(DOMAIN_TITLES)
    height = row * len(domains) + 16
    d = Drawing(width, height)
    most = max([1, *counts.values()])
    bar_left, bar_width = 90.0, width - 130.0
    for i, domain in enumerate(domains):
        y = height - (i + 1) * row
        n = counts.get(domain, 0)
        d.add(gx.label(bar_left - 8, y + 5, DOMAIN_TITLES[domain], anchor="end", size=8.5))
        d.add(Rect(bar_left, y + 2, bar_width, row - 6, fillColor=gx.BAND, strokeColor=None))
        d.add(Rect(bar_left, y + 2, max(1.5, bar_width * n / most), row - 6,
                   fillColor=gx.DOMAIN_COLOURS[domain.value], strokeColor=None))
        d.add(gx.label(bar_left + bar_width + 6, y + 5, str(n), size=8.5, bold=True))
    return d


def build(session: Session, ctx: SectionContext) -> list[Block]:
    """The region, its municipalities, the partners per domain and the themes."""
    region = get_region(session)
    munis = sorted(_live(session, Municipality), key=lambda m: (m.sort_order, m.name))
    orgs = sorted(_live(session, Organisation), key=lambda o: o.name.lower())
    people = _live(session, Person)
    themes = sorted(_live(session, Theme), key=lambda t: t.name.lower())
    per_org = Counter(p.organisation_id for p in people)
    blocks: list[Block] = []
    if region and region.description:
        blocks.append(Paragraph(region.description, "lead"))
    blocks.append(KeyValues([
        ("Regio", (region.name if region else "") or "(zonder naam)"),
        (f"Gemeenten ({len(munis)})", ", ".join(m.name for m in munis) or "–"),
        ("Partnerorganisaties", str(len(orgs))),
        ("Personen in het netwerk", str(len(people))),
        ("Thema's", str(len(themes))),
    ]))
    counts = Counter(o.domain for o in orgs)
    blocks.append(Figure(
        domain_chart(counts),
        alt="Staafdiagram van het aantal partnerorganisaties per domein: " + ", ".join(
            f"{DOMAIN_TITLES[d].lower()} {counts.get(d, 0)}" for d in DOMAIN_TITLES) + ".",
        caption="Partnerorganisaties per domein"))
    for domain, title in DOMAIN_TITLES.items():
        members = [o for o in orgs if o.domain == domain]
        if not members:
            continue
        blocks.append(Heading(f"Partners: {title.lower()}", 2))
        blocks.append(Table(
            ["Organisatie", "Afkorting", "Omschrijving", "Personen"],
            [[o.name, o.short_name, o.description, str(per_org.get(o.id, 0))]
             for o in members],
            widths=[3, 1.4, 5, 1.45]))
    if themes:
        blocks.append(Heading("Thema's", 2))
        blocks.append(Table(["Thema", "Omschrijving"],
                            [[t.name, t.description] for t in themes], widths=[1, 2.4]))
    return blocks


SECTION = SectionSpec(key="region", title="Regio en partners", scope="region", order=10,
                      build=build)
