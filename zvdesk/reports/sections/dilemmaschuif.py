"""Report section "Dilemmaschuif" (toolbox 3.1): per dilemma the slider with everyone's
marker as a vector picture, the positions table and the outcome."""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing, Line
from sqlalchemy.orm import Session

from zvdesk.models.dilemmaschuif.read import DilemmaView, dilemmas, marker_levels
from zvdesk.models.dilemmaschuif.tables import LINE_MAX, LINE_MIDDLE, LINE_MIN
from zvdesk.reports import graphics as gx
from zvdesk.reports.data import Block, Figure, Heading, Paragraph, Table
from zvdesk.reports.sections import SectionContext, SectionSpec
from zvdesk.reports.texts import short_date

LEFT = gx.colors.HexColor("#3a78c2")
RIGHT = gx.colors.HexColor("#c26a1d")
MIDDLE = gx.colors.HexColor("#6b7785")
CHOSEN = gx.colors.HexColor("#2e8f4e")
WIDTH = 470.0  # points: the text width of an A4 portrait page
MARGIN = 24.0
RADIUS = 9.0


def _colour(position: int):  # noqa: ANN202 - a reportlab colour
    if position < LINE_MIDDLE:
        return LEFT
    return RIGHT if position > LINE_MIDDLE else MIDDLE


def spread_drawing(view: DilemmaView) -> Drawing:
    """The slider: the line 0–100, one marker with initials per participant, the choice."""
    levels = marker_levels(view.markers)
    rows = max(levels, default=0) + 1
    line_y = 58.0
    height = line_y + 14 + rows * (2 * RADIUS + 6) + 14
    d = Drawing(WIDTH, height)
    span = WIDTH - 2 * MARGIN

    def x_of(position: float) -> float:
        return MARGIN + (position - LINE_MIN) / (LINE_MAX - LINE_MIN) * span

    d.add(Line(x_of(LINE_MIN), line_y, x_of(LINE_MAX), line_y, strokeColor=gx.LINE,
               strokeWidth=4))
    for tick in (0, 25, 50, 75, 100):
        d.add(Line(x_of(tick), line_y - 5, x_of(tick), line_y + 5, strokeColor=gx.MUTED,
                   strokeWidth=0.8))
        d.add(gx.label(x_of(tick), line_y - 15, str(tick), size=7, colour=gx.MUTED,
                       anchor="middle"))
    for i, text in enumerate(gx.wrap_words(view.left_value or "–", gx.REGULAR, 7.5,
                                           span * 0.45, 2)):
        d.add(gx.label(x_of(LINE_MIN), line_y - 28 - i * 9, ("◀ " if i == 0 else "") + text,
                       size=7.5, colour=LEFT))
    for i, text in enumerate(gx.wrap_words(view.right_value or "–", gx.REGULAR, 7.5,
                                           span * 0.45, 2)):
        d.add(gx.label(x_of(LINE_MAX), line_y - 28 - i * 9, text + (" ▶" if i == 0 else ""),
                       size=7.5, colour=RIGHT, anchor="end"))
    if view.chosen_position is not None:
        x = x_of(view.chosen_position)
        line = Line(x, line_y - 8, x, height - 12, strokeColor=CHOSEN, strokeWidth=1.4)
        line.strokeDashArray = [4, 3]
        d.add(line)
        d.add(gx.label(x, height - 9, f"Keuze ({view.chosen_position})", size=7, bold=True,
                       colour=CHOSEN, anchor="middle"))
    for marker, level in zip(view.markers, levels, strict=True):
        x = x_of(marker.position)
        y = line_y + 14 + RADIUS + level * (2 * RADIUS + 6)
        d.add(Line(x, line_y, x, y - RADIUS, strokeColor=gx.LINE, strokeWidth=0.6))
        d.add(Circle(x, y, RADIUS, fillColor=_colour(marker.position),
                     strokeColor=gx.colors.white, strokeWidth=1))
        size = 6.5 if len(marker.initials) <= 3 else 5.2
        d.add(gx.label(x, y - 2.3, marker.initials[:4], size=size, bold=True,
                       colour=gx.colors.white, anchor="middle"))
    return d


def _alt(view: DilemmaView) -> str:
    where = "; ".join(f"{m.name} op {m.position}" for m in
                      sorted(view.markers, key=lambda m: m.position)) or "nog niemand"
    chosen = f" De keuze ligt op {view.chosen_position}." \
        if view.chosen_position is not None else ""
    return (f"Dilemmaschuif van 0 ({view.left_value}) tot 100 ({view.right_value}): "
            f"{where}.{chosen}")


def build(session: Session, ctx: SectionContext) -> list[Block]:
    """Per dilemma: the two values, the picture of the spread, the positions, the outcome."""
    found = dilemmas(session, ctx.project_id or "")
    if not found:
        return []
    blocks: list[Block] = [Paragraph(
        "Een dilemma is een keuze tussen twee waarden die allebei waardevol zijn, maar elkaar "
        "(deels) uitsluiten. Iedere deelnemer zette de schuif op de lijn, van 0 (helemaal de "
        "linker waarde) tot 100 (helemaal de rechter waarde), en lichtte dat toe.")]
    for view in found:
        blocks.append(Heading(view.title, 2))
        facts = [view.mode_label]
        if view.session_date:
            facts.append(short_date(view.session_date))
        blocks.append(Paragraph(" · ".join(facts), "note"))
        blocks.append(Table(["Links (0)", "Rechts (100)"], [[view.left_value or "–",
                                                              view.right_value or "–"]],
                            widths=[1, 1]))
        blocks.append(Figure(spread_drawing(view), caption=f"Spreiding: {view.title}",
                             alt=_alt(view)))
        blocks.append(Table(
            ["Deelnemer", "Positie", "Toelichting", "Volgorde van waarden"],
            [[m.name, f"{m.position} ({m.side})", m.explanation, m.value_order or "–"]
             for m in sorted(view.markers, key=lambda m: m.position)],
            widths=[2, 1, 4, 2], empty_text="Er zijn nog geen posities ingevuld."))
        if view.other_values:
            blocks.append(Paragraph(f"Andere waarden die meespelen: {view.other_values}"))
        outcome = view.outcome_label or "Nog geen uitkomst"
        blocks.append(Heading("Uitkomst", 3))
        blocks.append(Paragraph(f"{outcome}. {view.outcome}".strip() if view.outcome
                                else f"{outcome}."))
    return blocks


SECTION = SectionSpec(key="dilemmaschuif", title="Dilemmaschuif", scope="project", order=70,
                      build=build)

SECTIONS = (SECTION,)
