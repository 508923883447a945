"""Report section "Overlegstructuren" (toolbox 2.3): the map, the figures, a card per meeting.

The bestuurlijke netwerkkaart is drawn from the places on the app's map; the figures are bar
charts (before / after the decisions) with the same numbers as tables; then one NAAM / WIE /
DOEL / FREQUENTIE card per meeting, the golden questions and decisions, and the call rounds.
"""

from __future__ import annotations

import math

from reportlab.graphics.shapes import Drawing, Group, Line, Polygon, Rect, String
from reportlab.lib import colors
from sqlalchemy.orm import Session

from zvdesk.models.overleg.ops import review
from zvdesk.models.overleg.read import Inventory, Moments, inventory, rota
from zvdesk.models.overleg.tables import GOLDEN_QUESTIONS
from zvdesk.reports.data import Block, Figure, Heading, KeyValues, Paragraph, Table
from zvdesk.reports.fonts import BOLD, REGULAR
from zvdesk.reports.graphics import INK, LINE, MUTED, wrap_words
from zvdesk.reports.sections import SectionContext, SectionSpec
from zvdesk.reports.texts import short_date

BOX_W, BOX_H = 180.0, 70.0
LEVEL_FILLS = {"Bestuurlijk": "#dbe6f4", "Tactisch": "#e3f1e1", "Operationeel": "#fbe9d7"}
BEFORE = colors.HexColor("#1d4f91")
AFTER = colors.HexColor("#e8730c")
MAX_BARS = 15


def _edge(cx: float, cy: float, tx: float, ty: float) -> tuple[float, float]:
    dx, dy = tx - cx, ty - cy
    if dx == 0 and dy == 0:
        return cx, cy
    scale = min((BOX_W / 2) / abs(dx) if dx else math.inf,
                (BOX_H / 2) / abs(dy) if dy else math.inf)
    return cx + dx * scale, cy + dy * scale


def map_drawing(data: Inventory) -> Drawing:
    """The network map: meetings as boxes at their places on the app's map, links as arrows."""
    xs = [m.x for m in data.meetings] or [0.0]
    ys = [m.y for m in data.meetings] or [0.0]
    left, top = min(xs) - 10, min(ys) - 10
    width = max(xs) - left + BOX_W + 10
    height = max(ys) - top + BOX_H + 40
    d = Drawing(width, height)
    g = Group()

    def centre(m) -> tuple[float, float]:  # noqa: ANN001 - a MeetingCard
        # the app's y runs down, the drawing's up
        return m.x - left + BOX_W / 2, height - (m.y - top) - BOX_H / 2

    cards = data.by_id()
    for link in data.links:
        a, b = cards[link.source_id], cards[link.target_id]
        (ax, ay), (bx, by) = centre(a), centre(b)
        x1, y1 = _edge(ax, ay, bx, by)
        x2, y2 = _edge(bx, by, ax, ay)
        dash = [4, 3] if link.kind == "rapporteert aan" else None
        g.add(Line(x1, y1, x2, y2, strokeColor=MUTED, strokeWidth=1, strokeDashArray=dash))
        angle = math.atan2(y2 - y1, x2 - x1)
        g.add(Polygon([x2, y2, x2 - 8 * math.cos(angle - 0.4), y2 - 8 * math.sin(angle - 0.4),
                       x2 - 8 * math.cos(angle + 0.4), y2 - 8 * math.sin(angle + 0.4)],
                      fillColor=MUTED, strokeColor=MUTED, strokeWidth=0.5))
    for m in data.meetings:
        cx, cy = centre(m)
        x, y = cx - BOX_W / 2, cy - BOX_H / 2
        g.add(Rect(x, y, BOX_W, BOX_H, rx=3, ry=3,
                   fillColor=colors.HexColor(LEVEL_FILLS.get(m.level, "#eef1f5")),
                   strokeColor=INK, strokeWidth=0.8,
                   strokeDashArray=[4, 3] if m.decision == "Schrappen" else None))
        lines = wrap_words(m.name, BOLD, 10, BOX_W - 8, max_lines=4)
        for i, line in enumerate(lines):
            g.add(String(x + 4, y + BOX_H - 13 - i * 11.5, line, fontName=BOLD, fontSize=10,
                         fillColor=INK))
        info = f"{m.level or 'niveau onbekend'} · {m.frequency}× per jaar"
        if m.decision:
            info += f" · {m.decision.lower()}"
        g.add(String(x + 4, y + 5, info, fontName=REGULAR, fontSize=8, fillColor=MUTED))
    g.add(String(0, 6, "Doorgetrokken pijl: voedt · gestreepte pijl: rapporteert aan · "
                       "gestreepte rand: wordt geschrapt", fontName=REGULAR, fontSize=10,
                 fillColor=MUTED))
    d.add(g)
    return d


def bars_drawing(rows: list[Moments], width: float = 460.0) -> Drawing:
    """Horizontal bars, before (blue) and after (orange) the decisions."""
    rows = rows[:MAX_BARS]
    label_w, row_h = 150.0, 22.0
    height = 30 + row_h * len(rows)
    d = Drawing(width, height)
    top = max([1] + [max(r.before, r.after) for r in rows])
    scale = (width - label_w - 40) / top
    for i, r in enumerate(rows):
        y = height - 24 - i * row_h
        d.add(String(label_w - 4, y + 3, wrap_words(r.label, REGULAR, 7.5, label_w - 8, 1)[0],
                     fontName=REGULAR, fontSize=7.5, fillColor=INK, textAnchor="end"))
        d.add(Rect(label_w, y + 6, r.before * scale, 7, fillColor=BEFORE, strokeColor=None))
        d.add(Rect(label_w, y - 1, r.after * scale, 7, fillColor=AFTER, strokeColor=None))
        d.add(String(label_w + max(r.before, r.after) * scale + 3, y + 2,
                     f"{r.before} → {r.after}", fontName=REGULAR, fontSize=7, fillColor=MUTED))
    d.add(Line(label_w, 4, label_w, height - 10, strokeColor=LINE, strokeWidth=0.6))
    d.add(Rect(label_w, height - 8, 8, 6, fillColor=BEFORE, strokeColor=None))
    d.add(String(label_w + 11, height - 8, "nu", fontName=REGULAR, fontSize=7, fillColor=INK))
    d.add(Rect(label_w + 40, height - 8, 8, 6, fillColor=AFTER, strokeColor=None))
    d.add(String(label_w + 51, height - 8, "na de besluiten", fontName=REGULAR, fontSize=7,
                 fillColor=INK))
    return d


def build(session: Session, _ctx: SectionContext) -> list[Block]:
    """Map, figures, a card per meeting, the golden questions and decisions, the rota."""
    data = inventory(session)
    if not data.meetings:
        return []
    blocks: list[Block] = [
        Paragraph(f"De regio telt {len(data.meetings)} overleggen met samen "
                  f"{data.total_before} vergaderingen per jaar; na de besluiten zijn dat er "
                  f"{data.total_after}.", "lead"),
        Heading("Bestuurlijke netwerkkaart", 2),
        Figure(map_drawing(data),
               "Netwerkkaart van de overleggen: " + "; ".join(
                   f"{r.source} {r.kind} {r.target}" for r in data.links) + ".",
               caption="De overleggen van de regio en hun verbindingen.", landscape=True),
        Heading("Vergaderingen per jaar", 2),
    ]
    for title, rows in (("Per bestuurder", data.per_administrator),
                        ("Per organisatie", data.per_organisation)):
        if not rows:
            continue
        blocks.append(Heading(title, 3))
        blocks.append(Figure(bars_drawing(rows),
                             f"Staafdiagram vergaderingen per jaar {title.lower()}, nu en na "
                             "de besluiten; de getallen staan in de tabel hieronder."))
        blocks.append(Table(["Naam", "Nu", "Na besluiten", "Overleggen"],
                            [[r.label, str(r.before), str(r.after), str(r.meetings)]
                             for r in rows], widths=[3, 1, 1.2, 1.2]))
    if data.overlaps:
        blocks.append(Heading("Overlap tussen overleggen", 3))
        blocks.append(Table(["Overleg", "en overleg", "Dezelfde personen", "Dezelfde thema's"],
                            [[o.first, o.second, ", ".join(o.people), ", ".join(o.themes)]
                             for o in data.overlaps], widths=[2, 2, 2.5, 1.8]))
    blocks.append(Heading("De overleggen", 2))
    for m in data.meetings:
        blocks.append(Heading(m.name, 3))
        pairs = [("NAAM", m.name), ("WIE", "\n".join(
            f"{s.label} – {s.role}" if s.role else s.label for s in m.seats) or "–"),
                 ("DOEL", m.purpose or "–"), ("FREQUENTIE", f"{m.frequency} × per jaar")]
        extra = [("Niveau", m.level), ("Domein", m.domain), ("Taak", m.task),
                 ("Thema's", ", ".join(m.themes)), ("Taken en wettelijke basis", m.legal_tasks),
                 ("Besluit", m.decision + (f" ({m.join_form.lower()})" if m.join_form else "")),
                 ("Na het besluit", f"{m.after} × per jaar" if m.after != m.before else "")]
        blocks.append(KeyValues(pairs + [(k, v) for k, v in extra if v]))
    blocks.append(Heading("Vijf gouden vragen en besluiten", 2))
    questions = {key: question for key, question, _hint in GOLDEN_QUESTIONS}
    row = review(session)
    if row is not None and row.answer_missing.strip():
        blocks.append(KeyValues([(questions["answer_missing"], row.answer_missing)]))
    rows = []
    for m in data.meetings:
        answers = "\n".join(f"{questions[k]} {v}" for k, v in m.answers.items() if v.strip())
        change = "\n".join(v for v in m.change.values() if v.strip())
        rows.append([m.name, m.decision or "–", answers or "–", change or "–"])
    blocks.append(Table(["Overleg", "Besluit", "Antwoorden", "De verandering"], rows,
                        widths=[2, 1.1, 3.2, 3]))
    rounds = rota(session)
    if rounds:
        blocks.append(Heading("Belronde", 2))
        blocks.append(Table(["Datum", "Gemeente", "Gedaan", "Wat is er veranderd"],
                            [[short_date(r.planned_on), r.municipality,
                              "ja" if r.done else "nee", r.notes] for r in rounds],
                            widths=[1.2, 1.6, 0.8, 3.5]))
    return blocks


SECTION = SectionSpec(key="overleg", title="Overlegstructuren", scope="region", order=60,
                      build=build)

SECTIONS = (SECTION,)

__all__ = ["SECTIONS", "bars_drawing", "map_drawing"]
