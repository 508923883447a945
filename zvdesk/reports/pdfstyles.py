"""Paragraph and table styles of the PDF report (embedded DejaVu Sans, Dutch hyphenation in
table cells, so a long word in a narrow column breaks at a syllable, not mid-syllable)."""

from __future__ import annotations

from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from zvdesk.reports.fonts import BOLD, ITALIC, REGULAR, register_fonts

ACCENT = colors.HexColor("#1d4f91")
INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#5f6b7a")
RULE = colors.HexColor("#c3ccd6")
ZEBRA = colors.HexColor("#f3f6fa")
HEADER_FILL = colors.HexColor("#1d4f91")
CONCEPT_RED = colors.HexColor("#b3261e")


#: Dutch hyphenation (pyphen's nl_NL patterns) for narrow table columns: a word that does not
#: fit breaks as "Woning-|corporatie", never as "Woningcorpor|atie".
HYPHENATE = {"hyphenationLang": "nl_NL", "embeddedHyphenation": 1, "uriWasteReduce": 0.3,
             "hyphenationMinWordLength": 7}


@cache
def styles() -> dict[str, ParagraphStyle]:
    """Returns the named paragraph styles (made once)."""
    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, bulletFontName=REGULAR, fontSize=9.5,
                          leading=13.5,
                          textColor=INK, spaceAfter=6, alignment=TA_LEFT)
    s = {
        "body": body,
        "lead": ParagraphStyle("lead", parent=body, fontSize=10.5, leading=15, spaceAfter=10),
        "note": ParagraphStyle("note", parent=body, fontName=ITALIC, fontSize=8.5,
                               leading=11.5, textColor=MUTED),
        "caption": ParagraphStyle("caption", parent=body, fontName=ITALIC, fontSize=8,
                                  leading=10.5, textColor=MUTED, spaceBefore=3,
                                  spaceAfter=12),
        "bullet": ParagraphStyle("bullet", parent=body, leftIndent=14, bulletIndent=4,
                                 spaceAfter=2),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.3, leading=10.6, spaceAfter=0,
                               **HYPHENATE),
        "cellhead": ParagraphStyle("cellhead", parent=body, fontName=BOLD, fontSize=8.3,
                                   leading=10.6, spaceAfter=0, textColor=colors.white,
                                   **HYPHENATE),
        "celllabel": ParagraphStyle("celllabel", parent=body, fontName=BOLD, fontSize=8.6,
                                    leading=11, spaceAfter=0, textColor=MUTED, **HYPHENATE),
        "h1": ParagraphStyle("h1", parent=body, fontName=BOLD, fontSize=17, leading=21,
                             textColor=ACCENT, spaceBefore=4, spaceAfter=10, keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=body, fontName=BOLD, fontSize=13, leading=16.5,
                             textColor=ACCENT, spaceBefore=12, spaceAfter=6, keepWithNext=1),
        "h3": ParagraphStyle("h3", parent=body, fontName=BOLD, fontSize=10.8, leading=14,
                             textColor=INK, spaceBefore=10, spaceAfter=4, keepWithNext=1),
        "h4": ParagraphStyle("h4", parent=body, fontName=BOLD, fontSize=9.8, leading=13,
                             textColor=MUTED, spaceBefore=8, spaceAfter=3, keepWithNext=1),
        "covertitle": ParagraphStyle("covertitle", parent=body, fontName=BOLD, fontSize=26,
                                     leading=32, textColor=ACCENT, spaceAfter=10),
        "coversub": ParagraphStyle("coversub", parent=body, fontSize=13, leading=18,
                                   textColor=MUTED, spaceAfter=24),
        "toctitle": ParagraphStyle("toctitle", parent=body, fontName=BOLD, fontSize=17,
                                   leading=21, textColor=ACCENT, spaceAfter=14),
    }
    return s


@cache
def toc_styles() -> list[ParagraphStyle]:
    """Styles of the contents' levels 1–4."""
    base = styles()["body"]
    return [
        ParagraphStyle("toc1", parent=base, fontName=BOLD, fontSize=10.5, leading=15,
                       leftIndent=0, firstLineIndent=0, spaceBefore=5),
        ParagraphStyle("toc2", parent=base, fontSize=9.5, leading=13, leftIndent=16,
                       firstLineIndent=0, spaceAfter=0),
        ParagraphStyle("toc3", parent=base, fontSize=9, leading=12, leftIndent=32,
                       firstLineIndent=0, spaceAfter=0, textColor=MUTED),
        ParagraphStyle("toc4", parent=base, fontSize=8.5, leading=11.5, leftIndent=48,
                       firstLineIndent=0, spaceAfter=0, textColor=MUTED),
    ]


def data_table_style(rows: int) -> TableStyle:
    """Header row in the accent colour, light zebra rows, thin rules."""
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # plain-string cells: as the "cell" style
        ("FONTSIZE", (0, 0), (-1, -1), 8.3),
        ("LEADING", (0, 0), (-1, -1), 10.6),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("BOX", (0, 0), (-1, -1), 0.5, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]
    for r in range(2, rows + 1, 2):
        commands.append(("BACKGROUND", (0, r), (-1, r), ZEBRA))
    return TableStyle(commands)


def key_value_style() -> TableStyle:
    """Label column in grey bold, thin rules between the rows."""
    return TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ])


def toc_table_style() -> TableStyle:
    """The contents' table: no padding, the report font (never Helvetica)."""
    return TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ])
