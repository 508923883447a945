"""Report section "Werkproces in beeld" (1.2): the swimlanes with numbered markers, current
and desired, the table of markers and what the desired process changes."""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing, Line, Path, Rect
from sqlalchemy.orm import Session

from zvdesk.models.werkproces.layout import (
    HEADER_WIDTH,
    LANE_HEIGHT,
    STEP_HEIGHT,
    TRIGGER_HEIGHT,
    diagram_size,
    midpoint,
    step_box,
)
from zvdesk.models.werkproces.read import ProcessMap, change_lines, compare, process_pairs
from zvdesk.models.werkproces.tables import (
    MARKER_COLOURS,
    MARKER_LABELS,
    MARKER_SYMBOLS,
    STATE_LABELS,
    MarkerKind,
)
from zvdesk.reports import graphics as gx
from zvdesk.reports.data import Block, Figure, Heading, Paragraph, Table
from zvdesk.reports.sections import SectionContext, SectionSpec

#: Points per scene unit of the diagram (the report draws it at this scale, then fits it).
UNIT = 0.6
LANE_FILLS = (gx.colors.HexColor("#f4f7fb"), gx.colors.HexColor("#ffffff"))
NEW = gx.colors.HexColor("#23894a")
MOVED = gx.colors.HexColor("#d48806")
REMOVED = gx.colors.HexColor("#9aa5b1")
MARKER_FILL = {kind: gx.colors.HexColor(colour) for kind, colour in MARKER_COLOURS.items()}


def swimlane_drawing(data: ProcessMap, *, added: set[str] = frozenset(),
                     moved: set[str] = frozenset(), removed: set[str] = frozenset()) -> Drawing:
    """The swimlane diagram of one process as vectors, with the markers' numbers.

    ``added`` / ``moved`` steps get a coloured border (desired process), ``removed`` steps a
    dashed grey one (current process).
    """
    width, height = diagram_size(len(data.lanes), [s.x for s in data.steps])
    d = Drawing(width * UNIT, height * UNIT)

    def y(v: float) -> float:  # scene y (down) to drawing y (up)
        return (height - v) * UNIT

    d.add(gx.text_box(2, y(TRIGGER_HEIGHT - 6), width * UNIT - 4, (TRIGGER_HEIGHT - 12) * UNIT,
                      "Aanleiding: " + (data.trigger or "(niet ingevuld)"), size=7,
                      fill=gx.BAND, stroke=gx.LINE))
    for lane in data.lanes:
        top = TRIGGER_HEIGHT + lane.index * LANE_HEIGHT
        d.add(Rect(0, y(top + LANE_HEIGHT), width * UNIT, LANE_HEIGHT * UNIT,
                   fillColor=LANE_FILLS[lane.index % 2], strokeColor=gx.LINE, strokeWidth=0.6))
        colour = gx.DOMAIN_COLOURS.get(lane.domain.value if lane.domain else "", gx.MUTED)
        d.add(Rect(0, y(top + LANE_HEIGHT), 4, LANE_HEIGHT * UNIT, fillColor=colour,
                   strokeColor=None))
        d.add(gx.text_box(8, y(top + LANE_HEIGHT - 8), (HEADER_WIDTH - 16) * UNIT,
                          (LANE_HEIGHT - 16) * UNIT, lane.label, size=7.5, bold=True,
                          fill=gx.colors.white, stroke=None))
    d.add(Line(HEADER_WIDTH * UNIT, y(TRIGGER_HEIGHT), HEADER_WIDTH * UNIT, y(height),
               strokeColor=gx.LINE, strokeWidth=0.6))
    index = data.lane_index()
    for flow in data.flows:
        points = data.flow_points(flow)
        if len(points) < 2:
            continue
        path = Path(strokeColor=gx.INK, strokeWidth=0.8, fillColor=None)
        path.moveTo(points[0][0] * UNIT, y(points[0][1]))
        for px, py in points[1:-1]:
            path.lineTo(px * UNIT, y(py))
        (ax, ay), (bx, by) = points[-2], points[-1]
        d.add(path)
        d.add(gx.arrow(ax * UNIT, y(ay), bx * UNIT, y(by), colour=gx.INK, width=0.8, head=4))
        for i, marker in enumerate(data.markers_on(flow_id=flow.id)):
            mx, my = midpoint(points)
            _marker(d, mx * UNIT + i * 11, y(my), marker.number, marker.kind)
    for step in data.steps:
        box = step_box(index.get(step.lane_id, 0), step.x)
        stroke, dash = gx.MUTED, None
        if step.id in added:
            stroke = NEW
        elif step.id in moved:
            stroke = MOVED
        elif step.id in removed:
            stroke, dash = REMOVED, [3, 2]
        d.add(gx.text_box(box.x * UNIT, y(box.bottom), box.w * UNIT, STEP_HEIGHT * UNIT,
                          step.name, size=6.5, stroke=stroke, dash=dash,
                          colour=REMOVED if step.id in removed else gx.INK))
        for i, marker in enumerate(data.markers_on(step_id=step.id)):
            _marker(d, (box.right - 4 - i * 11) * UNIT, y(box.y), marker.number, marker.kind)
    return d


def _marker(d: Drawing, x: float, y: float, number: int, kind: MarkerKind) -> None:
    d.add(Circle(x, y, 6, fillColor=MARKER_FILL[kind], strokeColor=gx.colors.white,
                 strokeWidth=0.8))
    d.add(gx.label(x, y - 2.3, str(number), size=6.5, bold=True, colour=gx.colors.white,
                   anchor="middle"))


def _legend(data: ProcessMap) -> str:
    kinds = sorted({m.kind for m in data.markers}, key=lambda k: list(MarkerKind).index(k))
    return "; ".join(f"{MARKER_SYMBOLS[k]} {MARKER_LABELS[k].lower()}" for k in kinds)


def _process_blocks(data: ProcessMap, changes_of: dict[str, set[str]] | None,
                    title: str) -> list[Block]:
    drawing = swimlane_drawing(data, **(changes_of or {}))
    lanes = ", ".join(lane.label for lane in data.lanes) or "geen banen"
    legend = _legend(data)
    blocks: list[Block] = [
        Heading(title, 3),
        Figure(drawing, caption=f"{title}: {data.name}"
               + (f". Markeringen: {legend}." if legend else ""),
               alt=f"Zwembaandiagram van ‘{data.name}’ met {len(data.lanes)} banen ({lanes}), "
                   f"{len(data.steps)} stappen, {len(data.flows)} pijlen en "
                   f"{len(data.markers)} genummerde markeringen.",
               landscape=drawing.width > 480),
        Paragraph(f"Aanleiding: {data.trigger}" if data.trigger else
                  "De aanleiding van het proces is niet ingevuld."),
    ]
    if data.markers:
        blocks.append(Table(["Nr.", "Soort", "Bij", "Toelichting"],
                            [[str(m.number), f"{MARKER_SYMBOLS[m.kind]} {m.kind_label}",
                              m.anchor, m.text] for m in data.markers],
                            widths=[0.5, 2.2, 2.6, 4.5], caption="Markeringen"))
    else:
        blocks.append(Paragraph("Nog geen markeringen op dit proces.", "note"))
    steps = [[lane.label, s.name, s.description] for lane in data.lanes
             for s in data.steps_in(lane.id)]
    if steps:
        blocks.append(Table(["Organisatie", "Stap", "Handelingen"], steps,
                            widths=[2, 3, 4.5], caption="Stappen per organisatie"))
    return blocks


def build(session: Session, ctx: SectionContext) -> list[Block]:
    """Per process: the current and desired swimlanes, their markers and the changes."""
    pairs = process_pairs(session, ctx.project_id or "")
    if not pairs:
        return []
    blocks: list[Block] = [Paragraph(
        "De startfoto laat zien hoe een casus nu tussen de partners loopt en hoe die zou moeten "
        "lopen. Genummerde markeringen wijzen op wat goed loopt, knelpunten, verbeterpunten en "
        "verbindingspunten.")]
    for pair in pairs:
        blocks.append(Heading(pair.current.name or "Werkproces", 2))
        removed: dict[str, set[str]] = {}
        marks: dict[str, set[str]] = {}
        if pair.desired is not None:
            changes = compare(pair.current, pair.desired)
            removed = {"removed": changes.removed}
            marks = {"added": changes.added, "moved": changes.moved}
        blocks.extend(_process_blocks(pair.current, removed,
                                      STATE_LABELS[pair.current.state]))
        if removed.get("removed"):
            blocks.append(Paragraph("Een grijze, gestippelde stap vervalt in het gewenste "
                                    "proces.", "note"))
        if pair.desired is not None:
            blocks.extend(_process_blocks(pair.desired, marks, STATE_LABELS[pair.desired.state]))
            blocks.append(Paragraph("Groene rand: nieuwe stap. Oranje rand: de stap ligt nu "
                                    "bij een andere organisatie.", "note"))
            rows = change_lines(pair.current, pair.desired)
            blocks.append(Heading("Wat verandert er?", 3))
            blocks.append(Table(["Wijziging", "Stap", "Organisatie"],
                                [list(r) for r in rows], widths=[1.6, 4, 3],
                                empty_text="Het gewenste proces is nog gelijk aan het huidige."))
    return blocks


SECTION = SectionSpec(key="werkproces", title="Werkproces in beeld (startfoto)",
                      scope="project", order=35, build=build)

SECTIONS = (SECTION,)
