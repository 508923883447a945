"""The Regioplan's figures as vector drawings: the goal tree and the trend chart."""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib import colors

from zvdesk.models.regioplan.layout import TreeLayout
from zvdesk.models.regioplan.read import TrendView
from zvdesk.models.regioplan.tables import RELEVANCE, Valence
from zvdesk.reports.fonts import BOLD
from zvdesk.reports.graphics import (
    BAND,
    INK,
    LINE,
    MUTED,
    empty_drawing,
    label,
    legend,
    text_box,
)

BOX_W, BOX_H, GAP_X, GAP_Y = 120.0, 46.0, 12.0, 34.0
SPEARHEAD_FILL = colors.HexColor("#fff4d6")
SPEARHEAD_STROKE = colors.HexColor("#c58a00")
KANS = colors.HexColor("#2e7d32")
BEDREIGING = colors.HexColor("#c62828")


def goal_tree_drawing(layout: TreeLayout) -> Drawing:
    """The goal tree top-down; speerpunten are boxes with a yellow fill and a star."""
    if not layout.goals:
        return empty_drawing(300, 60, "Nog geen doelen.")
    width = layout.columns * (BOX_W + GAP_X) - GAP_X + 20
    height = layout.rows * (BOX_H + GAP_Y) - GAP_Y + 40
    d = Drawing(width, height)
    places = layout.by_id()

    def corner(column: float, row: int) -> tuple[float, float]:
        return (10 + column * (BOX_W + GAP_X), height - 10 - BOX_H - row * (BOX_H + GAP_Y))

    for parent_id, child_id in layout.edges:
        px, py = corner(places[parent_id].column, places[parent_id].row)
        cx, cy = corner(places[child_id].column, places[child_id].row)
        mid = py - GAP_Y / 2
        for x1, y1, x2, y2 in ((px + BOX_W / 2, py, px + BOX_W / 2, mid),
                               (px + BOX_W / 2, mid, cx + BOX_W / 2, mid),
                               (cx + BOX_W / 2, mid, cx + BOX_W / 2, cy + BOX_H)):
            d.add(Line(x1, y1, x2, y2, strokeColor=MUTED, strokeWidth=0.8))
    for placed in layout.goals:
        x, y = corner(placed.column, placed.row)
        node = placed.node
        text = f"{node.number} {node.title}" + (" ★" if node.spearhead else "")
        d.add(text_box(x, y, BOX_W, BOX_H, text, bold=placed.row == 0,
                       fill=SPEARHEAD_FILL if node.spearhead else (BAND if placed.row == 0
                                                                    else None),
                       stroke=SPEARHEAD_STROKE if node.spearhead else LINE))
    d.add(legend(10, 6, [(SPEARHEAD_FILL, "★ speerpunt")]))
    return d


def trend_chart(trends: list[TrendView]) -> Drawing:
    """Relevance (1–5, across) against kans or bedreiging (up or down); each dot is numbered
    as in the trend table (T1, T2 …)."""
    rated = [(i, tr) for i, tr in enumerate(trends, 1) if tr.relevance and tr.valence]
    width, height = 440.0, 230.0
    if not rated:
        return empty_drawing(width, 80, "Nog geen trends met relevantie en kans of bedreiging.")
    d = Drawing(width, height)
    left, right, bottom, top = 70.0, width - 15, 40.0, height - 15
    middle = (bottom + top) / 2
    d.add(Rect(left, middle, right - left, top - middle, fillColor=colors.HexColor("#eef7ee"),
               strokeColor=None))
    d.add(Rect(left, bottom, right - left, middle - bottom,
               fillColor=colors.HexColor("#fbeeee"), strokeColor=None))
    d.add(Line(left, middle, right, middle, strokeColor=LINE))
    d.add(Line(left, bottom, right, bottom, strokeColor=INK, strokeWidth=0.8))
    d.add(Line(left, bottom, left, top, strokeColor=INK, strokeWidth=0.8))
    d.add(label(left - 6, (middle + top) / 2 - 3, "Kans", anchor="end", bold=True,
                colour=KANS))
    d.add(label(left - 6, (bottom + middle) / 2 - 3, "Bedreiging", anchor="end", bold=True,
                colour=BEDREIGING))
    low, high = RELEVANCE
    step = (right - left) / (high - low + 1)

    def x_of(relevance: int) -> float:
        return left + step * (relevance - low + 0.5)

    for value in range(low, high + 1):
        d.add(label(x_of(value), bottom - 11, str(value), anchor="middle", size=7.5))
    d.add(label((left + right) / 2, bottom - 26, "Relevantie (1 = nauwelijks, 5 = zeer)",
                anchor="middle", size=7.5, colour=MUTED))
    stacks: dict[tuple[int, Valence], int] = {}
    for number, trend in rated:
        assert trend.relevance is not None and trend.valence is not None
        key = (trend.relevance, trend.valence)
        k = stacks.get(key, 0)
        stacks[key] = k + 1
        up = trend.valence is Valence.KANS
        band = (top - middle) if up else (middle - bottom)
        y = (middle + 16 + k * 20) if up else (middle - 16 - k * 20)
        y = min(y, middle + band - 8) if up else max(y, middle - band + 8)
        colour = KANS if up else BEDREIGING
        x = x_of(trend.relevance)
        d.add(Circle(x, y, 8, fillColor=colour, strokeColor=colors.white, strokeWidth=0.8))
        d.add(String(x, y - 2.6, f"T{number}", fontName=BOLD, fontSize=6.5,
                     fillColor=colors.white, textAnchor="middle"))
    return d
