"""The embedded report font: DejaVu Sans (open licence, resources/fonts/LICENSE-DejaVu.txt).

Embedding a TrueType font makes é, ë, ï, €, “ ” print on every printer and viewer; the
standard PDF fonts cannot be relied on for them.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from zvdesk.resources import resource_path

REGULAR = "ZVSans"
BOLD = "ZVSans-Bold"
ITALIC = "ZVSans-Oblique"
BOLD_ITALIC = "ZVSans-BoldOblique"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}
_lock = threading.Lock()
_done = False


def register_fonts() -> None:
    """Registers the report font family with reportlab (once; safe from any thread)."""
    global _done
    with _lock:
        if _done:
            return
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC,
                                      boldItalic=BOLD_ITALIC)
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, ITALIC)
        addMapping(REGULAR, 1, 1, BOLD_ITALIC)
        _done = True


def font_file(name: str) -> str:
    """Returns the path of a registered font's TTF file (for the Word renderer's notes)."""
    return str(resource_path("fonts", _FILES[name]))
