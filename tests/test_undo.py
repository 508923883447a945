"""Undo: a failed replay leaves the stack consistent, the undo limit, merged bursts."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import select

from zvdesk.models.core import ops
from zvdesk.models.core.document import Document
from zvdesk.models.region.ops import populate_new_region
from zvdesk.models.region.tables import Organisation, Person
from zvdesk.ui import controller as controller_module
from zvdesk.ui.controller import (
    MERGE_SECONDS,
    UNDO_LIMIT,
    DocumentController,
    field_key,
    nudge_key,
)


def _two_orgs_and_a_person(doc: Document) -> tuple[str, str, str]:
    with doc.session() as s:
        a, b = (o.id for o in s.scalars(select(Organisation).where(
            Organisation.deleted_at.is_(None)).limit(2)))
    pid, _ = doc.write(lambda s: ops.create_record(
        s, "person", {"name": "Anna de Vries", "organisation_id": a}))
    return a, b, pid


def _hard_delete_outside(path: Path, table: str, record_id: str) -> None:
    """Another program changes the file under the app: the row is gone for good."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute(f"DELETE FROM {table} WHERE id = ?", (record_id,))
    conn.commit()
    conn.close()


def _person_org(path: Path, pid: str) -> str | None:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT organisation_id FROM person WHERE id = ?",
                            (pid,)).fetchone()[0]
    finally:
        conn.close()


def test_failed_undo_drops_the_step_and_says_so_in_dutch(window, workdir: Path) -> None:  # noqa: ANN001
    path = workdir / "regio.zvdb"
    doc = Document.create(path, populate=lambda s: populate_new_region(s, "Testregio"))
    a, b, pid = _two_orgs_and_a_person(doc)
    doc.close()
    assert window.open_path(path)
    ctrl = window.controller
    stack = ctrl.undo_stack
    with ctrl.session() as s:
        b_name = s.get(Organisation, b).name
    ctrl.execute("Naam wijzigen", lambda s: ops.update_record(
        s, "organisation", b, {"name": "Nieuwe naam"}))
    ctrl.execute("Organisatie wijzigen", lambda s: ops.update_record(
        s, "person", pid, {"organisation_id": b}))
    assert (stack.count(), stack.index()) == (2, 2)
    _hard_delete_outside(path, "organisation", a)  # undo would point the person at it

    window.undo_action.trigger()  # Bewerken → Ongedaan maken

    assert window.messages and "kon niet ongedaan worden gemaakt" in window.messages[-1][1]
    assert "Organisatie wijzigen" in window.messages[-1][1]
    # The failed step is gone; the index did not pretend it was undone.
    assert (stack.count(), stack.index()) == (1, 1)
    assert stack.undoText() == "Naam wijzigen" and not stack.canRedo()
    assert _person_org(path, pid) == b  # the file still holds what it held
    assert window.undo_action.text() == "&Ongedaan maken: Naam wijzigen"
    # The other step still works.
    window.undo_action.trigger()
    assert (stack.count(), stack.index()) == (1, 0)
    with ctrl.session() as s:
        assert s.get(Organisation, b).name == b_name
        assert s.get(Person, pid).organisation_id == b


def test_failed_redo_drops_the_step_and_keeps_the_index(window, workdir: Path) -> None:  # noqa: ANN001
    path = workdir / "regio.zvdb"
    doc = Document.create(path, populate=lambda s: populate_new_region(s, "Testregio"))
    _a, b, pid = _two_orgs_and_a_person(doc)
    doc.close()
    assert window.open_path(path)
    stack = window.controller.undo_stack
    window.controller.execute("Organisatie wijzigen", lambda s: ops.update_record(
        s, "person", pid, {"organisation_id": b}))
    window.undo_action.trigger()
    assert (stack.count(), stack.index()) == (1, 0)
    _hard_delete_outside(path, "organisation", b)

    window.redo_action.trigger()

    assert "kon niet opnieuw worden gedaan" in window.messages[-1][1]
    assert (stack.count(), stack.index()) == (0, 0)
    assert not stack.canUndo() and not stack.canRedo()
    assert not window.redo_action.isEnabled()


def test_undo_limit(new_doc: Document, qtbot) -> None:  # noqa: ANN001
    ctrl = DocumentController(new_doc)
    assert ctrl.undo_stack.undoLimit() == UNDO_LIMIT == 100
    with new_doc.session() as s:
        org = s.scalars(select(Organisation)).first().id
    for i in range(UNDO_LIMIT + 5):
        ctrl.execute(f"Naam {i}", lambda s, i=i: ops.update_record(
            s, "organisation", org, {"name": f"Organisatie {i}"}))
    assert ctrl.undo_stack.count() == UNDO_LIMIT
    while ctrl.undo_stack.canUndo():
        ctrl.undo_stack.undo()
    with new_doc.session() as s:  # the oldest five steps were dropped
        assert s.get(Organisation, org).name == "Organisatie 4"


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The controller's clock, moved by hand."""
    now = [1000.0]
    monkeypatch.setattr(controller_module.time, "monotonic", lambda: now[0])
    return now


def test_typing_burst_on_one_field_is_one_step(new_doc: Document, clock, qtbot) -> None:  # noqa: ANN001
    ctrl = DocumentController(new_doc)
    with new_doc.session() as s:
        org = s.scalars(select(Organisation)).first()
        org_id, original = org.id, org.name
    key = field_key("organisation", org_id, "name")
    text = original
    for ch in "abcde":
        text += ch
        clock[0] += 0.5
        ctrl.execute("Naam wijzigen", lambda s, t=text: ops.update_record(
            s, "organisation", org_id, {"name": t}), merge_key=key)
    assert ctrl.undo_stack.count() == 1
    ctrl.undo_stack.undo()
    with new_doc.session() as s:
        assert s.get(Organisation, org_id).name == original
    ctrl.undo_stack.redo()
    with new_doc.session() as s:
        assert s.get(Organisation, org_id).name == original + "abcde"
    # Another field, a pause, or no key: a new step each.
    ctrl.execute("Website", lambda s: ops.update_record(
        s, "organisation", org_id, {"name": "X"}), merge_key=field_key(
            "organisation", org_id, "other"))
    clock[0] += MERGE_SECONDS + 1
    ctrl.execute("Naam", lambda s: ops.update_record(
        s, "organisation", org_id, {"name": "Y"}), merge_key=key)
    ctrl.execute("Naam", lambda s: ops.update_record(s, "organisation", org_id, {"name": "Z"}))
    assert ctrl.undo_stack.count() == 4


def test_nudges_of_the_same_items_merge_and_a_return_trip_vanishes(new_doc: Document, clock,  # noqa: ANN001
                                                                  qtbot) -> None:  # noqa: ANN001
    ctrl = DocumentController(new_doc)
    with new_doc.session() as s:
        orgs = [o.id for o in s.scalars(select(Organisation).limit(2))]
        names = {o: s.get(Organisation, o).name for o in orgs}
    key = nudge_key(orgs)
    assert key == nudge_key(reversed(orgs))
    for suffix in ("1", "12", "123"):
        clock[0] += 0.1
        ctrl.execute("Verplaatsen", lambda s, x=suffix: [ops.update_record(
            s, "organisation", o, {"name": names[o] + x}) for o in orgs], merge_key=key)
    assert ctrl.undo_stack.count() == 1
    clock[0] += 0.1
    ctrl.execute("Verplaatsen", lambda s: [ops.update_record(
        s, "organisation", o, {"name": names[o]}) for o in orgs], merge_key=key)
    assert ctrl.undo_stack.count() == 0  # back where the burst began: nothing to undo


def test_typing_with_pauses_in_a_form_field_is_one_undo_step(window, example_path: Path,  # noqa: ANN001
                                                            qtbot) -> None:  # noqa: ANN001
    assert window.open_path(example_path)
    window.show_target(None, "region")
    overview = window.workspace.widget_for("region")
    editor = overview.form.editors["description"]
    stack = window.controller.undo_stack
    before_count = stack.count()
    original = editor.toPlainText()
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    for ch in "abcde":
        QTest.keyClicks(editor, ch)
        qtbot.wait(750)  # longer than the form's pause: each character is saved
    QTest.keyClick(editor, Qt.Key.Key_Tab)
    conn = sqlite3.connect(example_path)
    try:
        on_disk = conn.execute("SELECT description FROM region").fetchone()[0]
    finally:
        conn.close()
    assert on_disk == original + "abcde"
    assert stack.count() == before_count + 1
    window.undo_action.trigger()
    assert editor.toPlainText() == original


def test_a_failed_undo_inside_a_macro_drops_the_whole_step_once(window, workdir: Path) -> None:  # noqa: ANN001
    path = workdir / "regio.zvdb"
    doc = Document.create(path, populate=lambda s: populate_new_region(s, "Testregio"))
    a, b, pid = _two_orgs_and_a_person(doc)
    doc.close()
    assert window.open_path(path)
    ctrl = window.controller
    stack = ctrl.undo_stack
    ctrl.execute("Eerste", lambda s: ops.update_record(s, "organisation", b, {"name": "B1"}))
    stack.beginMacro("Twee wijzigingen")  # as a canvas groups a burst of nudges
    ctrl.execute("Naam", lambda s: ops.update_record(s, "organisation", b, {"name": "B2"}))
    ctrl.execute("Organisatie", lambda s: ops.update_record(
        s, "person", pid, {"organisation_id": b}))
    stack.endMacro()
    assert (stack.count(), stack.index()) == (2, 2)
    _hard_delete_outside(path, "organisation", a)
    window.messages.clear()

    window.undo_action.trigger()

    assert len(window.messages) == 1
    assert "‘Twee wijzigingen’ kon niet ongedaan worden gemaakt" in window.messages[0][1]
    assert (stack.count(), stack.index()) == (1, 1)
    assert stack.undoText() == "Eerste" and not stack.canRedo()
