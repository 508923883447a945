"""Regioplan tab: start, type an answer, add a trend, choose projects, write the document."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from zvdesk.models.core import ops
from zvdesk.models.core.document import Document
from zvdesk.models.regioplan import ops as plan_ops
from zvdesk.models.regioplan import tables as rp
from zvdesk.ui import dialogs
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.instruments.regioplan import SPEC
from zvdesk.ui.instruments.regioplan.tab import RegioplanTab


@pytest.fixture
def messages(monkeypatch) -> list[tuple[str, str]]:  # noqa: ANN001
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, t, m: shown.append((t, m)))
    return shown


def _tab(qtbot, doc: Document) -> RegioplanTab:  # noqa: ANN001
    widget = RegioplanTab(DocumentController(doc))
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


@pytest.fixture
def new_tab(qtbot, new_doc: Document, messages) -> Iterator[RegioplanTab]:  # noqa: ANN001
    widget = _tab(qtbot, new_doc)
    yield widget
    widget.controller.undo_stack.clear()
    new_doc.listeners.clear()


def _undo(tab: RegioplanTab) -> None:
    tab.controller.undo_stack.undo()
    QApplication.processEvents()


def test_spec_is_a_region_tab() -> None:
    assert (SPEC.key, SPEC.scope) == ("regioplan", "region")


def _focus(tab: RegioplanTab) -> str:
    with tab.controller.session() as s:
        return plan_ops.get_plan(s).strategic_focus


def test_start_then_type_the_focus(qtbot, new_tab: RegioplanTab) -> None:  # noqa: ANN001
    assert new_tab.stack.currentIndex() == 0
    QTest.mouseClick(new_tab.start_button, Qt.MouseButton.LeftButton)
    assert new_tab.stack.currentIndex() == 1
    assert new_tab.controller.undo_stack.undoText() == "Regioplan beginnen"
    editor = new_tab.forms[0].editors["strategic_focus"]
    new_tab.activateWindow()
    editor.setFocus()
    assert editor.hasFocus()
    QTest.keyClicks(editor, "Lokaal waar het kan")
    QTest.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: _focus(new_tab) == "Lokaal waar het kan", timeout=3000)
    assert new_tab.controller.undo_stack.undoText() == "Strategische focus wijzigen"
    _undo(new_tab)
    with new_tab.controller.session() as s:
        assert plan_ops.get_plan(s).strategic_focus == ""
    _undo(new_tab)
    assert new_tab.stack.currentIndex() == 0


def test_add_a_trend_by_typing(new_tab: RegioplanTab) -> None:
    QTest.mouseClick(new_tab.start_button, Qt.MouseButton.LeftButton)
    new_tab.pages.setCurrentIndex(2)
    QTest.mouseClick(new_tab.trends.add_button, Qt.MouseButton.LeftButton)
    editor = QApplication.focusWidget()
    QTest.keyClicks(editor, "Vergrijzing")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    with new_tab.controller.session() as s:
        titles = [t.title for t in ops.list_live(s, "regioplan_trend")]
    assert titles == ["Vergrijzing"]
    _undo(new_tab)
    with new_tab.controller.session() as s:
        assert [t.title for t in ops.list_live(s, "regioplan_trend")] == ["Nieuwe trend 1"]


def test_choose_a_project_with_the_keyboard(qtbot, new_doc: Document, messages) -> None:  # noqa: ANN001
    pid, _ = new_doc.write(lambda s: ops.create_record(s, "project", {"name": "Pilot"}))
    new_doc.write(plan_ops.start_plan)
    tab = _tab(qtbot, new_doc)
    tab.pages.setCurrentIndex(5)
    lst = tab.projects.list
    lst.setFocus()
    lst.setCurrentRow(0)
    QTest.keyClick(lst, Qt.Key.Key_Space)
    with tab.controller.session() as s:
        assert plan_ops.covered_project_ids(s) == {pid}
    assert tab.controller.undo_stack.undoText() == "Project in het regioplan opnemen"
    _undo(tab)
    with tab.controller.session() as s:
        assert plan_ops.covered_project_ids(s) == set()
    assert lst.item(0).checkState() == Qt.CheckState.Unchecked
    tab.controller.undo_stack.clear()


def test_document_button_writes_the_pdf(qtbot, example_doc: Document, workdir,  # noqa: ANN001
                                        monkeypatch, messages) -> None:
    target = workdir / "regioplan.pdf"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *_a, **_k: str(target))
    tab = _tab(qtbot, example_doc)
    assert tab.document_button.text() == "Regioplan als document…"
    QTest.mouseClick(tab.document_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.document_button.isEnabled(), timeout=60000)
    assert not messages
    text = " ".join(PdfReader(target).pages[2].extract_text().split())
    assert "1 Een vliegende start" in text
    assert "regioplan.pdf" in tab.status.text()


def test_example_trends_page_shows_the_rows(qtbot, example_doc: Document, messages) -> None:  # noqa: ANN001
    tab = _tab(qtbot, example_doc)
    assert tab.trends.model.rowCount() == 7
    with tab.controller.session() as s:
        assert len(ops.list_live(s, "regioplan_goal")) == tab.goals.model.rowCount()
    assert rp.KINDS[0] == "regioplan"
