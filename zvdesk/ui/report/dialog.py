"""The "Rapport maken…" dialog: choose what goes in, preview the pages, save or print."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from zvdesk.models.core.images import usable_logo
from zvdesk.models.core.report_settings import get_report_settings, set_report_settings
from zvdesk.models.region.ops import live_projects
from zvdesk.reports.data import ReportOptions
from zvdesk.reports.sections import sections
from zvdesk.ui import dialogs
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.operations import run_edit
from zvdesk.ui.report import printing, texts
from zvdesk.ui.report.worker import JobResult, ReportJob
from zvdesk.ui.tasks import Task, run_task

PREVIEW_DPI = 56
#: Widest page in the preview, in pixels (an A4 portrait page at PREVIEW_DPI).
PAGE_WIDTH = 470


def ask_logo_path(parent: QWidget | None) -> str | None:
    """Asks for a logo image (tests patch this)."""
    path, _ = QFileDialog.getOpenFileName(parent, texts.LOGO_CHOOSE, "", texts.LOGO_FILTER)
    return path or None


class PreviewPane(QScrollArea):
    """The report's pages as images, one under the other."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setMinimumWidth(440)
        self.setAccessibleName("Voorbeeld van het rapport")
        self._host = QWidget()
        self._host.setStyleSheet("background: #8a9099;")
        self._layout = QVBoxLayout(self._host)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._layout.setSpacing(12)
        self.empty = QLabel(texts.PREVIEW_EMPTY)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: white; padding: 24px;")
        self._layout.addWidget(self.empty)
        self.setWidget(self._host)
        self.page_labels: list[QLabel] = []

    def show_pages(self, images: list) -> None:  # noqa: ANN001 - QImages
        """Replaces the shown pages."""
        for label in self.page_labels:
            label.deleteLater()
        self.page_labels = []
        self.empty.setVisible(not images)
        for i, image in enumerate(images, start=1):
            label = QLabel()
            pixmap = QPixmap.fromImage(image)
            if pixmap.width() > PAGE_WIDTH:  # landscape pages: as wide as the portrait ones
                pixmap = pixmap.scaledToWidth(PAGE_WIDTH,
                                              Qt.TransformationMode.SmoothTransformation)
            label.setPixmap(pixmap)
            label.setStyleSheet("border: 1px solid #50555c; background: white;")
            label.setToolTip(f"Pagina {i}")
            label.setAccessibleName(f"Pagina {i} van {len(images)}")
            self._layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(label)


class ReportDialog(QDialog):
    """Choose project or region, instruments, format and cover texts; preview, save, print.

    Generation runs through the task runner on a snapshot of the file (see
    :mod:`zvdesk.ui.report.worker`); the buttons are disabled while a job runs and a progress
    bar shows its steps. Cover defaults are written (one undo step, errors shown) before the
    job starts, never while it runs.
    """

    def __init__(self, controller: DocumentController, project_id: str | None = None,
                 parent: QWidget | None = None, *, print_mode: bool = False) -> None:
        super().__init__(parent)
        self.controller = controller
        self.settings = QSettings()
        self.setWindowTitle(texts.DIALOG_TITLE)
        self.resize(1040, 720)
        self.task: Task | None = None
        self.busy = False
        self.last_result: JobResult | None = None
        self.last_message = ""
        self._build(project_id)
        (self.print_button if print_mode else self.save_button).setDefault(True)

    # -- layout ---------------------------------------------------------------------------

    def _build(self, project_id: str | None) -> None:
        with self.controller.session() as s:
            projects = [(p.id, p.name) for p in live_projects(s)]
            stored = get_report_settings(s)
            organisation = stored.organisation if stored else ""
            author = stored.author if stored else ""
            self._has_logo = bool(stored and stored.logo)
            # A logo another tool stored may be too large to decode: reports leave it out.
            self._logo_unusable = bool(self._has_logo and usable_logo(stored.logo) is None)
        form_host = QWidget()
        form = QFormLayout(form_host)
        self.subject = QComboBox()
        self.subject.addItem(texts.WHOLE_REGION, None)
        for pid, name in projects:
            self.subject.addItem(name, pid)
        index = self.subject.findData(project_id)
        self.subject.setCurrentIndex(max(0, index))
        form.addRow(texts.SUBJECT, self.subject)

        parts = QGroupBox(texts.PARTS)
        parts_layout = QVBoxLayout(parts)
        self.part_boxes: dict[str, QCheckBox] = {}
        for spec in sections():
            box = QCheckBox(spec.title)
            box.setChecked(True)
            box.setObjectName(f"part_{spec.key}")
            parts_layout.addWidget(box)
            self.part_boxes[spec.key] = box
        form.addRow(parts)

        fmt_row = QWidget()
        fmt_layout = QHBoxLayout(fmt_row)
        fmt_layout.setContentsMargins(0, 0, 0, 0)
        self.pdf_radio = QRadioButton(texts.PDF)
        self.docx_radio = QRadioButton(texts.WORD)
        self.pdf_radio.setChecked(True)
        self.format_group = QButtonGroup(self)
        for radio in (self.pdf_radio, self.docx_radio):
            self.format_group.addButton(radio)
            fmt_layout.addWidget(radio)
        fmt_layout.addStretch(1)
        form.addRow(texts.FORMAT, fmt_row)

        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(texts.TITLE_PLACEHOLDER)
        form.addRow(texts.TITLE, self.title_edit)
        self.version_edit = QLineEdit(str(self.settings.value("reports/version", "1.0")))
        form.addRow(texts.VERSION, self.version_edit)
        self.status_combo = QComboBox()
        self.status_combo.addItem(texts.STATUS_CONCEPT, "concept")
        self.status_combo.addItem(texts.STATUS_FINAL, "definitief")
        form.addRow(texts.STATUS, self.status_combo)
        self.author_edit = QLineEdit(str(self.settings.value("reports/author", "")) or author)
        form.addRow(texts.AUTHOR, self.author_edit)
        self.organisation_edit = QLineEdit(organisation)
        form.addRow(texts.ORGANISATION, self.organisation_edit)
        logo_row = QWidget()
        logo_layout = QHBoxLayout(logo_row)
        logo_layout.setContentsMargins(0, 0, 0, 0)
        self.logo_label = QLabel()
        self.logo_choose = QPushButton(texts.LOGO_CHOOSE)
        self.logo_remove = QPushButton(texts.LOGO_REMOVE)
        self.logo_choose.clicked.connect(self.choose_logo)
        self.logo_remove.clicked.connect(self.remove_logo)
        for w in (self.logo_label, self.logo_choose, self.logo_remove):
            logo_layout.addWidget(w)
        logo_layout.addStretch(1)
        form.addRow(texts.LOGO, logo_row)
        self._update_logo()

        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.status_label = QLabel("")
        self.status_label.setWordWrap(True)
        form.addRow(self.progress)
        form.addRow(self.status_label)

        self.preview_button = QPushButton(texts.PREVIEW)
        self.save_button = QPushButton(texts.SAVE_AS)
        self.print_button = QPushButton(texts.PRINT)
        self.close_button = QPushButton(texts.CLOSE)
        self.preview_button.clicked.connect(self.make_preview)
        self.save_button.clicked.connect(self.save_as)
        self.print_button.clicked.connect(self.print_report)
        self.close_button.clicked.connect(self.reject)
        for button in (self.preview_button, self.save_button, self.print_button,
                       self.close_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)

        self.preview = PreviewPane()
        self.pages_label = QLabel("")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.preview, 1)
        right_layout.addWidget(self.pages_label)
        splitter = QSplitter()
        splitter.addWidget(form_host)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 600])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

    def _update_logo(self) -> None:
        if self._has_logo and self._logo_unusable:
            self.logo_label.setText(texts.LOGO_UNUSABLE)
        else:
            self.logo_label.setText("✓ " + texts.LOGO if self._has_logo else texts.LOGO_NONE)
        read_only = self.controller.read_only
        self.logo_choose.setEnabled(not read_only)
        self.logo_remove.setEnabled(self._has_logo and not read_only)

    # -- options ----------------------------------------------------------------------------

    def options(self) -> ReportOptions:
        """The options the dialog shows now."""
        chosen = tuple(key for key, box in self.part_boxes.items() if box.isChecked())
        return ReportOptions(
            project_id=self.subject.currentData(), instruments=chosen,
            title=self.title_edit.text().strip(), version=self.version_edit.text().strip(),
            status=self.status_combo.currentData(), author=self.author_edit.text().strip(),
            organisation=self.organisation_edit.text().strip())

    def fmt(self) -> str:
        """"pdf" or "docx"."""
        return "docx" if self.docx_radio.isChecked() else "pdf"

    # -- logo --------------------------------------------------------------------------------

    def choose_logo(self) -> None:
        """Stores a logo in the file (an undoable edit) for the cover of every report."""
        path = ask_logo_path(self)
        if not path:
            return
        try:
            data = Path(path).read_bytes()
        except OSError:
            dialogs.show_error(self, texts.FAILED_TITLE, texts.LOGO_UNREADABLE)
            return
        if not run_edit(self, self.controller, texts.LOGO_SET, lambda s: set_report_settings(
                s, logo=data, logo_name=Path(path).name[:200]), title=texts.FAILED_TITLE):
            return
        self._has_logo, self._logo_unusable = True, False
        self._update_logo()

    def remove_logo(self) -> None:
        """Removes the logo from the file (undoable)."""
        if not run_edit(self, self.controller, texts.LOGO_CLEARED, lambda s: set_report_settings(
                s, logo=None, logo_name=""), title=texts.FAILED_TITLE):
            return
        self._has_logo, self._logo_unusable = False, False
        self._update_logo()

    def _remember_cover(self, options: ReportOptions) -> bool:
        """Stores the cover defaults (before a job starts); False when the file refused."""
        self.settings.setValue("reports/author", options.author)
        self.settings.setValue("reports/version", options.version)
        if self.controller.read_only:
            return True
        with self.controller.session() as s:
            stored = get_report_settings(s)
            current = stored.organisation if stored else ""
        if options.organisation == current:
            return True
        return bool(run_edit(self, self.controller, texts.COVER_DEFAULTS,
                             lambda s: set_report_settings(
                                 s, organisation=options.organisation[:200]),
                             title=texts.FAILED_TITLE))

    # -- jobs -------------------------------------------------------------------------------

    def _start(self, job: ReportJob, on_done) -> bool:  # noqa: ANN001
        if self.busy:
            return False
        if not job.options.instruments:
            self._finish_failed(texts.NO_PARTS)
            return False
        self.busy = True
        self._set_enabled(False)
        self.progress.setValue(0)
        self.status_label.setText(texts.BUSY)
        self.task = run_task(
            self, job, on_progress=self._on_progress,
            on_success=lambda result: self._finish_ok(result, on_done),
            on_failure=lambda reason: self._finish_failed(texts.FAILED.format(reason=reason)),
            on_cancelled=self._finish_cancelled, failure_text=texts.UNEXPECTED)
        return True

    def stop(self, timeout: float = 30.0) -> None:
        """Cancels a running job and waits (briefly) until it has let go of the document."""
        if self.task is not None and self.task.running:
            self.task.cancel()
            self.task.wait(timeout)

    def _finish_cancelled(self) -> None:
        self.busy = False
        self._set_enabled(True)
        self.progress.setValue(0)
        self.status_label.setText(texts.CANCELLED)

    def _set_enabled(self, enabled: bool) -> None:
        for w in (self.preview_button, self.save_button, self.print_button, self.subject):
            w.setEnabled(enabled)

    def _on_progress(self, fraction: float, text: str) -> None:
        self.progress.setValue(int(fraction * 100))
        self.status_label.setText(text)

    def _finish_ok(self, result: JobResult, on_done) -> None:  # noqa: ANN001
        self.busy = False
        self._set_enabled(True)
        self.last_result = result
        on_done(result)

    def _finish_failed(self, message: str) -> None:
        self.busy = False
        self._set_enabled(True)
        self.progress.setValue(0)
        self.status_label.setText(message)
        self.last_message = message
        dialogs.show_error(self, texts.FAILED_TITLE, message)

    def make_preview(self) -> None:
        """Builds the PDF and shows its pages."""
        job = ReportJob(self.controller.document, self.options(), preview_dpi=PREVIEW_DPI)
        self._start(job, self._show_preview)

    def _show_preview(self, result: JobResult) -> None:
        self.preview.show_pages(result.pages)
        self.pages_label.setText(texts.PREVIEW_PAGES.format(n=len(result.pages)))
        self.status_label.setText(texts.PREVIEW_PAGES.format(n=len(result.pages)))

    def save_as(self) -> None:
        """Asks where to save and writes the report in the chosen format."""
        fmt = self.fmt()
        options = self.options()
        # Beside the region file (where the college's documents usually go), unless the user
        # saved this file's reports somewhere else before.
        document = self.controller.document.path
        folder = Path(str(self.settings.value(f"reports/folder/{document.stem}",
                                              document.parent)))
        with self.controller.session() as s:
            name = next((p.name for p in live_projects(s) if p.id == options.project_id),
                        "Rapport regio")
        suggestion = str(folder / f"{_safe(options.title or name)}.{fmt}")
        path = dialogs.ask_save_path(self, texts.SAVE_TITLE, suggestion,
                                     texts.FILTER_DOCX if fmt == "docx" else texts.FILTER_PDF)
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != f".{fmt}":
            target = target.with_name(f"{target.name}.{fmt}")
        if not self._remember_cover(options):
            return
        job = ReportJob(self.controller.document, options, target=target, fmt=fmt)
        if self._start(job, self._saved):
            self.settings.setValue(f"reports/folder/{self.controller.document.path.stem}",
                                   str(target.parent))

    def _saved(self, result: JobResult) -> None:
        message = texts.SAVED.format(name=result.path.name if result.path else "")
        self.status_label.setText(message)
        self.last_message = message
        if result.path is not None:
            dialogs.offer_to_open(self, texts.SAVE_TITLE, result.path)

    def print_report(self) -> None:
        """Builds the PDF, then asks for a printer and prints its pages."""
        job = ReportJob(self.controller.document, self.options(), preview_dpi=PREVIEW_DPI)
        self._start(job, self._print)

    def _print(self, result: JobResult) -> None:
        from zvdesk.reports.raster import pdf_page_count

        self._show_preview(result)
        pages = pdf_page_count(result.pdf or b"")
        if not pages:
            dialogs.show_error(self, texts.FAILED_TITLE, texts.PRINT_UNAVAILABLE)
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.options().title or texts.DIALOG_TITLE)
        if not printing.ask_printer(self, printer, pages):
            return
        printed = printing.print_pdf(result.pdf or b"", printer)
        message = texts.PRINTED.format(n=printed)
        self.status_label.setText(message)
        self.last_message = message

    def reject(self) -> None:  # noqa: D102 - Qt API
        self.stop()  # a running job is of no use once the dialog is gone
        super().reject()


def _safe(name: str) -> str:
    keep = "".join(c if c.isalnum() or c in " -_+.,()" else "-" for c in name).strip()
    return keep[:80] or "Rapport"
