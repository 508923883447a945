"""§2.3 Overlegstructuren tab: real window, clicks, typing and mouse gestures on the map;
asserted on the file and the undo stack."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from docx import Document as DocxDocument
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from zvdesk.models.core import ops
from zvdesk.models.core.document import Document
from zvdesk.models.overleg import ops as ov
from zvdesk.models.overleg.read import inventory
from zvdesk.models.overleg.tables import Decision, Meeting, MeetingRound
from zvdesk.reports.data import ReportOptions
from zvdesk.reports.engine import generate
from zvdesk.ui.instruments.overleg import SPEC
from zvdesk.ui.instruments.overleg.tab import MeetingsTab

from .uihelpers import undo_by_menu


@pytest.fixture
def region_file(workdir: Path) -> Path:
    from zvdesk.models.region.ops import populate_new_region

    path = workdir / "regio.zvdb"
    Document.create(path, populate=lambda s: populate_new_region(s, "Regio", ["A", "B"])).close()
    return path


def _open(window, path: Path) -> MeetingsTab:  # noqa: ANN001
    assert window.open_path(path)
    window.show_target(None, "overleg")
    tab = window.workspace.widget_for("overleg")
    assert isinstance(tab, MeetingsTab)
    return tab


def _meetings(window) -> list[Meeting]:  # noqa: ANN001
    with window.controller.session() as s:
        return ov.meetings(s)


def _type_in_cell(view, index, text: str) -> None:  # noqa: ANN001
    view.setFocus()
    view.setCurrentIndex(index)
    QTest.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not view
    if hasattr(editor, "selectAll"):
        editor.selectAll()
    QTest.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def test_spec_is_region_wide() -> None:
    assert (SPEC.key, SPEC.chapter, SPEC.scope) == ("overleg", "2.3", "region")


def test_add_a_meeting_by_typing_with_participant_and_theme(window, region_file) -> None:  # noqa: ANN001
    tab = _open(window, region_file)
    page = tab.inventory
    QTest.mouseClick(page.meetings.add_button, Qt.MouseButton.LeftButton)
    editor = QApplication.focusWidget()
    editor.selectAll()
    QTest.keyClicks(editor, "RBO Zorg en Veiligheid")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert [m.name for m in _meetings(window)] == ["RBO Zorg en Veiligheid"]
    meeting_id = _meetings(window)[0].id
    page.meetings.select_ids([meeting_id])
    _type_in_cell(page.meetings.view, page.meetings.proxy.index(0, 4), "6")
    assert _meetings(window)[0].frequency == 6
    assert window.controller.undo_stack.undoText() == "Keer per jaar wijzigen"
    purpose = page.form.editors["purpose"]
    purpose.setFocus()
    QTest.keyClicks(purpose, "Besluiten over de werkagenda")
    QTest.keyClick(purpose, Qt.Key.Key_Tab)
    page.form.flush()
    assert _meetings(window)[0].purpose == "Besluiten over de werkagenda"
    # a participant: add a row and type a free name
    QTest.mouseClick(page.participants.add_button, Qt.MouseButton.LeftButton)
    _type_in_cell(page.participants.view, page.participants.proxy.index(0, 2),
                  "Burgemeesters van de regio")
    with window.controller.session() as s:
        seats = ov.participants(s, meeting_id)
    assert [p.name for p in seats] == ["Burgemeesters van de regio"]
    # a theme: check it with the keyboard
    themes = page.themes
    themes.setFocus()
    themes.setCurrentRow(0)
    first = themes.item(0).text()
    QTest.keyClick(themes, Qt.Key.Key_Space)
    with window.controller.session() as s:
        assert len(ov.theme_ids(s, meeting_id)) == 1
    assert window.controller.undo_stack.undoText() == f"Thema ‘{first}’ aanzetten"
    undo_by_menu(window)
    with window.controller.session() as s:
        assert ov.theme_ids(s, meeting_id) == set()
    assert themes.item(0).checkState() == Qt.CheckState.Unchecked


def _example_tab(window, example_path) -> MeetingsTab:  # noqa: ANN001
    return _open(window, example_path)


def test_map_drag_moves_a_meeting_in_one_undo_step(window, example_path) -> None:  # noqa: ANN001
    tab = _example_tab(window, example_path)
    tab.show_page(tab.map)
    view, scene = tab.map.view, tab.map.scene
    QApplication.processEvents()
    item = next(iter(scene.meetings.values()))
    before = item.pos()
    start = view.mapFromScene(item.centre())
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        QTest.mouseMove(view.viewport(), start + QPoint(step * 8, step * 4))
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(40, 20))
    QApplication.processEvents()
    with window.controller.session() as s:
        row = s.get(Meeting, item.record_id)
        moved = (row.x - before.x(), row.y - before.y())
    assert moved[0] > 10 and moved[1] > 5
    assert window.controller.undo_stack.undoText() == "Overleg verplaatsen"
    assert item.card.name in tab.map.details.text()  # the selected meeting's details
    undo_by_menu(window)
    with window.controller.session() as s:
        row = s.get(Meeting, item.record_id)
        assert (row.x, row.y) == (before.x(), before.y())


def test_map_shift_drag_links_two_meetings(window, region_file) -> None:  # noqa: ANN001
    doc = Document.open(region_file)
    doc.write(lambda s: [ov.add_meeting(s, "A", x=0.0, y=0.0),
                         ov.add_meeting(s, "B", x=400.0, y=0.0)])
    doc.close()
    tab = _open(window, region_file)
    tab.show_page(tab.map)
    QApplication.processEvents()
    view, scene = tab.map.view, tab.map.scene
    a, b = sorted(scene.meetings.values(), key=lambda i: i.pos().x())
    start, end = view.mapFromScene(a.centre()), view.mapFromScene(b.centre())
    shift = Qt.KeyboardModifier.ShiftModifier
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, shift, start)
    QTest.mouseMove(view.viewport(), (start + end) / 2)
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, shift, end)
    QApplication.processEvents()
    with window.controller.session() as s:
        links = ov.links(s)
    assert [(lk.source_id, lk.target_id) for lk in links] == [(a.record_id, b.record_id)]
    assert len(scene.links) == 1
    assert window.controller.undo_stack.undoText() == "Overleggen verbinden"


def test_decision_and_golden_questions(window, example_path) -> None:  # noqa: ANN001
    tab = _example_tab(window, example_path)
    page = tab.questions
    tab.show_page(page)
    table = page.meetings
    row = next(r for r in range(table.proxy.rowCount())
               if table.proxy.index(r, 0).data() == "Tactisch overleg Zorg en Veiligheid")
    table.select_ids([table.model.record_id(table.proxy.mapToSource(
        table.proxy.index(row, 0)).row())])
    meeting_id = page.current()
    assert meeting_id is not None
    view = table.view
    view.setFocus()
    view.setCurrentIndex(table.proxy.index(row, 1))
    QTest.keyClick(view, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    combo.setCurrentIndex(combo.findText("Aanpassen"))
    QTest.keyClick(combo, Qt.Key.Key_Return)
    QApplication.processEvents()
    with window.controller.session() as s:
        assert s.get(Meeting, meeting_id).decision is Decision.AANPASSEN
    field = page.change.editors["less_well"]
    field.setFocus()
    QTest.keyClicks(field, "Te lang")
    page.change.flush()
    with window.controller.session() as s:
        assert s.get(Meeting, meeting_id).less_well == "Te lang"
    page.missing.setFocus()
    page.missing.selectAll()
    QTest.keyClicks(page.missing, "Nee")
    page.flush()
    with window.controller.session() as s:
        assert ov.review(s).answer_missing == "Nee"
    assert window.controller.undo_stack.undoText() == "Antwoord op vraag 2 wijzigen"


def test_figures_show_charts_and_tables(window, example_path) -> None:  # noqa: ANN001
    tab = _example_tab(window, example_path)
    tab.show_page(tab.figures)
    QApplication.processEvents()
    page = tab.figures
    with window.controller.session() as s:
        data = inventory(s)
    assert page.admin_table.rowCount() == len(data.per_administrator) > 0
    assert page.overlap_table.rowCount() == len(data.overlaps) > 0
    assert [r.label for r in page.admin_chart.rows] == [
        m.label for m in data.per_administrator[:15]]
    assert str(data.total_before) in page.totals.text()


def test_plan_rounds_and_the_reminder_on_opening(window, example_path) -> None:  # noqa: ANN001
    tab = _example_tab(window, example_path)
    assert "belronde" in window.statusBar().currentMessage().lower()
    assert "aan de beurt" in window.statusBar().currentMessage()
    tab.show_page(tab.rounds)
    with window.controller.session() as s:
        before = s.query(MeetingRound).count()
    QTest.mouseClick(tab.rounds.plan_button, Qt.MouseButton.LeftButton)
    with window.controller.session() as s:
        rounds = ov.rounds(s)
    assert len(rounds) == before + 4
    assert rounds[-1].planned_on > date(2027, 11, 15)
    assert window.controller.undo_stack.undoText() == "Belrondes plannen"


def test_report_has_map_figures_and_cards(example_path, workdir) -> None:  # noqa: ANN001
    doc = Document.open(example_path, read_only=True)
    try:
        options = ReportOptions(project_id=None, instruments=("overleg",))
        pdf = generate(doc, options, workdir / "r.pdf")
        docx = generate(doc, options, workdir / "r.docx")
    finally:
        doc.close()
    text = "\n".join(p.extract_text() for p in PdfReader(str(pdf)).pages)
    for needle in ("Bestuurlijke netwerkkaart", "Per bestuurder", "NAAM", "WIE", "DOEL",
                   "FREQUENTIE", "Zijn al deze overleggen nodig?", "Belronde",
                   "RBO Zorg en Veiligheid"):
        assert needle in text, needle
    word = DocxDocument(str(docx))
    headings = [p.text for p in word.paragraphs if p.style.name.startswith("Heading")]
    assert "Bestuurlijke netwerkkaart" in headings and "RBO Zorg en Veiligheid" in headings
    alts = [el.get("descr") for el in word.element.body.iter() if el.tag.endswith("}docPr")]
    assert any(a and a.startswith("Netwerkkaart") for a in alts)


def test_stappenplan_links_to_the_region_tab(window, example_path) -> None:  # noqa: ANN001
    from zvdesk.models.region.ops import live_projects
    from zvdesk.models.steps.tables import StepKey

    assert window.open_path(example_path)
    with window.controller.session() as s:
        project_id = live_projects(s)[0].id
    window.show_target(project_id, "steps")
    steps = window.workspace.widget_for("steps")
    steps.show_step(StepKey.STAP_4)
    button = steps.page(StepKey.STAP_4).link_buttons["overleg"]
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.workspace.current_spec().key == "overleg"


def test_meetings_are_not_organisations_anymore(example_doc) -> None:  # noqa: ANN001
    with example_doc.session() as s:
        assert "RBO" not in {o.short_name for o in ops.list_live(s, "organisation")}
