"""Rasterising the report's vector drawings (for Word) and PDF pages (for the app's preview).

reportlab's own bitmap renderer (renderPM) needs the optional ``rlPyCairo`` backend, which is
not installed with reportlab. Instead the drawing is rendered to a one-page PDF with
``renderPDF`` (always available) and that page is rasterised with ``pypdfium2`` (PDFium, a
self-contained wheel, no network, no Qt). So Word gets exactly the picture the PDF shows.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing


def drawing_png(drawing: Drawing, dpi: int = 150) -> bytes | None:
    """Returns the drawing as PNG bytes, or None when no rasteriser is available."""
    from reportlab.graphics import renderPDF

    pdf = renderPDF.drawToString(drawing)
    pages = pdf_page_images(pdf, dpi=dpi, first=0, last=0)
    if pages:
        buf = io.BytesIO()
        pages[0].save(buf, format="PNG", optimize=False)
        return buf.getvalue()
    try:  # renderPM with a cairo backend, where one is installed
        from reportlab.graphics import renderPM

        return renderPM.drawToString(drawing, fmt="PNG", dpi=dpi)
    except Exception:  # noqa: BLE001 - no backend: the caller puts the alt text instead
        return None


def pdf_page_count(pdf: bytes) -> int:
    """Number of pages of a PDF (0 when it cannot be read)."""
    try:
        import pypdfium2 as pdfium
    except ImportError:
        return 0
    doc = pdfium.PdfDocument(pdf)
    try:
        return len(doc)
    finally:
        doc.close()


def pdf_page_images(pdf: bytes, *, dpi: float = 96, first: int = 0,
                    last: int | None = None) -> list:
    """Renders PDF pages to PIL images (RGB) at a resolution; [] without pypdfium2.

    Args:
        pdf: The PDF bytes.
        dpi: Resolution of the images.
        first: Index of the first page to render.
        last: Index of the last page (inclusive); None for the last page of the PDF.
    """
    try:
        import pypdfium2 as pdfium
    except ImportError:
        return []
    doc = pdfium.PdfDocument(pdf)
    try:
        end = len(doc) - 1 if last is None else min(last, len(doc) - 1)
        images = []
        for index in range(first, end + 1):
            page = doc[index]
            bitmap = page.render(scale=dpi / 72.0)
            images.append(bitmap.to_pil().convert("RGB"))
            page.close()
        return images
    finally:
        doc.close()
