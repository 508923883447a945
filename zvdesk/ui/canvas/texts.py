"""Dutch texts of the canvas kit (shared by every canvas)."""

from __future__ import annotations

#: Title of the message when a write from the canvas is refused.
NOT_SAVED = "Niet opgeslagen"
PNG_FILTER = "PNG-afbeelding (*.png)"
SVG_FILTER = "SVG-tekening (*.svg)"
EXPORT_FAILED = "Exporteren is niet gelukt"
EXPORT_FAILED_TEXT = "Het bestand kon niet worden opgeslagen. Kies een andere map."
#: Description written into every SVG drawing.
SVG_DESCRIPTION = "Gemaakt met ZV Desk"
