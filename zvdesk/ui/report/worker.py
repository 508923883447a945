"""Report generation off the GUI thread, through the one task runner (:mod:`zvdesk.ui.tasks`).

The job first copies the open document into memory (:meth:`Document.snapshot`, SQLite's backup
API, milliseconds) and builds the report from that copy, so no read session on the file is
held while the report is made: the user's edits never wait for a report. Progress and the
result come back on the GUI thread; a cancelled job stops between sections.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtGui import QImage

from zvdesk.models.core.document import Document
from zvdesk.reports.data import ReportOptions
from zvdesk.ui.tasks import TaskContext


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


def pil_to_qimage(image) -> QImage:  # noqa: ANN001 - a PIL image
    """Converts an RGB PIL image to a QImage that owns its pixels."""
    data = image.tobytes("raw", "RGB")
    qimage = QImage(data, image.width, image.height, 3 * image.width,
                    QImage.Format.Format_RGB888)
    return qimage.copy()


@dataclass
class ReportJob:
    """Builds a report: to a file (``target``), or as PDF bytes with preview images.

    Call it with a :class:`TaskContext` on a worker thread (``run_task(parent, job, …)``).
    """

    document: Document
    options: ReportOptions
    target: Path | None = None
    fmt: str = "pdf"
    preview_dpi: float = 0

    def __call__(self, ctx: TaskContext) -> JobResult:
        """Snapshots the document, reads and renders the report; returns what it made."""
        from zvdesk.reports.engine import build_report, render
        from zvdesk.reports.pdf import pdf_bytes
        from zvdesk.reports.raster import pdf_page_images

        ctx.progress(0.0, "Gegevens kopiëren…")
        with self.document.snapshot() as snapshot:
            data = build_report(snapshot, self.options, ctx.progress)  # type: ignore[arg-type]
        result = JobResult()
        if self.target is not None:
            ctx.check_cancelled()
            result.path = render(data, self.target, self.fmt, inputs=(
                self.document.path, self.document.engine.url.database))
        else:
            ctx.progress(0.85, "Pagina's opmaken…")
            result.pdf = pdf_bytes(data)
            if self.preview_dpi:
                ctx.progress(0.92, "Voorbeeld tekenen…")
                result.pages = [pil_to_qimage(img) for img in pdf_page_images(
                    result.pdf, dpi=self.preview_dpi)]
        ctx.progress(1.0, "Klaar")
        return result
