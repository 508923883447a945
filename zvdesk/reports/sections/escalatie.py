"""Report section "Escalatie-afspraken (AVE)" (toolbox 2.4): the one-page regiekaart.

The regiekaart is a vector drawing with the phases as columns and the agreements as rows; in
the report it gets an A4 landscape page of its own, followed by the same agreements as text
per phase (for readers who cannot see the picture). :func:`regiekaart_pdf` renders the card
alone on one landscape page, for printing it from the tab.
"""

from __future__ import annotations

import io
from datetime import date

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing, Group, Rect, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy.orm import Session

from zvdesk.models.escalatie.read import Regiekaart, regiekaart
from zvdesk.reports.data import Block, Figure, Heading, KeyValues, Paragraph
from zvdesk.reports.fonts import BOLD, REGULAR
from zvdesk.reports.graphics import BAND, INK, LINE, MUTED, wrap_words
from zvdesk.reports.sections import SectionContext, SectionSpec
from zvdesk.reports.texts import short_date

WIDTH = 780.0
MAX_HEIGHT = 400.0
LABEL_WIDTH = 128.0
HEADER_HEIGHT = 40.0
TITLE_HEIGHT = 22.0
PAD = 3.0


def _lines(text: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    for part in (text or "").splitlines() or [""]:
        lines.extend(wrap_words(part, font, size, width, max_lines=40) or [""])
    return lines


def _layout(card: Regiekaart, size: float) -> tuple[list[tuple[str, str]], list[float]]:
    rows = card.filled_rows() or card.rows
    column = (WIDTH - LABEL_WIDTH) / max(1, len(card.phases))
    heights = []
    for key, label in rows:
        need = max([len(_lines(label, BOLD, size, LABEL_WIDTH - 2 * PAD))]
                   + [len(_lines(p.values.get(key, ""), REGULAR, size, column - 2 * PAD))
                      for p in card.phases])
        heights.append(need * size * 1.2 + 2 * PAD + 1)
    return rows, heights


def _cell(g: Group, x: float, y_top: float, w: float, h: float, text: str, *, font: str,
          size: float, fill, ink=INK) -> None:  # noqa: ANN001 - reportlab colours
    g.add(Rect(x, y_top - h, w, h, fillColor=fill, strokeColor=LINE, strokeWidth=0.6))
    for i, line in enumerate(_lines(text, font, size, w - 2 * PAD)):
        g.add(String(x + PAD, y_top - PAD - size - i * size * 1.2, line, fontName=font,
                     fontSize=size, fillColor=ink))


def regiekaart_drawing(card: Regiekaart, *, title: bool = True) -> Drawing:
    """The regiekaart as a vector drawing (phases as columns, agreements as rows).

    Args:
        card: The card to draw.
        title: Draw the card's title above it (the report has it as a heading instead).
    """
    title_height = TITLE_HEIGHT if title else 0.0
    size = 7.5
    rows, heights = _layout(card, size)
    while size > 5 and title_height + HEADER_HEIGHT + sum(heights) > MAX_HEIGHT:
        size -= 0.25  # a full card gets a smaller font, never a second page
        rows, heights = _layout(card, size)
    height = title_height + HEADER_HEIGHT + sum(heights) + 2
    d = Drawing(WIDTH, height)
    g = Group()
    if title:
        g.add(String(0, height - 15, card.title, fontName=BOLD, fontSize=13, fillColor=INK))
    top = height - title_height
    column = (WIDTH - LABEL_WIDTH) / max(1, len(card.phases))
    g.add(Rect(0, top - HEADER_HEIGHT, LABEL_WIDTH, HEADER_HEIGHT, fillColor=BAND,
               strokeColor=LINE, strokeWidth=0.6))
    g.add(String(PAD + 1, top - HEADER_HEIGHT / 2 - 3, "Fase", fontName=BOLD, fontSize=9,
                 fillColor=MUTED))
    for i, phase in enumerate(card.phases):
        x = LABEL_WIDTH + i * column
        ink = colors.HexColor(phase.ink)
        g.add(Rect(x, top - HEADER_HEIGHT, column, HEADER_HEIGHT,
                   fillColor=colors.HexColor(phase.fill), strokeColor=colors.white,
                   strokeWidth=1))
        g.add(String(x + PAD + 2, top - 14, f"AVE {phase.number}", fontName=BOLD, fontSize=11,
                     fillColor=ink))
        for j, line in enumerate(wrap_words(phase.name, REGULAR, 7.5, column - 2 * PAD - 4,
                                            max_lines=2)):
            g.add(String(x + PAD + 2, top - 25 - j * 9, line, fontName=REGULAR, fontSize=7.5,
                         fillColor=ink))
    y = top - HEADER_HEIGHT
    for (key, label), h in zip(rows, heights, strict=True):
        _cell(g, 0, y, LABEL_WIDTH, h, label, font=BOLD, size=size, fill=BAND)
        for i, phase in enumerate(card.phases):
            _cell(g, LABEL_WIDTH + i * column, y, column, h,
                  phase.values.get(key, "") or "–", font=REGULAR, size=size,
                  fill=colors.white)
        y -= h
    d.add(g)
    return d


def alt_text(card: Regiekaart) -> str:
    """The alternative text of the regiekaart picture."""
    phases = "; ".join(f"{p.heading} ({p.colour_name.lower()})" for p in card.phases)
    return (f"{card.title}: een tabel met {len(card.phases)} fasen als kolommen ({phases}) "
            "en per fase de afspraken als rijen. De afspraken staan hierna ook als tekst.")


def build(session: Session, ctx: SectionContext) -> list[Block]:
    """The regiekaart on a landscape page, then the agreements per phase as text."""
    card = regiekaart(session, ctx.project_id or "")
    if card.is_empty:
        return []
    blocks: list[Block] = [
        Heading(card.title, 2),
        Figure(regiekaart_drawing(card, title=False), alt_text(card),
               caption="Wie heeft in welke fase de regie? De kleur en het nummer geven de "
                       "fase aan.", landscape=True),
        Heading("Afspraken per fase", 2),
    ]
    labels = card.filled_rows()
    for phase in card.phases:
        blocks.append(Heading(f"{phase.heading} ({phase.colour_name.lower()})", 3))
        pairs = [(label, phase.values.get(key, "")) for key, label in labels
                 if phase.values.get(key, "").strip()]
        blocks.append(KeyValues(pairs) if pairs else
                      Paragraph("Voor deze fase zijn nog geen afspraken vastgelegd.", "note"))
    return blocks


def regiekaart_pdf(card: Regiekaart, project_name: str = "", today: date | None = None
                   ) -> bytes:
    """The regiekaart alone on one A4 landscape page, as PDF bytes (for printing)."""
    page_w, page_h = landscape(A4)
    margin = 28.0
    drawing = regiekaart_drawing(card)
    scale = min((page_w - 2 * margin) / drawing.width,
                (page_h - 2 * margin - 16) / drawing.height)
    drawing.scale(scale, scale)
    drawing.width *= scale
    drawing.height *= scale
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(page_w, page_h), pageCompression=1)
    canvas.setTitle(card.title)
    renderPDF.draw(drawing, canvas, margin, page_h - margin - drawing.height)
    canvas.setFont(REGULAR, 7.5)
    canvas.setFillColor(MUTED)
    footer = " – ".join(part for part in (card.title, project_name,
                                          short_date(today or date.today())) if part)
    canvas.drawString(margin, margin - 10, footer)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


SECTION = SectionSpec(key="escalatie", title="Escalatie-afspraken (AVE)", scope="project",
                      order=70, build=build)

SECTIONS = (SECTION,)
