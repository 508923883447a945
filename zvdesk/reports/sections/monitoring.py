"""Report section "Monitoring": per indicator its chart (vector) and figures, with the
toolbox's caveats printed."""

from __future__ import annotations

from datetime import date

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from sqlalchemy.orm import Session

from zvdesk.models.monitoring.read import CAVEATS, IndicatorInfo, monitoring_for_project
from zvdesk.reports.data import Block, Bullets, Figure, Heading, Paragraph, Table
from zvdesk.reports.fonts import REGULAR
from zvdesk.reports.graphics import INK, LINE, MUTED, label
from zvdesk.reports.sections import SectionContext, SectionSpec
from zvdesk.reports.texts import short_date

#: The app's chart colours per series (Okabe-Ito), with a marker shape each.
SERIES = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000",
          "#999999")
BASELINE = colors.HexColor("#6b7785")
TARGET = colors.HexColor("#2e8540")
WIDTH, HEIGHT = 460.0, 210.0
LEFT, RIGHT, TOP, BOTTOM = 48.0, 120.0, 14.0, 30.0


def number(value: float | None) -> str:
    """A figure the Dutch way (decimal comma, no trailing zeros); "–" for none."""
    if value is None:
        return "–"
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.2f}".rstrip("0").rstrip(".").replace(".", ",")


def _marker(x: float, y: float, i: int, colour: colors.Color) -> list:
    shape = i % 3
    if shape == 0:
        return [Circle(x, y, 2.2, fillColor=colour, strokeColor=colour)]
    if shape == 1:
        return [Rect(x - 2, y - 2, 4, 4, fillColor=colour, strokeColor=colour)]
    return [Polygon([x - 2.4, y - 2, x + 2.4, y - 2, x, y + 2.6], fillColor=colour,
                    strokeColor=colour)]


def chart(info: IndicatorInfo) -> Drawing:
    """The measurements of an indicator against baseline and target, as a vector drawing."""
    d = Drawing(WIDTH, HEIGHT)
    x0, x1 = LEFT, WIDTH - RIGHT
    y0, y1 = BOTTOM, HEIGHT - TOP
    points = [p for pts in info.series.values() for p in pts]
    values = [p.value for p in points] + [v for v in (info.baseline, info.target)
                                         if v is not None]
    d.add(Rect(x0, y0, x1 - x0, y1 - y0, fillColor=None, strokeColor=LINE, strokeWidth=0.6))
    if not points:
        d.add(label((x0 + x1) / 2, (y0 + y1) / 2, "Nog geen metingen", size=9))
        return d
    low, high = min(values), max(values)
    if high == low:
        high = low + 1
    pad = (high - low) * 0.1
    low, high = low - pad, high + pad
    first = min(p.measured_on for p in points).toordinal()
    last = max(p.measured_on for p in points).toordinal()
    span = max(1, last - first)

    def px(day: date) -> float:
        return x0 + 8 + (day.toordinal() - first) / span * (x1 - x0 - 16)

    def py(value: float) -> float:
        return y0 + (value - low) / (high - low) * (y1 - y0)

    for k in range(5):  # y grid and labels
        v = low + (high - low) * k / 4
        y = py(v)
        d.add(Line(x0, y, x1, y, strokeColor=LINE, strokeWidth=0.3))
        d.add(String(x0 - 4, y - 3, number(round(v, 1)), fontName=REGULAR, fontSize=7,
                     fillColor=MUTED, textAnchor="end"))
    days = sorted({p.measured_on for p in points})
    step = max(1, len(days) // 6)
    for day in days[::step]:
        d.add(String(px(day), y0 - 12, short_date(day), fontName=REGULAR, fontSize=6.5,
                     fillColor=MUTED, textAnchor="middle"))
    items = []
    for value, colour, name in ((info.baseline, BASELINE, "Nulmeting"),
                                (info.target, TARGET, "Streefwaarde")):
        if value is None:
            continue
        y = py(value)
        d.add(Line(x0, y, x1, y, strokeColor=colour, strokeWidth=1, strokeDashArray=[4, 3]))
        items.append((colour, f"{name} {number(value)}"))
    for i, (name, pts) in enumerate(info.series.items()):
        colour = colors.HexColor(SERIES[i % len(SERIES)])
        coords = [c for p in pts for c in (px(p.measured_on), py(p.value))]
        if len(pts) > 1:
            d.add(PolyLine(coords, strokeColor=colour, strokeWidth=1.4))
        for p in pts:
            for shape in _marker(px(p.measured_on), py(p.value), i, colour):
                d.add(shape)
        items.insert(i, (colour, name))
    for k, (colour, text) in enumerate(items):  # a vertical legend right of the plot
        y = y1 - 8 - k * 13
        d.add(Rect(x1 + 10, y, 8, 8, fillColor=colour, strokeColor=None))
        d.add(String(x1 + 22, y + 1, text[:24], fontName=REGULAR, fontSize=7, fillColor=INK))
    if info.unit:
        d.add(String(x0, y1 + 3, info.unit, fontName=REGULAR, fontSize=7, fillColor=INK))
    return d


def _alt(info: IndicatorInfo) -> str:
    parts = []
    for name, pts in info.series.items():
        parts.append(f"{name}: " + ", ".join(f"{short_date(p.measured_on)} {number(p.value)}"
                                             for p in pts))
    return (f"Lijngrafiek van {info.name}: nulmeting {number(info.baseline)}, streefwaarde "
            f"{number(info.target)}. " + "; ".join(parts) + ".")


#: Up to this many measurement dates the report prints every figure; beyond it a summary
#: per series (the chart and its alternative text still hold every point).
FULL_TABLE_DATES = 16


def _figures(info: IndicatorInfo) -> Table:
    """The chart's data as a table: every figure, or a summary per series when long."""
    names = list(info.series)
    days = sorted({p.measured_on for pts in info.series.values() for p in pts})
    if len(days) <= FULL_TABLE_DATES:
        cells = {(n, p.measured_on): p.value for n, pts in info.series.items() for p in pts}
        return Table(["Datum", *names], [[short_date(day)] + [number(cells.get((n, day)))
                                                               for n in names] for day in days])
    rows = []
    for name, pts in info.series.items():
        values = [p.value for p in pts]
        rows.append([name, str(len(pts)), f"{short_date(pts[0].measured_on)}: "
                     f"{number(pts[0].value)}", f"{short_date(pts[-1].measured_on)}: "
                     f"{number(pts[-1].value)}", number(min(values)), number(max(values))])
    return Table(["Reeks", "Metingen", "Eerste", "Laatste", "Laagste", "Hoogste"], rows,
                 widths=[2, 1, 2, 2, 1, 1])


def build(session: Session, ctx: SectionContext) -> list[Block]:
    """The indicators table, then per indicator its chart, figures and agreements."""
    data = monitoring_for_project(session, ctx.project_id or "")
    if data.is_empty:
        return []
    blocks: list[Block] = [
        Table(["Blok", "Indicator", "Methode", "Eenheid", "Nulmeting", "Streefwaarde",
               "Besproken in", "Wanneer"],
              [[i.block_label, i.name, i.method or "–", i.unit, number(i.baseline),
                number(i.target), i.meeting or "–", i.discussed_when or "–"]
               for i in data.indicators], widths=[1.1, 2.2, 1.2, 1.4, 1, 1, 1.6, 1.6]),
        Paragraph("Kanttekeningen bij de cijfers", "lead"),
        Bullets(list(CAVEATS)),
    ]
    for info in data.indicators:
        blocks.append(Heading(info.name, 2))
        pairs = [f"Blok: {info.block_label}"]
        if info.chain_element:
            pairs.append(f"Meet: {info.chain_element}")
        if info.discussed_by:
            pairs.append(f"Besproken door: {info.discussed_by}")
        if info.baseline_date:
            pairs.append(f"Nulmeting op {short_date(info.baseline_date)}")
        if info.target_date:
            pairs.append(f"Streefdatum {short_date(info.target_date)}")
        blocks.append(Paragraph(" · ".join(pairs), "note"))
        if info.series:
            caption = f"{info.name}: metingen tegen nulmeting en streefwaarde"
            if info.fictitious:
                caption += " (cijfers fictief)"
            blocks.append(Figure(chart(info), alt=_alt(info), caption=caption))
            blocks.append(_figures(info))
        else:
            blocks.append(Paragraph("Nog geen metingen.", "note"))
        if info.steering:
            blocks.append(Paragraph(f"Sturingsacties: {info.steering}"))
    return blocks


SECTION = SectionSpec(key="monitoring", title="Monitoring", scope="project", order=90,
                      build=build)

SECTIONS = (SECTION,)
