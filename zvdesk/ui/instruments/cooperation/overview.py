"""Sub-page "Overzicht per vraag": every participant's answer to each intake question.

Read-only and laid out like a handout for the start meeting; it can be saved as a PDF.
"""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from zvdesk.models.cooperation.read import CooperationData, cooperation_for_project
from zvdesk.models.core.changes import Changes
from zvdesk.models.region.tables import Project
from zvdesk.ui import dialogs
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.instruments.cooperation import texts as T
from zvdesk.ui.instruments.cooperation.lazy import RefreshWhenShown
from zvdesk.ui.widgets.fields import long_date

REFRESH_KINDS = ("coop_participant", "organisation", "person", "project")

STYLE = """
body { font-size: 10pt; }
h1 { font-size: 15pt; margin-bottom: 2px; }
h2 { font-size: 12pt; margin-top: 16px; margin-bottom: 4px; }
p.sub { color: #555; margin-top: 0; }
table { border-collapse: collapse; }
td { padding: 4px 8px; vertical-align: top; border-bottom: 1px solid #ccc; }
td.who { font-weight: bold; width: 28%; }
span.none { color: #888; font-style: italic; }
span.part { color: #555; }
"""


def _answer_html(parts: tuple[tuple[str, str], ...]) -> str:
    lines = [(f"<span class='part'>{escape(label)}:</span> " if label else "")
             + escape(text).replace("\n", "<br>") for label, text in parts if text]
    return "<br>".join(lines) if lines else f"<span class='none'>{T.NO_ANSWER}</span>"


def overview_html(data: CooperationData, project_name: str, today: date) -> str:
    """The summary per question as HTML (also used for the PDF)."""
    out = [f"<html><head><style>{STYLE}</style></head><body>",
           f"<h1>{T.OVERVIEW_TITLE}</h1>",
           f"<p class='sub'>{escape(project_name)} — {long_date(today)}<br>{T.OVERVIEW_SUB}</p>"]
    if not data.participants:
        out.append(f"<p>{T.OVERVIEW_EMPTY}</p>")
    else:
        done = sum(1 for p in data.participants if any(a.text for a in p.intake))
        out.append(f"<p>{T.OVERVIEW_COUNT.format(done=done, total=len(data.participants))}</p>")
    for number, (key, question) in enumerate(data.questions, start=1):
        out.append(f"<h2>{number}. {escape(question)}</h2>")
        out.append("<table width='100%' cellspacing='0'>")
        for participant in data.participants:
            answer = next(a for a in participant.intake if a.question_key == key)
            out.append(f"<tr><td class='who'>{escape(participant.label)}</td>"
                       f"<td>{_answer_html(answer.parts)}</td></tr>")
        out.append("</table>")
    out.append("</body></html>")
    return "".join(out)


class OverviewPage(RefreshWhenShown, QWidget):
    """The read-only summary per question, refreshed when an intake changes."""

    def __init__(self, controller: DocumentController, project_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.project_id = project_id
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(T.OVERVIEW_TITLE)
        self.browser.setOpenLinks(False)
        self.pdf_button = QPushButton(T.SAVE_PDF)
        self.pdf_button.clicked.connect(self.save_pdf)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.browser)
        self.html = ""
        controller.changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        """Builds the summary again from the file."""
        with self.controller.session() as s:
            data = cooperation_for_project(s, self.project_id)
            project = s.get(Project, self.project_id)
            name = project.name if project is not None else ""
        self.data = data
        self.html = overview_html(data, name, date.today())
        scroll = self.browser.verticalScrollBar().value()
        self.browser.setHtml(self.html)
        self.browser.verticalScrollBar().setValue(scroll)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(*REFRESH_KINDS):
            self.refresh()

    def save_pdf(self) -> Path | None:
        """Asks where, then writes the summary as an A4 PDF."""
        path = dialogs.ask_save_path(self, T.SAVE_PDF_TITLE, "intake-overzicht.pdf",
                                     T.PDF_FILTER)
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                          QPageLayout.Orientation.Portrait,
                                          printer.pageLayout().margins()))
        doc = QTextDocument()
        doc.setHtml(self.html)
        doc.print_(printer)
        if not target.is_file():
            dialogs.show_error(self, T.NOT_SAVED, T.PDF_FAILED)
            return None
        return target
