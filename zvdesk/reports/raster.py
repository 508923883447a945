"""Rasterising the report's vector drawings (for Word) and PDF pages (for the app's preview).

reportlab's own bitmap renderer (renderPM) needs the optional ``rlPyCairo`` backend, which is
not installed with reportlab. Instead the drawing is rendered to a one-page PDF with
``renderPDF`` (always available) and that page is rasterised with ``pypdfium2`` (PDFium, a
self-contained wheel, no network, no Qt). So Word gets exactly the picture the PDF shows.
"""

from __future__ import annotations

import io
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing


#: Largest picture side in pixels: a full A4 landscape page at ~130 dpi.
MAX_PIXELS = 1300


#: PDFium is not thread-safe (pypdfium2's documentation): two reports, a preview and a
#: print job may run at once, so every call into it holds this lock.
_PDFIUM = threading.RLock()


def drawing_png(drawing: Drawing, dpi: int = 120) -> bytes | None:
    """Returns one drawing as PNG bytes, or None when no rasteriser is available."""
    return drawings_png([drawing], dpi)[0]


def drawings_png(drawings: list[Drawing], dpi: int = 120) -> list[bytes | None]:
    """Rasterises drawings to PNG bytes (None where no rasteriser is available).

    All drawings go onto the pages of one PDF (the font is embedded once), which PDFium then
    renders page by page. Large drawings (a chain of hundreds of cards) get a lower
    resolution so that no side exceeds :data:`MAX_PIXELS`: Word scales them to the page.
    """
    from reportlab.graphics import renderPDF
    from reportlab.pdfgen.canvas import Canvas

    if not drawings:
        return []
    buf = io.BytesIO()
    canvas = Canvas(buf, invariant=1, pageCompression=0)  # read at once: no need to zip
    for drawing in drawings:
        canvas.setPageSize((max(drawing.width, 1), max(drawing.height, 1)))
        renderPDF.draw(drawing, canvas, 0, 0)
        canvas.showPage()
    canvas.save()
    pdf = buf.getvalue()
    out: list[bytes | None] = []
    scales = [min(dpi, MAX_PIXELS * 72 / max(d.width, d.height, 1)) for d in drawings]
    images = pdf_page_images(pdf, dpi=scales)
    # Pillow releases the GIL while it compresses: encode the pictures side by side.
    with ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1)) as pool:
        encoded = list(pool.map(_png_bytes, images))
    for index, drawing in enumerate(drawings):
        if index < len(encoded):
            out.append(encoded[index])
            continue
        try:  # renderPM with a cairo backend, where one is installed
            from reportlab.graphics import renderPM

            out.append(renderPM.drawToString(drawing, fmt="PNG", dpi=scales[index]))
        except Exception:  # noqa: BLE001 - no backend: the caller puts the alt text instead
            out.append(None)
    return out


def _png_bytes(image) -> bytes:  # noqa: ANN001 - a PIL image
    buf = io.BytesIO()
    image.save(buf, format="PNG", compress_level=1)
    return buf.getvalue()


def pdf_page_count(pdf: bytes) -> int:
    """Number of pages of a PDF (0 when it cannot be read)."""
    try:
        import pypdfium2 as pdfium
    except ImportError:
        return 0
    with _PDFIUM:
        doc = pdfium.PdfDocument(pdf)
        try:
            return len(doc)
        finally:
            doc.close()


def pdf_page_images(pdf: bytes, *, dpi: float | list[float] = 96, first: int = 0,
                    last: int | None = None) -> list:
    """Renders PDF pages to PIL images (RGB) at a resolution; [] without pypdfium2.

    Args:
        pdf: The PDF bytes.
        dpi: Resolution of the images (or one per page, counted from ``first``).
        first: Index of the first page to render.
        last: Index of the last page (inclusive); None for the last page of the PDF.
    """
    try:
        import pypdfium2 as pdfium
    except ImportError:
        return []
    with _PDFIUM:
        doc = pdfium.PdfDocument(pdf)
        try:
            end = len(doc) - 1 if last is None else min(last, len(doc) - 1)
            images = []
            for index in range(first, end + 1):
                page = doc[index]
                page_dpi = dpi[index - first] if isinstance(dpi, list) else dpi
                bitmap = page.render(scale=page_dpi / 72.0)
                images.append(bitmap.to_pil().convert("RGB"))
                bitmap.close()
                page.close()
            return images
        finally:
            doc.close()
