"""§2.4 AVE tab: real window, clicks and typing; asserted on the file and the undo stack."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as DocxDocument
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from zvdesk.models.core import ops
from zvdesk.models.core.document import Document
from zvdesk.models.escalatie import ops as ave
from zvdesk.models.escalatie.read import regiekaart
from zvdesk.models.escalatie.tables import AvePhase
from zvdesk.models.region.ops import live_projects
from zvdesk.reports.data import ReportOptions
from zvdesk.reports.engine import generate
from zvdesk.ui import dialogs
from zvdesk.ui.instruments.escalatie import SPEC
from zvdesk.ui.instruments.escalatie.tab import EscalationTab
from zvdesk.ui.report import printing

from .uihelpers import cell_reason, open_cell_text, undo_by_menu


@pytest.fixture
def project_file(workdir: Path) -> tuple[Path, str]:
    ids: dict[str, str] = {}

    def populate(s) -> None:  # noqa: ANN001
        ids["project"] = ops.create_record(s, "project", {"name": "Pilot"})

    path = workdir / "regio.zvdb"
    Document.create(path, populate=populate).close()
    return path, ids["project"]


def _open(window, path: Path, project_id: str) -> EscalationTab:  # noqa: ANN001
    assert window.open_path(path)
    window.show_target(project_id, "escalatie")
    tab = window.workspace.widget_for("escalatie")
    assert isinstance(tab, EscalationTab)
    return tab


def _phases(window, project_id: str) -> list[AvePhase]:  # noqa: ANN001
    with window.controller.session() as s:
        return ave.phases(s, project_id)


def test_spec_registers_the_tab() -> None:
    assert (SPEC.key, SPEC.chapter, SPEC.scope) == ("escalatie", "2.4", "project")


def test_default_phases_button_is_one_undo_step(window, project_file) -> None:  # noqa: ANN001
    path, project_id = project_file
    tab = _open(window, path, project_id)
    assert not tab.print_button.isEnabled()
    QTest.mouseClick(tab.defaults_button, Qt.MouseButton.LeftButton)
    phases = _phases(window, project_id)
    assert [(p.number, p.colour) for p in phases] == [
        (1, "groen"), (2, "geel"), (3, "oranje"), (4, "donkerrood")]
    assert window.controller.undo_stack.undoText() == "Standaardfasen toevoegen"
    assert not tab.defaults_button.isEnabled()
    assert tab.print_button.isEnabled()
    assert tab.phases_page.current_phase() == phases[0].id
    assert tab.card_page.model.columnCount() == 4
    undo_by_menu(window)
    assert _phases(window, project_id) == []
    assert tab.defaults_button.isEnabled()
    assert tab.card_page.model.columnCount() == 0


def test_add_a_phase_by_typing_and_fill_its_agreements(window, project_file) -> None:  # noqa: ANN001
    path, project_id = project_file
    tab = _open(window, path, project_id)
    table = tab.phases_page.table
    QTest.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    editor = QApplication.focusWidget()
    editor.selectAll()
    QTest.keyClicks(editor, "9")
    QTest.keyClick(editor, Qt.Key.Key_Tab)
    QApplication.processEvents()
    # 9 is above the highest number: the Dutch rule beside the cell, nothing written
    assert "tussen 1 en 8" in cell_reason(table.view)
    assert open_cell_text(table.view) == "9" and window.messages == []
    assert [p.number for p in _phases(window, project_id)] == [1]
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    QApplication.processEvents()
    assert open_cell_text(table.view) is None
    # the name column
    view = table.view
    view.setFocus()
    view.setCurrentIndex(table.proxy.index(0, 1))
    QTest.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    QTest.keyClicks(editor, "Vermoedens")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert _phases(window, project_id)[0].name == "Vermoedens"
    table.select_ids([_phases(window, project_id)[0].id])
    form = tab.phases_page.form
    assert form is not None and form.isVisible()
    case = form.editors["case_direction"]
    case.setFocus()
    QTest.keyClicks(case, "Wijkteam")
    QTest.keyClick(case, Qt.Key.Key_Tab)  # leaves the field; the pause timer saves
    form.flush()
    assert _phases(window, project_id)[0].case_direction == "Wijkteam"
    assert window.controller.undo_stack.undoText() == "Casusregie wijzigen"
    assert "Wijkteam" in tab.card_page.model.index(1, 0).data()
    undo_by_menu(window)
    assert _phases(window, project_id)[0].case_direction == ""


def test_renaming_a_row_shows_on_the_card_and_in_the_form(window, project_file) -> None:  # noqa: ANN001
    path, project_id = project_file
    tab = _open(window, path, project_id)
    QTest.mouseClick(tab.defaults_button, Qt.MouseButton.LeftButton)
    tab.pages.setCurrentWidget(tab.card_page)
    edit = tab.card_page.edits["case_direction"]
    edit.setFocus()
    QTest.keyClicks(edit, "Regie op de casus")
    QTest.keyClick(edit, Qt.Key.Key_Tab)
    model = tab.card_page.model
    assert model.headerData(1, Qt.Orientation.Vertical) == "Regie op de casus"
    assert window.controller.undo_stack.undoText() == "Naam van een rij wijzigen"
    tab.pages.setCurrentWidget(tab.phases_page)
    assert tab.phases_page.form.fields[1].title == "Regie op de casus"
    undo_by_menu(window)
    assert model.headerData(1, Qt.Orientation.Vertical) == "Casusregie"


def test_regiekaart_saves_as_one_landscape_page_and_prints(window, example_path, workdir,
                                                         monkeypatch) -> None:  # noqa: ANN001
    doc = Document.open(example_path, read_only=True)
    with doc.session() as s:
        project_id = live_projects(s)[0].id
    doc.close()
    tab = _open(window, example_path, project_id)
    target = workdir / "kaart"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *_a, **_k: str(target))
    QTest.mouseClick(tab.pdf_button, Qt.MouseButton.LeftButton)
    reader = PdfReader(str(workdir / "kaart.pdf"))
    assert len(reader.pages) == 1
    page = reader.pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)
    text = page.extract_text()
    assert "Regiekaart Zaanstreek-Waterland" in text and "AVE 4" in text
    assert "RBO Zorg en Veiligheid" in text
    printed: list[int] = []
    monkeypatch.setattr(printing, "ask_printer", lambda *_a: True)
    monkeypatch.setattr(printing, "print_pdf",
                        lambda pdf, _p: printed.append(len(PdfReader(
                            __import__("io").BytesIO(pdf)).pages)) or 1)
    QTest.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    assert printed == [1]


def test_report_has_the_regiekaart_in_pdf_and_word(example_path, workdir) -> None:  # noqa: ANN001
    doc = Document.open(example_path, read_only=True)
    try:
        with doc.session() as s:
            project_id = live_projects(s)[0].id
            card = regiekaart(s, project_id)
        options = ReportOptions(project_id=project_id, instruments=("escalatie",))
        pdf = generate(doc, options, workdir / "r.pdf")
        docx = generate(doc, options, workdir / "r.docx")
    finally:
        doc.close()
    pages = PdfReader(str(pdf)).pages
    landscape = [p for p in pages if float(p.mediabox.width) > float(p.mediabox.height)]
    assert len(landscape) == 1
    text = landscape[0].extract_text()
    assert card.title in text and "AVE 1" in text and "Casusregie" in text
    assert all(p.extract_text().strip() for p in pages)  # no blank page before the card
    word = DocxDocument(str(docx))
    headings = [p.text for p in word.paragraphs if p.style.name.startswith("Heading")]
    assert card.title in headings and "Afspraken per fase" in headings
    assert any(h.startswith("AVE 4") for h in headings)
    alts = [el.get("descr") for el in word.element.body.iter()
            if el.tag.endswith("}docPr")]
    assert any(a and "fasen als kolommen" in a for a in alts)


def test_stappenplan_links_to_the_tab(window, project_file) -> None:  # noqa: ANN001
    path, project_id = project_file
    assert window.open_path(path)
    window.show_target(project_id, "steps")
    steps = window.workspace.widget_for("steps")
    from zvdesk.models.steps.tables import StepKey

    steps.show_step(StepKey.STAP_4)
    button = steps.page(StepKey.STAP_4).link_buttons["escalatie"]
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.workspace.current_spec().key == "escalatie"
