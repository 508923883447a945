"""Drawing helpers shared by the section diagrams (reportlab.graphics, vector, no Qt)."""

from __future__ import annotations

import math
from functools import lru_cache

from reportlab.graphics.shapes import (
    STATE_DEFAULTS,
    Drawing,
    Group,
    Line,
    Path,
    Polygon,
    Rect,
    String,
)
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from zvdesk.reports.fonts import BOLD, REGULAR, register_fonts

register_fonts()
# Drawings start in this state; without it renderPDF names Helvetica in every page's
# resources although no text uses it. Only the report engine draws with reportlab.
STATE_DEFAULTS["fontName"] = REGULAR

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#6b7785")
LINE = colors.HexColor("#c3ccd6")
BAND = colors.HexColor("#f1f4f8")
ACCENT = colors.HexColor("#1d4f91")

#: Colours per organisation domain (fill) — the same as in the app where possible.
DOMAIN_COLOURS = {
    "zorg": colors.HexColor("#2e8540"),
    "veiligheid": colors.HexColor("#1d4f91"),
    "gemeente": colors.HexColor("#c05a00"),
    "overig": colors.HexColor("#6b7785"),
}


def wrap_words(text: str, font: str, size: float, width: float, max_lines: int = 6) -> list[str]:
    """Breaks text into lines that fit ``width`` points; the last line ends in "…" if cut."""
    return list(_wrap_words(text, font, size, width, max_lines))


@lru_cache(maxsize=16384)
def _wrap_words(text: str, font: str, size: float, width: float, max_lines: int
                ) -> tuple[str, ...]:
    words = _hyphenated_words(text.split(), font, size, width)
    lines: list[str] = []
    current = ""
    for word in words:
        trial = f"{current} {word}".strip()
        if stringWidth(trial, font, size) <= width or not current:
            current = trial
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    lines = [_fit(line, font, size, width) for line in lines]
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = _fit(lines[-1].rstrip("…").rstrip(), font, size, width,
                         force_ellipsis=True)  # one ellipsis, never "……"
    return tuple(lines)


def _hyphenated_words(words: list[str], font: str, size: float, width: float) -> list[str]:
    """Splits a word wider than the line at a Dutch syllable ("kindermis-" "handeling")."""
    out: list[str] = []
    for word in words:
        while stringWidth(word, font, size) > width:
            head = next((a + "-" for a, _b in _dutch().iterate(word)
                         if stringWidth(a + "-", font, size) <= width), None)
            if head is None:
                break
            out.append(head)
            word = word[len(head) - 1:]
        out.append(word)
    return out


@lru_cache(maxsize=1)
def _dutch():  # noqa: ANN202 - pyphen.Pyphen
    import pyphen

    return pyphen.Pyphen(lang="nl_NL")


def _fit(text: str, font: str, size: float, width: float, force_ellipsis: bool = False) -> str:
    if stringWidth(text, font, size) <= width and not force_ellipsis:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def text_box(x: float, y: float, w: float, h: float, text: str, *, fill=None, stroke=LINE,
             size: float = 7.5, bold: bool = False, colour=INK, radius: float = 3,
             dash: list[float] | None = None) -> Group:
    """A rounded box with wrapped, vertically centred text; (x, y) is the lower-left corner."""
    g = Group()
    rect = Rect(x, y, w, h, rx=radius, ry=radius, fillColor=fill or colors.white,
                strokeColor=stroke, strokeWidth=0.8)
    if dash:
        rect.strokeDashArray = dash
    g.add(rect)
    font = BOLD if bold else REGULAR
    leading = size * 1.2
    max_lines = max(1, int((h - 4) // leading))
    lines = wrap_words(text, font, size, w - 6, max_lines)
    top = y + h / 2 + (len(lines) * leading) / 2 - size
    for i, line in enumerate(lines):
        g.add(String(x + w / 2, top - i * leading, line, fontName=font, fontSize=size,
                     fillColor=colour, textAnchor="middle"))
    return g


def label(x: float, y: float, text: str, *, size: float = 8, bold: bool = False,
          colour=INK, anchor: str = "start") -> String:
    """A single line of text."""
    return String(x, y, text, fontName=BOLD if bold else REGULAR, fontSize=size,
                  fillColor=colour, textAnchor=anchor)


def arrow(x1: float, y1: float, x2: float, y2: float, *, colour=MUTED, width: float = 0.8,
          head: float = 5, dash: list[float] | None = None) -> Group:
    """A straight arrow from (x1, y1) to (x2, y2) with a filled head."""
    g = Group()
    line = Line(x1, y1, x2, y2, strokeColor=colour, strokeWidth=width)
    if dash:
        line.strokeDashArray = dash
    g.add(line)
    angle = math.atan2(y2 - y1, x2 - x1)
    left = (x2 - head * math.cos(angle - 0.4), y2 - head * math.sin(angle - 0.4))
    right = (x2 - head * math.cos(angle + 0.4), y2 - head * math.sin(angle + 0.4))
    g.add(Polygon([x2, y2, *left, *right], fillColor=colour, strokeColor=colour,
                  strokeWidth=0.1))
    return g


def arrows(segments: list[tuple[float, float, float, float]], *, colour=MUTED,
           width: float = 0.8, head: float = 5) -> Group:
    """Many arrows as two paths (all shafts, all heads): far cheaper to draw than one group
    per arrow when a chain has thousands of links."""
    shafts = Path(strokeColor=colour, strokeWidth=width, fillColor=None)
    heads = Path(fillColor=colour, strokeColor=None)
    for x1, y1, x2, y2 in segments:
        shafts.moveTo(x1, y1)
        shafts.lineTo(x2, y2)
        angle = math.atan2(y2 - y1, x2 - x1)
        heads.moveTo(x2, y2)
        heads.lineTo(x2 - head * math.cos(angle - 0.4), y2 - head * math.sin(angle - 0.4))
        heads.lineTo(x2 - head * math.cos(angle + 0.4), y2 - head * math.sin(angle + 0.4))
        heads.closePath()
    return Group(shafts, heads)


def legend(x: float, y: float, items: list[tuple[object, str]], *, size: float = 7.5,
           gap: float = 14) -> Group:
    """A horizontal legend of coloured squares with labels, starting at (x, y)."""
    g = Group()
    cx = x
    for colour, text in items:
        g.add(Rect(cx, y, 8, 8, fillColor=colour, strokeColor=None))
        g.add(label(cx + 11, y + 1, text, size=size))
        cx += 11 + stringWidth(text, REGULAR, size) + gap
    return g


def empty_drawing(width: float, height: float, text: str) -> Drawing:
    """A placeholder drawing with a centred note (when there is nothing to draw)."""
    d = Drawing(width, height)
    d.add(Rect(0, 0, width, height, fillColor=BAND, strokeColor=LINE))
    d.add(label(width / 2, height / 2 - 3, text, colour=MUTED, anchor="middle"))
    return d
