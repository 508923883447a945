"""Report section "Stakeholder- en krachtenveldanalyse" (2.1): circle map, lists, strategy."""

from __future__ import annotations

import math

from reportlab.graphics.shapes import Circle, Drawing, Rect
from sqlalchemy.orm import Session

from zvdesk.models.region.tables import Project
from zvdesk.models.stakeholders.geometry import CENTRE_RADIUS, CIRCLE_RADII, TOKEN_RADIUS
from zvdesk.models.stakeholders.read import StakeholderMap, communication_rows, stakeholder_map
from zvdesk.models.stakeholders.tables import (
    ATTITUDE_LABELS,
    ATTITUDE_SYMBOLS,
    LEVEL_LABELS,
    RING_LABELS,
    STRATEGY_LABELS,
    Attitude,
    RelationKind,
    Ring,
)
from zvdesk.reports import graphics as gx
from zvdesk.reports.data import Block, Figure, Heading, Paragraph, Table
from zvdesk.reports.sections import SectionContext, SectionSpec

ATTITUDE_FILL = {
    Attitude.RED: gx.colors.HexColor("#d64541"),
    Attitude.BLUE: gx.colors.HexColor("#3a78c2"),
    Attitude.GREEN: gx.colors.HexColor("#2e8f4e"),
}
GOOD = gx.colors.HexColor("#2e8f4e")
BAD = gx.colors.HexColor("#c0392b")
RING_FILL = (gx.colors.HexColor("#e3ebf6"), gx.colors.HexColor("#eef3fa"),
             gx.colors.HexColor("#f7f9fc"))


def centre_lines(name: str, radius: float) -> tuple[float, list[str]]:
    """The project's name wrapped into the centre circle, vertically centred: the largest
    font size (7.5 down to 5.5 pt) at which the whole name fits in five lines."""
    lines: list[str] = []
    for size in (7.5, 7.0, 6.5, 6.0, 5.5):
        lines = gx.wrap_words(name, gx.BOLD, size, radius * 1.75, 5)
        if not lines or not lines[-1].endswith("…"):
            return size, lines
    return 5.5, lines


def circle_map(data: StakeholderMap, project_name: str) -> Drawing:
    """The three circles with the project in the centre, the tokens, arrows and a legend."""
    size = 360.0  # diameter of the outer edge (unit radius 1) in points
    legend_w = 170.0
    width, height = size + 20 + legend_w, size + 10
    d = Drawing(width, height)
    cx, cy, r = size / 2 + 5, height / 2, size / 2

    def at(x: float, y: float) -> tuple[float, float]:
        return cx + x * r, cy - y * r  # unit y grows downwards on screen

    d.add(Circle(cx, cy, r, fillColor=None, strokeColor=gx.LINE, strokeWidth=0.6,
                 strokeDashArray=[3, 3]))
    for radius, fill in zip(reversed(CIRCLE_RADII), RING_FILL, strict=True):
        d.add(Circle(cx, cy, radius * r, fillColor=fill, strokeColor=gx.MUTED,
                     strokeWidth=0.8))
    d.add(Circle(cx, cy, CENTRE_RADIUS * r, fillColor=gx.colors.white, strokeColor=gx.ACCENT,
                 strokeWidth=1.2))
    font_size, lines = centre_lines(project_name, CENTRE_RADIUS * r)
    line_height = font_size * 1.2
    top = cy + (len(lines) - 1) * line_height / 2 - font_size / 3
    for i, line in enumerate(lines):
        d.add(gx.label(cx, top - i * line_height, line, size=font_size, bold=True,
                       anchor="middle"))
    d.add(gx.label(cx, cy + CIRCLE_RADII[1] * r - 12, "1 · directe invloed", size=6.5,
                   colour=gx.MUTED, anchor="middle"))
    d.add(gx.label(cx, cy + CIRCLE_RADII[2] * r - 12, "2 · indirecte invloed", size=6.5,
                   colour=gx.MUTED, anchor="middle"))
    tr = TOKEN_RADIUS * r
    by_id = {p.id: p for p in data.players}
    for rel in data.relations:
        a, b = by_id.get(rel.source_id), by_id.get(rel.target_id)
        if a is None or b is None:
            continue
        (x1, y1), (x2, y2) = at(a.x, a.y), at(b.x, b.y)
        length = math.hypot(x2 - x1, y2 - y1) or 1
        ux, uy = (x2 - x1) / length, (y2 - y1) / length
        good = rel.kind is RelationKind.GOOD
        d.add(gx.arrow(x1 + ux * tr, y1 + uy * tr, x2 - ux * (tr + 1), y2 - uy * (tr + 1),
                       colour=GOOD if good else BAD, width=1.1,
                       dash=None if good else [3, 2]))
    for p in data.players:
        x, y = at(p.x, p.y)
        d.add(Circle(x, y, tr, fillColor=ATTITUDE_FILL[p.attitude],
                     strokeColor=gx.colors.white, strokeWidth=1))
        size_txt = 7 if len(p.initials) <= 3 else 5.5
        d.add(gx.label(x, y - 1, p.initials[:5], size=size_txt, bold=True,
                       colour=gx.colors.white, anchor="middle"))
        d.add(gx.label(x + tr * 0.75, y + tr * 0.55, ATTITUDE_SYMBOLS[p.attitude], size=7,
                       bold=True, colour=gx.INK))
    lx, ly = size + 25, height - 20
    d.add(gx.label(lx, ly, "Houding", size=8, bold=True))
    for i, attitude in enumerate(Attitude):
        y = ly - 16 - i * 15
        d.add(Circle(lx + 6, y + 3, 5.5, fillColor=ATTITUDE_FILL[attitude],
                     strokeColor=None))
        d.add(gx.label(lx + 16, y, f"{ATTITUDE_SYMBOLS[attitude]} "
                       + ATTITUDE_LABELS[attitude].split(":")[1].strip(), size=7))
    y = ly - 75
    d.add(gx.label(lx, y, "Relaties", size=8, bold=True))
    d.add(gx.arrow(lx, y - 13, lx + 24, y - 13, colour=GOOD, width=1.1))
    d.add(gx.label(lx + 30, y - 16, "goede relatie", size=7))
    d.add(gx.arrow(lx, y - 28, lx + 24, y - 28, colour=BAD, width=1.1, dash=[3, 2]))
    d.add(gx.label(lx + 30, y - 31, "slechte relatie", size=7))
    y -= 52
    d.add(gx.label(lx, y, "Dichter bij het midden:", size=7, colour=gx.MUTED))
    d.add(gx.label(lx, y - 10, "meer invloed op het project.", size=7, colour=gx.MUTED))
    d.add(Rect(lx - 6, 2, legend_w, height - 4, fillColor=None, strokeColor=None))
    return d


def _level(n: int | None) -> str:
    return f"{n} ({LEVEL_LABELS[n].lower()})" if n else "–"


def build(session: Session, ctx: SectionContext) -> list[Block]:
    """Circle map, the players per ring, and the communication strategy table."""
    pid = ctx.project_id or ""
    data = stakeholder_map(session, pid)
    if not data.players:
        return []
    project = session.get(Project, pid)
    rows = communication_rows(session, pid)
    names = {p.id: p.name for p in data.players}
    blocks: list[Block] = [
        Paragraph("Spelers dicht bij het project hebben de meeste invloed. De kleur en het "
                  "teken geven hun houding weer: ✓ tevreden of aangehaakt, ? nog geen mening, "
                  "✗ niet tevreden of niet aangehaakt."),
        Figure(circle_map(data, project.name if project else ""),
               caption="Krachtenveld: spelers in de cirkels rond het project",
               alt=f"Cirkelkaart met {len(data.players)} spelers: " + "; ".join(
                   f"{RING_LABELS[ring].lower()}: "
                   + (", ".join(f"{p.name} ({p.attitude.value})" for p in data.in_ring(ring))
                      or "niemand") for ring in Ring) + "."),
    ]
    for ring in Ring:
        players = data.in_ring(ring)
        if not players:
            continue
        blocks.append(Heading(RING_LABELS[ring], 2))
        blocks.append(Table(["Speler", "Organisatie", "Houding", "Notities"],
                            [[p.name, p.organisation or "–",
                              f"{ATTITUDE_SYMBOLS[p.attitude]} "
                              + ATTITUDE_LABELS[p.attitude].split(":")[0], p.notes]
                             for p in players], widths=[2.2, 2.2, 1.2, 4]))
    if data.relations:
        blocks.append(Heading("Relaties", 2))
        blocks.append(Table(["Van", "Naar", "Relatie", "Toelichting"],
                            [[names[r.source_id], names[r.target_id],
                              "Goed" if r.kind is RelationKind.GOOD else "Slecht", r.note]
                             for r in data.relations], widths=[2, 2, 1, 4]))
    if data.next_step:
        blocks.append(Heading("Volgende stap", 2))
        blocks.append(Paragraph(data.next_step))
    blocks.append(Heading("Communicatiestrategie", 2))
    blocks.append(Paragraph("Score = invloed × belang (elk op vijf niveaus). De strategie volgt "
                            "uit invloed en belang, van inlichten tot betrekken.", "note"))
    blocks.append(Table(
        ["Speler", "Invloed", "Belang", "Score", "Strategie", "Acties", "Middel en frequentie",
         "Eigenaar"],
        [[r.name, _level(r.influence), _level(r.interest),
          str(r.score) if r.score is not None else "–",
          (STRATEGY_LABELS[r.strategy] if r.strategy else "–")
          + (" (eigen keuze)" if r.overridden else ""), r.actions,
          " · ".join(x for x in (r.medium, r.frequency) if x) or "–", r.owner or "–"]
         for r in rows], widths=[2, 1.45, 1.45, 1.12, 1.6, 2.8, 2, 1.6]))
    return blocks


SECTION = SectionSpec(key="stakeholders", title="Stakeholder- en krachtenveldanalyse",
                      scope="project", order=60, build=build)

SECTIONS = (SECTION,)
