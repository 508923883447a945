"""Report section "Timing bij samenwerken en agenderen" (toolbox 2.2): the timeline with one
lane per partner, the clashes with their solutions, the checklist and the beleidsraam."""

from __future__ import annotations

from datetime import date

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from sqlalchemy.orm import Session

from zvdesk.models.timing.read import TimingData, timing_for_project
from zvdesk.models.timing.tables import STREAM_LABELS, Stream
from zvdesk.reports.data import Block, Figure, Heading, Paragraph, Table
from zvdesk.reports.fonts import REGULAR
from zvdesk.reports.graphics import BAND, INK, LINE, MUTED, wrap_words
from zvdesk.reports.sections import SectionContext, SectionSpec
from zvdesk.reports.texts import short_date

CLASH = colors.HexColor("#b3261e")
CYCLE = colors.HexColor("#9db7d8")
MOMENT = colors.HexColor("#1d4f91")
STREAMS = {Stream.PROBLEMEN: colors.HexColor("#c05a00"),
           Stream.POLITIEK: colors.HexColor("#6a3d9a"),
           Stream.OPLOSSINGEN: colors.HexColor("#2e8540")}
WIDTH, LEFT, LANE = 760.0, 110.0, 30.0


def _x(data: TimingData, day: date) -> float:
    span = max(1, (data.last - data.first).days)
    return LEFT + (day - data.first).days / span * (WIDTH - LEFT - 10)


def timeline(data: TimingData) -> Drawing:
    """The project's moments above one lane per partner with its cycles (vector)."""
    lanes = ["Project", *data.partners]
    height = 24 + LANE * len(lanes) + 10
    d = Drawing(WIDTH, height)
    top = height - 20
    for year in range(data.first.year, data.last.year + 1):
        for month in (1, 4, 7, 10):
            day = date(year, month, 1)
            if not data.first <= day <= data.last:
                continue
            x = _x(data, day)
            d.add(Line(x, 4, x, top, strokeColor=LINE, strokeWidth=0.8 if month == 1 else 0.3))
            d.add(String(x + 2, top + 4, str(year) if month == 1 else f"kw{(month + 2) // 3}",
                         fontName=REGULAR, fontSize=7, fillColor=MUTED))
    for i, name in enumerate(lanes):
        y = top - (i + 1) * LANE
        if i % 2 == 0:
            d.add(Rect(0, y, WIDTH, LANE, fillColor=BAND, strokeColor=None))
        d.add(String(4, y + LANE / 2 - 3, name[:20], fontName=REGULAR, fontSize=8,
                     fillColor=INK))
    for cycle in data.cycles:
        y = top - (2 + data.partners.index(cycle.partner)) * LANE
        for start, end in cycle.periods:
            x0, x1 = _x(data, start), _x(data, end)
            if cycle.margin_days:
                m = cycle.margin_days / max(1, (data.last - data.first).days) * (WIDTH - LEFT)
                r = Rect(x0 - m, y + 5, x1 - x0 + 2 * m, LANE - 14, fillColor=None,
                         strokeColor=CYCLE, strokeWidth=0.8)
                r.strokeDashArray = [3, 2]
                d.add(r)
            d.add(Rect(x0, y + 5, max(2.0, x1 - x0), LANE - 14, fillColor=CYCLE,
                       strokeColor=None))
            d.add(String(x0 + 1, y + 1, cycle.title[:26], fontName=REGULAR, fontSize=5.5,
                         fillColor=INK))
    clash_ids = {c.moment_id for c in data.clashes}
    y = top - LANE / 2
    for k, moment in enumerate(m for m in data.moments if m.on_date):
        x = _x(data, moment.on_date)
        clash = moment.id in clash_ids
        d.add(Polygon([x, y + 6, x + 6, y, x, y - 6, x - 6, y], fillColor=MOMENT,
                      strokeColor=CLASH if clash else colors.white,
                      strokeWidth=2 if clash else 0.5))
        d.add(String(x + 8, y + (4 if k % 2 == 0 else -9), str(k + 1), fontName=REGULAR,
                     fontSize=7, fillColor=CLASH if clash else INK))
    return d


def streams(data: TimingData) -> Drawing:
    """The beleidsraam: three lanes that converge on the moment they meet (vector)."""
    d = Drawing(WIDTH, 150)
    window = next((e for e in data.streams if e.stream is Stream.RAAM and e.on_date), None)
    meet_x = _x(data, window.on_date) if window else WIDTH - 20
    for i, stream in enumerate((Stream.PROBLEMEN, Stream.POLITIEK, Stream.OPLOSSINGEN)):
        y = 120 - i * 40
        colour = STREAMS[stream]
        d.add(Line(LEFT, y, meet_x - 40, y, strokeColor=colour, strokeWidth=3))
        d.add(Line(meet_x - 40, y, meet_x, 80, strokeColor=colour, strokeWidth=3))
        for line_no, text in enumerate(wrap_words(STREAM_LABELS[stream], REGULAR, 7.5, LEFT - 8,
                                                  2)):
            d.add(String(4, y + 2 - line_no * 9, text, fontName=REGULAR, fontSize=7.5,
                         fillColor=INK))
        for entry in data.streams:
            if entry.stream is stream and entry.on_date:
                x = min(_x(data, entry.on_date), meet_x - 42)
                d.add(Circle(x, y, 4, fillColor=colour, strokeColor=colors.white))
    if window:
        d.add(Circle(meet_x, 80, 9, fillColor=None, strokeColor=CLASH, strokeWidth=2))
        d.add(String(meet_x - 4, 60, f"Beleidsraam {short_date(window.on_date)}",
                     fontName=REGULAR, fontSize=7.5, fillColor=CLASH, textAnchor="end"))
    return d


def build(session: Session, ctx: SectionContext) -> list[Block]:
    """Timeline, moments, clashes with solutions, checklist, verdicts and the beleidsraam."""
    data = timing_for_project(session, ctx.project_id or "")
    if data.is_empty:
        return []
    dated = [m for m in data.moments if m.on_date]
    clash_ids = {c.moment_id for c in data.clashes}
    blocks: list[Block] = []
    if dated or data.cycles:
        blocks.append(Figure(
            timeline(data), landscape=True,
            caption="Tijdlijn: de momenten van het project (genummerd; rood omrand bij een "
                    "botsing) en de cycli van de partners",
            alt="Tijdlijn met " + "; ".join(
                f"moment {k + 1}: {m.title} op {short_date(m.on_date)}"
                + (" (botsing)" if m.id in clash_ids else "") for k, m in enumerate(dated))
                + ". Cycli: " + "; ".join(f"{c.partner}: {c.title} ({c.recurrence})"
                                         for c in data.cycles) + "."))
    blocks.append(Heading("Momenten", 2))
    blocks.append(Table(["Nr.", "Datum", "Moment", "Soort"],
                        [[str(k + 1), short_date(m.on_date), m.title, m.kind_label]
                         for k, m in enumerate(dated)]
                        + [["–", "–", m.title, m.kind_label] for m in data.moments
                           if not m.on_date], widths=[0.5, 1.2, 4, 1.5]))
    if data.cycles:
        blocks.append(Heading("Cycli van de partners", 2))
        blocks.append(Table(["Partner", "Cyclus", "Soort", "Komt terug", "Marge"],
                            [[c.partner, c.title, c.kind_label, c.recurrence,
                              f"{c.margin_days} dagen" if c.margin_days else "–"]
                             for c in data.cycles], widths=[1.5, 3, 1.6, 1.2, 1]))
    blocks.append(Heading("Botsingen en gekozen oplossingen", 2))
    blocks.append(Table(["Datum", "Moment", "Valt in", "Gekozen oplossing"],
                        [[short_date(c.on_date), c.moment, f"{c.cycle} ({c.partner}, "
                          f"{short_date(c.start)} – {short_date(c.end)})",
                          c.solution or "Nog geen oplossing gekozen."] for c in data.clashes],
                        widths=[1, 2.5, 2.5, 3.5], empty_text="Geen botsingen gevonden."))
    blocks.append(Heading("De vijf stappen van de planning", 2))
    blocks.append(Table(["Stap", "Gedaan"], [[text, "ja" if done else "nog niet"]
                                             for text, done in data.checklist], widths=[5, 1]))
    if data.verdicts:
        blocks.append(Heading("Oordeel van de projectgroep", 2))
        blocks.append(Table(["Lid", "Is de planning realistisch?", "Knelpunten"],
                            [list(v) for v in data.verdicts], widths=[1.5, 1.5, 4]))
    if data.streams:
        blocks.append(Heading("Beleidsraam", 2))
        blocks.append(Paragraph("Als de drie stromen samenkomen, ontstaat een beleidsraam: "
                                "de kans om in een politieke setting een oplossing te koppelen "
                                "aan een ervaren probleem."))
        blocks.append(Figure(streams(data), caption="Beleidsraam: drie stromen die samenkomen",
                             alt="Beleidsraam. " + "; ".join(
                                 f"{e.stream_label}: {e.text}" for e in data.streams) + "."))
        blocks.append(Table(["Datum", "Stroom", "Wat gebeurt er?"],
                            [[short_date(e.on_date), e.stream_label, e.text]
                             for e in data.streams], widths=[1, 2, 4]))
    return blocks


SECTION = SectionSpec(key="timing", title="Timing bij samenwerken en agenderen",
                      scope="project", order=65, build=build)

SECTIONS = (SECTION,)
