"""The main window with real widgets: tabs, tables, forms, undo/redo, save, read-only."""

from __future__ import annotations

import shutil
import tempfile
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QLineEdit

from zvdesk.models.core import ops
from zvdesk.models.core.document import Document
from zvdesk.models.region.ops import get_region
from zvdesk.models.region.tables import Domain, Person, Project
from zvdesk.ui import dialogs
from zvdesk.ui.registry import instruments, instruments_for
from zvdesk.ui.widgets.recordtable import RecordTable

from .uihelpers import cell_reason, open_cell_text


def trigger_menu(window, menu: str, entry: str) -> None:  # noqa: ANN001
    """Triggers a menu entry as the user does: the QAction in the menu bar's menu."""
    for top in window.menuBar().actions():
        if top.text().replace("&", "") == menu:
            for action in top.menu().actions():
                text = action.text().replace("&", "").split("\t")[0]
                if text == entry or text.startswith(entry + ":"):  # "Ongedaan maken: …"
                    assert action.isEnabled(), f"{menu} → {entry} is disabled"
                    action.trigger()
                    return
    raise AssertionError(f"no menu entry {menu} → {entry}")


def _table(window, key: str) -> RecordTable:  # noqa: ANN001
    window.show_target(None, key)
    widget = window.workspace.widget_for(key)
    assert isinstance(widget, RecordTable)
    return widget


def _edit_cell(qtbot, table: RecordTable, row: int, column: int, text: str) -> None:  # noqa: ANN001
    index = table.proxy.index(row, column)
    table.view.setCurrentIndex(index)
    table.view.edit(index)
    editor = _open_editor(table)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    _press_return(qtbot, table, editor)


def _open_editor(table: RecordTable) -> QLineEdit:
    editors = [w for w in table.view.viewport().findChildren(QLineEdit) if w.isVisible()]
    assert len(editors) == 1
    return editors[0]


def _press_return(qtbot, table: RecordTable, editor: QLineEdit) -> None:  # noqa: ANN001
    """Return commits through a queued call in Qt's delegate: wait until editing ends (or,
    when the value is refused, until the reason shows beside the editor that stays open)."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.view.state() != QAbstractItemView.State.EditingState
                    or bool(cell_reason(table.view)))


def _refused(table: RecordTable, typed: str) -> str:
    """The reason shown beside the open cell editor that keeps ``typed``; Esc then."""
    reason = cell_reason(table.view)
    assert open_cell_text(table.view) == typed
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    QApplication.processEvents()
    assert open_cell_text(table.view) is None
    return reason


def _names(table: RecordTable) -> list[str]:
    return [table.proxy.index(r, 0).data() for r in range(table.proxy.rowCount())]


def _row_of(table: RecordTable, text: str) -> int:
    for row in range(table.proxy.rowCount()):
        if table.proxy.index(row, 0).data() == text:
            return row
    raise AssertionError(f"{text!r} not in table")


def test_window_is_dutch_and_shows_every_region_tab(window, example_path: Path) -> None:  # noqa: ANN001
    assert window.open_path(example_path)
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert menus == ["Bestand", "Bewerken", "Beeld", "Help"]
    titles = [window.workspace.tabText(i) for i in range(window.workspace.count())]
    assert titles == [s.label for s in instruments_for("region")]
    assert "Zaanstreek-Waterland" in window.navigator.topLevelItem(0).text(0)
    assert "zaanstreek-waterland.zvdb" in window.windowTitle()
    assert "Waarom?" in window.help_view.toPlainText()


def test_every_registered_tab_builds_for_region_and_project(window, example_path: Path) -> None:  # noqa: ANN001
    window.open_path(example_path)
    with window.controller.session() as s:
        project_id = s.query(Project).first().id
    for spec in instruments():
        window.show_target(project_id if spec.scope == "project" else None, spec.key)
        assert window.workspace.widget_for(spec.key) is not None
        assert window.workspace.current_spec() is spec


def test_add_edit_delete_person_with_undo_redo(qtbot, window, example_path: Path,  # noqa: ANN001
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    window.open_path(example_path)
    table = _table(window, "people")
    stack = window.controller.undo_stack
    start_rows = table.model.rowCount()
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    assert table.model.rowCount() == start_rows + 1
    editor = _open_editor(table)  # the new row's name cell is being edited
    editor.selectAll()
    qtbot.keyClicks(editor, "Wim Zwart")
    _press_return(qtbot, table, editor)
    with window.controller.session() as s:
        people = {p.name: p for p in ops.list_live(s, "person")}
    assert "Wim Zwart" in people
    assert stack.count() == 2
    assert stack.undoText() == "Naam wijzigen"

    row = _row_of(table, "Wim Zwart")
    _edit_cell(qtbot, table, row, 1, "WZ")
    with window.controller.session() as s:
        assert s.get(Person, people["Wim Zwart"].id).initials == "WZ"

    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    table.select_ids([people["Wim Zwart"].id])
    table.view.setFocus()
    qtbot.keyClick(table.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: "Wim Zwart" not in _names(table))
    with window.controller.session() as s:
        assert s.get(Person, people["Wim Zwart"].id).deleted_at is not None

    window.undo_action.trigger()  # undelete
    qtbot.waitUntil(lambda: "Wim Zwart" in _names(table))
    window.undo_action.trigger()  # initials
    window.undo_action.trigger()  # name
    window.undo_action.trigger()  # add
    qtbot.waitUntil(lambda: table.model.rowCount() == start_rows)
    assert "Nieuwe persoon" not in _names(table)
    for _ in range(3):
        window.redo_action.trigger()
    qtbot.waitUntil(lambda: "Wim Zwart" in _names(table))
    window.redo_action.trigger()
    qtbot.waitUntil(lambda: table.model.rowCount() == start_rows)
    with window.controller.session() as s:
        assert s.get(Person, people["Wim Zwart"].id).deleted_at is not None


def test_choice_cell_edit_is_one_undo_step(qtbot, window, example_path: Path) -> None:  # noqa: ANN001
    window.open_path(example_path)
    table = _table(window, "organisations")
    row = _row_of(table, "GGD")
    index = table.proxy.index(row, 2)
    table.view.edit(index)
    combo = table.view.focusWidget()
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(Domain.OVERIG))
    table.view.commitData(combo)
    with window.controller.session() as s:
        ggd = next(o for o in ops.list_live(s, "organisation") if o.name == "GGD")
        assert ggd.domain is Domain.OVERIG
    assert window.controller.undo_stack.undoText() == "Domein wijzigen"
    window.undo_action.trigger()
    with window.controller.session() as s:
        assert s.get(type(ggd), ggd.id).domain is Domain.ZORG


def test_invalid_input_is_refused_with_dutch_message(qtbot, window, example_path: Path) -> None:  # noqa: ANN001
    window.open_path(example_path)
    table = _table(window, "people")
    row = _row_of(table, "Peter Kramer")
    count = window.controller.undo_stack.count()
    _edit_cell(qtbot, table, row, 5, "geen-mail")
    assert "geen geldig e-mailadres" in _refused(table, "geen-mail")
    assert window.controller.undo_stack.count() == count and window.messages == []


def test_region_form_saves_and_renames_navigator(qtbot, window, example_path: Path) -> None:  # noqa: ANN001
    window.open_path(example_path)
    window.show_target(None, "region")
    tab = window.workspace.widget_for("region")
    name = tab.form.editors["name"]
    name.selectAll()
    qtbot.keyClicks(name, "Regio Zaan")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    with window.controller.session() as s:
        assert get_region(s).name == "Regio Zaan"
    assert window.navigator.topLevelItem(0).text(0) == "Regio Zaan"
    description = tab.form.editors["description"]
    description.setFocus()
    qtbot.keyClick(description, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(description, " Extra zin.")
    qtbot.waitUntil(lambda: window.controller.undo_stack.undoText() == "Omschrijving wijzigen",
                    timeout=2000)  # saved within a second of the last keystroke
    with window.controller.session() as s:
        assert get_region(s).description.endswith("Extra zin.")
    window.undo_action.trigger()
    window.undo_action.trigger()
    with window.controller.session() as s:
        assert get_region(s).name == "Zaanstreek-Waterland"
    assert window.navigator.topLevelItem(0).text(0) == "Zaanstreek-Waterland"


def test_project_tab_themes_and_navigation(qtbot, window, example_path: Path) -> None:  # noqa: ANN001
    window.open_path(example_path)
    item = window.navigator.topLevelItem(1)
    window.navigator.itemClicked.emit(item, 0)
    assert window.workspace.project_id is not None
    tab = window.workspace.widget_for("project")
    before = tab.checked_theme_ids()
    tab.themes.item(0).setCheckState(
        Qt.CheckState.Unchecked if tab.themes.item(0).checkState() == Qt.CheckState.Checked
        else Qt.CheckState.Checked)
    assert tab.checked_theme_ids() != before
    window.undo_action.trigger()
    assert tab.checked_theme_ids() == before


def test_save_as_copies_and_switches(qtbot, window, example_path: Path, workdir: Path,  # noqa: ANN001
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    window.open_path(example_path)
    target = workdir / "kopie"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a, **k: str(target))
    window.save_as()
    assert window.controller.document.path == target.with_suffix(".zvdb")
    assert not window.controller.read_only
    assert (workdir / "kopie.zvdb").exists()
    window.save()
    assert window.statusBar().currentMessage() == "Alles is opgeslagen."


def test_attachment_opens_read_only_with_banner_and_save_as(qtbot, window, example_path: Path,  # noqa: ANN001
                                                            workdir: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    attachment = Path(tempfile.gettempdir()) / f"bijlage-{uuid.uuid4().hex}.zvdb"
    shutil.copyfile(example_path, attachment)
    try:
        window.open_path(attachment)
        assert window.controller.read_only
        assert window.banner.isVisible()
        assert "bijlage" in window.banner.label.text()
        table = _table(window, "people")
        assert not table.add_button.isEnabled()
        target = workdir / "vast.zvdb"
        monkeypatch.setattr(dialogs, "ask_save_path", lambda *a, **k: str(target))
        window.banner.save_as.click()
        assert not window.controller.read_only
        assert not window.banner.isVisible()
    finally:
        window.set_document(None)
        attachment.unlink()


def test_bad_file_shows_dutch_error_and_keeps_window(window, workdir: Path) -> None:  # noqa: ANN001
    bad = workdir / "kapot.zvdb"
    bad.write_bytes(b"dit is geen database" * 10)
    assert not window.open_path(bad)
    assert window.messages and window.messages[-1][0] == "Openen mislukt"
    assert "geen ZV Desk-bestand" in window.messages[-1][1]
    assert window.controller is None


def test_locked_file_offers_read_only(qtbot, window, example_path: Path,  # noqa: ANN001
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    holder = Document.open(example_path)
    try:
        monkeypatch.setattr(dialogs, "choose", lambda _p, _t, text, options: options.index(
            "Alleen-lezen openen"))
        assert window.open_path(example_path)
        assert window.controller.read_only
    finally:
        window.set_document(None)
        holder.close()


def test_recent_files_and_window_state_persist(qtbot, example_path: Path) -> None:  # noqa: ANN001
    from zvdesk.ui.mainwindow import MainWindow

    first = MainWindow()
    qtbot.addWidget(first)
    first.open_path(example_path)
    first.nav_dock.hide()
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    assert second.recent_files()[0] == str(example_path.absolute())
    assert second.recent_menu.actions()[0].text().endswith("zaanstreek-waterland.zvdb")
    assert second.nav_dock.isHidden()
    second.close()
    QApplication.processEvents()


@pytest.mark.parametrize("key", ["organisations", "people", "themes", "projects", "region"])
def test_every_region_table_adds_deletes_and_undoes(qtbot, window, example_path: Path,  # noqa: ANN001
                                                   key: str,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    window.open_path(example_path)
    window.show_target(None, key)
    widget = window.workspace.widget_for(key)
    table = widget.municipalities if key == "region" else widget
    assert isinstance(table, RecordTable)
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    stack = window.controller.undo_stack
    before = sorted(_names(table))
    new_id = table.add_record()
    assert new_id and len(_names(table)) == len(before) + 1
    table.view.closePersistentEditor(table.view.currentIndex())
    window.undo_action.trigger()
    assert sorted(_names(table)) == before
    window.redo_action.trigger()
    assert len(_names(table)) == len(before) + 1
    table.select_ids([new_id])
    table.delete_selected()
    assert sorted(_names(table)) == before
    assert stack.undoText().endswith("verwijderen")
    window.undo_action.trigger()
    assert len(_names(table)) == len(before) + 1
    kind = table.kind
    with window.controller.session() as s:
        assert s.get(ops.record_class(kind), new_id).deleted_at is None


def test_dates_are_typed_the_dutch_way(qtbot, window, example_path: Path) -> None:  # noqa: ANN001
    window.open_path(example_path)
    table = _table(window, "projects")
    row = _row_of(table, "Aanpak personen met verward gedrag")
    _edit_cell(qtbot, table, row, 4, "31-12-2027")
    with window.controller.session() as s:
        project = next(p for p in ops.list_live(s, "project") if p.name.startswith("Aanpak"))
        assert project.end_date.isoformat() == "2027-12-31"
    assert table.proxy.index(_row_of(table, project.name), 4).data() == "31-12-2027"
    count = window.controller.undo_stack.count()
    _edit_cell(qtbot, table, _row_of(table, project.name), 4, "30-02-2027")
    assert "geen geldige datum" in _refused(table, "30-02-2027")
    assert window.controller.undo_stack.count() == count
    _edit_cell(qtbot, table, _row_of(table, project.name), 4, "01-01-2020")  # before the start
    assert "einddatum ligt vóór" in _refused(table, "01-01-2020")
    assert window.controller.undo_stack.count() == count
    assert table.proxy.index(_row_of(table, project.name), 4).data() == "31-12-2027"


def test_navigator_reads_progress_only_for_expanded_projects(qtbot, window, workdir: Path) -> None:  # noqa: ANN001
    """A region with many projects opens fast: collapsed projects are not read."""
    from zvdesk.models.region.ops import populate_new_region
    from zvdesk.ui.navigator import EXPAND_ALL_UP_TO

    def fill(s):  # noqa: ANN001, ANN202
        populate_new_region(s, "Groot", [])
        for i in range(EXPAND_ALL_UP_TO + 3):
            s.add(Project(name=f"Project {i:02d}", sort_order=i))

    Document.create(workdir / "groot.zvdb", populate=fill).close()
    window.open_path(workdir / "groot.zvdb")
    nav = window.navigator
    projects = [nav.topLevelItem(i) for i in range(1, nav.topLevelItemCount())]
    assert len(projects) == EXPAND_ALL_UP_TO + 3
    assert not any(p.isExpanded() for p in projects)
    steps = next(projects[2].child(i) for i in range(projects[2].childCount())
                 if projects[2].child(i).data(0, Qt.ItemDataRole.UserRole)[1] == "steps")
    assert steps.text(0) == "Stappenplan"  # not read yet
    projects[2].setExpanded(True)
    assert steps.text(0) == "Stappenplan (0/6 afgerond)"


def test_new_file_is_an_empty_region_with_the_catalogue(qtbot, window, workdir: Path,  # noqa: ANN001
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a, **k: str(workdir / "Regio Noord"))
    trigger_menu(window, "Bestand", "Nieuw…")
    doc = window.controller.document
    assert doc.path == workdir / "Regio Noord.zvdb"
    assert not doc.read_only
    with window.controller.session() as s:
        assert get_region(s).name == "Regio Noord"  # named after the file, not "Nieuwe regio"
        assert ops.list_live(s, "project") == []
        assert "Veilig Thuis" in {o.name for o in ops.list_live(s, "organisation")}
    assert window.recent_files()[0] == str(doc.path)
    assert [window.workspace.tabText(i) for i in range(window.workspace.count())][0] == "Regio"


def test_tab_leaves_every_multi_line_box(qtbot, window, example_path: Path) -> None:  # noqa: ANN001
    """In every multi-line box of every tab Tab moves focus on; no tab character is typed."""
    from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

    window.open_path(example_path)
    with window.controller.session() as s:
        project_id = s.query(Project).first().id
    trapping = []
    for spec in instruments():
        window.show_target(project_id if spec.scope == "project" else None, spec.key)
        widget = window.workspace.widget_for(spec.key)
        for box in widget.findChildren(QPlainTextEdit) + widget.findChildren(QTextEdit):
            if not box.isReadOnly() and not box.tabChangesFocus():
                trapping.append(f"{spec.key}: {box.accessibleName() or box.objectName()}")
    assert trapping == []
    # and for real, in the Krachtenveld's "Stap 4: de volgende stap"
    window.show_target(project_id, "stakeholders")
    box = window.workspace.widget_for("stakeholders").next_step.edit
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClicks(box, "Bellen")
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert "\t" not in box.toPlainText() and not box.hasFocus()


def test_every_tab_fits_a_laptop_screen_of_1280_by_720(qtbot, window, example_path: Path) -> None:  # noqa: ANN001
    """A 1080p laptop at 150 %: no tab widens or heightens the window past 1280 × 720, and
    the Navigator and Uitleg panels keep a readable width (also after visiting every tab)."""
    from zvdesk.ui.mainwindow import HELP_MIN_WIDTH, NAV_MIN_WIDTH

    window.resize(1280, 720)
    window.open_path(example_path)
    with window.controller.session() as s:
        project_id = s.query(Project).first().id
    too_big = []
    for spec in instruments():
        window.show_target(project_id if spec.scope == "project" else None, spec.key)
        qtbot.wait(10)
        hint = window.minimumSizeHint()
        if hint.width() > 1280 or hint.height() > 720 or window.width() > 1280:
            too_big.append(f"{spec.key}: {hint.width()}×{hint.height()}")
    assert too_big == []
    assert window.nav_dock.width() >= NAV_MIN_WIDTH
    assert window.help_dock.width() >= HELP_MIN_WIDTH


def test_navigator_follows_the_tab_the_user_clicks(qtbot, window, example_path: Path) -> None:  # noqa: ANN001
    window.open_path(example_path)
    bar = window.workspace.tabBar()
    index = next(i for i in range(window.workspace.count())
                 if window.workspace.tabText(i) == "Personen")
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert window.workspace.current_spec().key == "people"
    assert window.navigator.currentItem().text(0) == "Personen"


def test_region_fields_use_the_width_there_is(qtbot, window, example_path: Path) -> None:  # noqa: ANN001
    window.resize(1440, 900)
    window.open_path(example_path)
    tab = window.workspace.widget_for("region")
    name = next(w for w in tab.form.findChildren(QLineEdit))
    qtbot.waitUntil(lambda: tab.form.width() > 300)
    assert name.width() > tab.form.width() * 0.55


def test_opening_the_open_file_again_keeps_it_open_for_editing(qtbot, window,  # noqa: ANN001
                                                               example_path: Path,
                                                               monkeypatch) -> None:  # noqa: ANN001
    window.open_path(example_path)
    document = window.controller.document
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *_a, **_k: str(
        example_path.parent / ".." / example_path.parent.name / example_path.name))
    trigger_menu(window, "Bestand", "Openen…")
    assert window.controller.document is document and not document.read_only
    assert "al geopend" in window.statusBar().currentMessage()


def test_closing_the_file_clears_the_undo_texts(qtbot, window, example_path: Path) -> None:  # noqa: ANN001
    window.open_path(example_path)
    table = _table(window, "people")
    _edit_cell(qtbot, table, _row_of(table, "Peter Kramer"), 0, "Peter Kramer-Smit")
    assert window.undo_action.text().startswith("&Ongedaan maken: ")
    trigger_menu(window, "Bestand", "Sluiten")
    assert window.undo_action.text() == "&Ongedaan maken" and not window.undo_action.isEnabled()


def test_file_actions_follow_the_document_not_the_menu(qtbot, window, example_path: Path) -> None:  # noqa: ANN001
    """Right after opening a file (the File menu never opened) the copy, merge and report
    entries are enabled, so their shortcuts work."""
    actions = {a.text().replace("&", "").split("\t")[0]: a
               for top in window.menuBar().actions() if top.menu() is not None
               for a in top.menu().actions()}
    window.open_path(example_path)
    for name in ("Kopie maken om te delen…", "Samenvoegen met kopie…", "Rapport maken…"):
        assert actions[name].isEnabled(), name
