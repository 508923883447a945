"""Regioplan tab: start, type an answer, add a trend, choose projects, write the document."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

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
    widget.activateWindow()
    qtbot.waitExposed(widget)
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
    tab.pages.setCurrentWidget(tab.projects)
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


# -- the goal tree picture and the trend chart ------------------------------------------------

LEFT = Qt.MouseButton.LeftButton


def _send(view, kind, scene_pt, button=Qt.MouseButton.NoButton,  # noqa: ANN001
          buttons=Qt.MouseButton.NoButton) -> None:  # noqa: ANN001
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QMouseEvent

    local = QPointF(view.mapFromScene(scene_pt))
    glob = QPointF(view.viewport().mapToGlobal(local.toPoint()))
    QApplication.sendEvent(view.viewport(), QMouseEvent(
        kind, local, glob, button, buttons, Qt.KeyboardModifier.NoModifier))


def _drag(view, start, end) -> None:  # noqa: ANN001
    from PySide6.QtCore import QEvent, QPointF

    _send(view, QEvent.Type.MouseButtonPress, start, LEFT, LEFT)
    for i in range(1, 6):
        _send(view, QEvent.Type.MouseMove, start + (end - start) * (i / 5), buttons=LEFT)
    _send(view, QEvent.Type.MouseButtonRelease, QPointF(end), LEFT)


def _goal_id(tab: RegioplanTab, title: str) -> str:
    with tab.controller.session() as s:
        return next(g.id for g in ops.list_live(s, "regioplan_goal") if g.title == title)


def _parent(tab: RegioplanTab, goal_id: str) -> str | None:
    with tab.controller.session() as s:
        return s.get(rp.RegioplanGoal, goal_id).parent_id


def test_drag_a_goal_onto_another_makes_it_a_subgoal(qtbot, example_doc: Document,  # noqa: ANN001
                                                     messages) -> None:
    tab = _tab(qtbot, example_doc)
    tab.pages.setCurrentIndex(3)
    qtbot.waitExposed(tab.tree_view)
    scene, view = tab.tree_scene, tab.tree_view
    assert len(scene.goals) == 7
    training = _goal_id(tab, "Scholing van wijkteams in signalering")
    route = _goal_id(tab, "Eén regionale route voor personen met verward gedrag")
    before = _parent(tab, training)
    source = scene.goals[training].sceneBoundingRect().center()
    target = scene.goals[route].sceneBoundingRect().center()
    _drag(view, source, target)
    assert _parent(tab, training) == route
    assert tab.controller.undo_stack.undoText() == "Doel verplaatsen in de doelenboom"
    # the picture follows the tree: the goal now hangs under the route
    assert scene.goals[training].pos().y() > scene.goals[route].pos().y()
    # the table (the same tree for the keyboard) shows the new parent
    col = [f.name for f in tab.goals.model.fields].index("parent_id")
    row = tab.goals.model.row_of(training)
    assert tab.goals.model.index(row, col).data().startswith("1.1 Eén regionale route")
    # dropped on empty space it becomes a top goal
    free = scene.sceneRect().bottomLeft() + type(source)(5, -5)
    _drag(view, scene.goals[training].sceneBoundingRect().center(), free)
    assert _parent(tab, training) is None
    _undo(tab)
    _undo(tab)
    assert _parent(tab, training) == before
    assert not messages
    tab.controller.undo_stack.clear()


def test_trend_chart_follows_the_table(qtbot, new_doc: Document, messages) -> None:  # noqa: ANN001
    new_doc.write(plan_ops.start_plan)
    tab = _tab(qtbot, new_doc)
    tab.pages.setCurrentIndex(2)
    assert tab.chart.points == []
    QTest.mouseClick(tab.trends.add_button, Qt.MouseButton.LeftButton)
    editor = QApplication.focusWidget()
    if editor is None:  # the offscreen window lost activation to an earlier test's window
        editor = tab.trends.view.viewport().findChild(QLineEdit)
    assert editor is not None
    QTest.keyClicks(editor, "Vergrijzing")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    trend_id = tab.trends.selected_ids()[0]
    # a rating and a kans make a dot: written as the table's combo cells would write them
    tab.controller.execute("Relevantie wijzigen", lambda s: ops.update_record(
        s, "regioplan_trend", trend_id, {"relevance": 4, "valence": rp.Valence.KANS}))
    QApplication.processEvents()
    assert [(label, x) for label, x, _y, _v in tab.chart.points] == [("Vergrijzing", 4.0)]
    assert tab.chart.points[0][2] > 0  # kans: above the middle line
    assert len(tab.chart.scatter.data) == 1
    tab.controller.undo_stack.clear()
