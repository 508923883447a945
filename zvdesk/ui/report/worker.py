"""Report generation off the GUI thread (QThreadPool + QRunnable).

The worker reads through the document's engine, which hands each thread its own SQLite
connection; the engine takes one short read session and closes it before rendering, so the
user can keep editing while the report is made. Results and errors come back as signals,
delivered on the GUI thread.
"""

from __future__ import annotations

import logging
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal
from PySide6.QtGui import QImage

from zvdesk.models.core.document import Document
from zvdesk.models.core.errors import ZvdbError
from zvdesk.reports.data import ReportOptions
from zvdesk.ui.report import texts

log = logging.getLogger(__name__)


@dataclass
class JobResult:
    """What a finished job produced.

    Attributes:
        path: The written file (None for a preview).
        pdf: The PDF bytes (preview and print jobs).
        pages: Page images for the preview (QImage, made in the worker: QImage is
            thread-safe, QPixmap is not).
    """

    path: Path | None = None
    pdf: bytes | None = None
    pages: list[QImage] = field(default_factory=list)


class JobSignals(QObject):
    """progress(fraction, Dutch step); finished(JobResult); failed(Dutch message)."""

    progress = Signal(float, str)
    finished = Signal(object)
    failed = Signal(str)


def pil_to_qimage(image) -> QImage:  # noqa: ANN001 - a PIL image
    """Converts an RGB PIL image to a QImage that owns its pixels."""
    data = image.tobytes("raw", "RGB")
    qimage = QImage(data, image.width, image.height, 3 * image.width,
                    QImage.Format.Format_RGB888)
    return qimage.copy()


class ReportJob(QRunnable):
    """Builds a report: to a file (``target``), or as PDF bytes with preview images."""

    def __init__(self, document: Document, options: ReportOptions, *,
                 target: Path | None = None, fmt: str = "pdf",
                 preview_dpi: float = 0) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.document = document
        self.options = options
        self.target = target
        self.fmt = fmt
        self.preview_dpi = preview_dpi
        self.signals = JobSignals()

    def run(self) -> None:  # noqa: D102 - Qt API
        from zvdesk.reports.engine import build_report, render
        from zvdesk.reports.pdf import pdf_bytes
        from zvdesk.reports.raster import pdf_page_images

        emit = self.signals.progress.emit
        try:
            data = build_report(self.document, self.options, emit)
            result = JobResult()
            if self.target is not None:
                result.path = render(data, self.target, self.fmt, inputs=(
                    self.document.path, self.document.engine.url.database))
            else:
                emit(0.85, "Pagina's opmaken…")
                result.pdf = pdf_bytes(data)
                if self.preview_dpi:
                    emit(0.92, "Voorbeeld tekenen…")
                    result.pages = [pil_to_qimage(img) for img in pdf_page_images(
                        result.pdf, dpi=self.preview_dpi)]
            emit(1.0, "Klaar")
            self.signals.finished.emit(result)
        except ZvdbError as exc:
            self.signals.failed.emit(texts.FAILED.format(reason=str(exc)))
        except Exception:  # noqa: BLE001 - the dialog shows one Dutch message; details logged
            log.error("report failed:\n%s", traceback.format_exc())
            self.signals.failed.emit(texts.FAILED.format(reason=texts.UNEXPECTED))
