"""Printing a report from the app.

PySide6-Essentials has no QtPdf, and handing a PDF to the system's print spooler needs a PDF
viewer that locked-down Windows laptops may not have. So the report's PDF pages are
rasterised with PDFium (pypdfium2) at the printer's resolution (capped at 300 dpi) and painted
with QPainter on a QPrinter chosen in QPrintDialog. What comes out of the printer is exactly
the PDF's layout; landscape pages (the impact chain) are turned to fit the paper.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QTransform
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from zvdesk.ui.report.worker import pil_to_qimage

MAX_DPI = 300


def ask_printer(parent: QWidget | None, printer: QPrinter, pages: int) -> bool:
    """Shows the print dialog; True when the user chose to print (tests patch this)."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("Afdrukken")
    dialog.setMinMax(1, max(1, pages))
    return dialog.exec() == QPrintDialog.DialogCode.Accepted


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Paints every page (or the chosen range) of a PDF on a printer; returns pages printed."""
    from zvdesk.reports.raster import pdf_page_count, pdf_page_images

    count = pdf_page_count(pdf)
    if count == 0:
        return 0
    first, last = 0, count - 1
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(0, printer.fromPage() - 1)
        last = min(count - 1, max(first, printer.toPage() - 1))
    dpi = min(MAX_DPI, max(72, printer.resolution()))
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    printed = 0
    try:
        for index in range(first, last + 1):
            image = pil_to_qimage(pdf_page_images(pdf, dpi=dpi, first=index, last=index)[0])
            if printed:
                printer.newPage()
            target = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
            target.moveTo(0, 0)
            if image.width() > image.height() and target.width() < target.height():
                image = image.transformed(QTransform().rotate(90))
            size = image.size().toSizeF().scaled(target.size(),
                                                 Qt.AspectRatioMode.KeepAspectRatio)
            rect = QRectF(target.x() + (target.width() - size.width()) / 2,
                          target.y() + (target.height() - size.height()) / 2,
                          size.width(), size.height())
            painter.drawImage(rect, image)
            printed += 1
    finally:
        painter.end()
    return printed
