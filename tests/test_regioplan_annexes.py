"""The regioplan's annexes from the instruments (issue 18.3): the milestones of 2.2 Timing
and the indicators of Monitoring of the covered projects, in the tab (read-only lists that
open the instrument) and in the document (PDF and Word)."""

from __future__ import annotations

from datetime import date

from docx import Document as DocxDocument
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from zvdesk.models.core import ops
from zvdesk.models.core.document import Document
from zvdesk.models.regioplan.read import covered_projects
from zvdesk.models.timing import ops as tim
from zvdesk.reports.sections.regioplan.document import generate_regioplan
from zvdesk.ui.instruments.monitoring.widget import MonitoringTab
from zvdesk.ui.instruments.regioplan.tab import RegioplanTab
from zvdesk.ui.instruments.timing.tab import TimingTab

WERKAGENDA = "Werkagenda Zorg en Veiligheid vastgesteld in het RBO"


def _annexes(window, example_path):  # noqa: ANN001, ANN202
    assert window.open_path(example_path)
    window.show_target(None, "regioplan")
    tab = window.workspace.widget_for("regioplan")
    assert isinstance(tab, RegioplanTab)
    tab.pages.setCurrentWidget(tab.annexes)
    return tab.annexes


def _cells(table) -> list[list[str]]:  # noqa: ANN001
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def _click_row(table, row: int) -> None:  # noqa: ANN001
    rect = table.visualItemRect(table.item(row, 2))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert table.currentRow() == row


def test_tab_lists_the_moments_and_opens_timing(window, example_path) -> None:  # noqa: ANN001
    annexes = _annexes(window, example_path)
    rows = _cells(annexes.milestones.table)
    werkagenda = next(r for r in rows if r[2] == WERKAGENDA)
    assert werkagenda[0] == "Regiopilot Zorg + Veiligheid"
    assert "Gemeenteraadsverkiezingen" in werkagenda[4]  # the clash and its solution
    assert "bekrachtigen" in werkagenda[4]
    assert annexes.milestones.table.editTriggers() == annexes.milestones.table.EditTrigger.NoEditTriggers
    _click_row(annexes.milestones.table, rows.index(werkagenda))
    QTest.mouseClick(annexes.milestones.open_button, Qt.MouseButton.LeftButton)
    assert window.workspace.current_spec().key == "timing"
    assert isinstance(window.workspace.widget_for("timing"), TimingTab)
    with window.controller.session() as s:
        pilot = next(p for p in covered_projects(s) if p.name == werkagenda[0])
    assert window.workspace.project_id == pilot.id


def test_tab_follows_an_edit_of_the_moment(window, example_path) -> None:  # noqa: ANN001
    annexes = _annexes(window, example_path)
    with window.controller.session() as s:
        moment = next(m for p in covered_projects(s) for m in tim.moments(s, p.id)
                      if m.title == WERKAGENDA)
    window.controller.execute("Moment verplaatsen", lambda s: ops.update_record(
        s, "tim_moment", moment.id, {"on_date": date(2026, 9, 15)}))
    row = next(r for r in _cells(annexes.milestones.table) if r[2] == WERKAGENDA)
    assert row[1] == "15-09-2026"
    assert row[4] == "–"  # no longer in the election's run-up
    window.undo_action.trigger()
    row = next(r for r in _cells(annexes.milestones.table) if r[2] == WERKAGENDA)
    assert row[1] == "12-03-2026"


def test_tab_lists_the_indicators_and_opens_monitoring(window, example_path) -> None:  # noqa: ANN001
    annexes = _annexes(window, example_path)
    rows = _cells(annexes.monitoring.table)
    e33 = next(r for r in rows if r[1] == "E33-meldingen")
    assert e33[2:4] == ["361", "300"]
    assert "per gemeente" in e33[4]
    assert e33[5] == "RBO Zorg en Veiligheid"
    _click_row(annexes.monitoring.table, rows.index(e33))
    QTest.mouseClick(annexes.monitoring.open_button, Qt.MouseButton.LeftButton)
    assert window.workspace.current_spec().key == "monitoring"
    assert isinstance(window.workspace.widget_for("monitoring"), MonitoringTab)


def test_document_has_the_milestones_and_monitoring_annexes(example_doc: Document,
                                                            workdir) -> None:  # noqa: ANN001
    pdf = generate_regioplan(example_doc, workdir / "plan.pdf")
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())
    annex_f = text[text.rindex("Bijlage F Mijlpalenplanning"):text.rindex("Bijlage G Monitoring")]
    assert "Gemeenteraadsverkiezin" in annex_f and "bekrachtigen" in annex_f
    assert "Dat onderdeel zit nog niet" not in text
    annex_g = text[text.rindex("Bijlage G Monitoring"):]
    assert "E33-meldingen" in annex_g and "Kanttekeningen bij de cijfers" in annex_g
    docx = DocxDocument(str(generate_regioplan(example_doc, workdir / "plan.docx")))
    headings = [p.text for p in docx.paragraphs if p.style.name.startswith("Heading")]
    assert "Bijlage F Mijlpalenplanning" in headings and "Bijlage G Monitoring" in headings
    cells = {c.text for t in docx.tables for row in t.rows for c in row.cells}
    assert "E33-meldingen" in cells
    assert any("Werkagenda Zorg en Veiligheid" in c for c in cells)
    alts = [el.get("descr") for el in docx.element.body.iter() if el.tag.endswith("}docPr")]
    assert any(a and a.startswith("Lijngrafiek van E33-meldingen") for a in alts)
