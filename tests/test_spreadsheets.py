"""Tables to Excel and people/organisations from Excel or CSV, through the real buttons and
menu entries: a preview says what happens per row; the import is one undo step."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt

from zvdesk.models.core import ops
from zvdesk.ui import dialogs
from zvdesk.ui.instruments.region import importing
from zvdesk.ui.widgets.recordtable import RecordTable

from .test_mainwindow import trigger_menu


def _people(window) -> dict[str, object]:  # noqa: ANN001
    with window.controller.session() as s:
        return {p.name: (p.role, p.email, p.organisation_id) for p in ops.list_live(s, "person")}


def test_naar_excel_writes_the_rows_as_shown(qtbot, window, example_path: Path,  # noqa: ANN001
                                             workdir: Path, monkeypatch) -> None:  # noqa: ANN001
    window.open_path(example_path)
    window.show_target(None, "people")
    table = window.workspace.widget_for("people")
    assert isinstance(table, RecordTable)
    qtbot.keyClicks(table.filter_edit, "Gemeente Zaanstad")  # the user narrows the list first
    asked = []
    monkeypatch.setattr(dialogs, "ask_save_path", lambda _p, _t, suggestion, _f: (
        asked.append(suggestion) or str(workdir / "personen")))
    qtbot.mouseClick(table.excel_button, Qt.MouseButton.LeftButton)
    assert Path(asked[0]).parent == example_path.parent  # starts beside the region file
    sheet = load_workbook(workdir / "personen.xlsx").active
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0][0] == "Naam"
    names = {r[0] for r in rows[1:]}
    assert names == {"Marieke Vos", "Peter Kramer"}  # only what was shown
    assert "2 regels" in window.messages[-1][1]


def test_naar_excel_never_overwrites_the_open_file(qtbot, window, example_path: Path,  # noqa: ANN001
                                                   workdir: Path, monkeypatch) -> None:  # noqa: ANN001
    """A workbook name that is a second name (hard link) of the open .zvdb is refused."""
    import os

    window.open_path(example_path)
    window.show_target(None, "people")
    table = window.workspace.widget_for("people")
    alias = workdir / "personen.xlsx"
    os.link(example_path, alias)
    before = example_path.read_bytes()
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *_a: str(alias))
    qtbot.mouseClick(table.excel_button, Qt.MouseButton.LeftButton)
    assert window.messages[-1][0] == "Niet opgeslagen"
    assert "waaruit gelezen" in window.messages[-1][1]
    assert example_path.read_bytes() == before


def _sheet(path: Path, rows: list[list[str]]) -> Path:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_import_people_with_preview_and_one_undo_step(qtbot, window, example_path: Path,  # noqa: ANN001
                                                      workdir: Path, monkeypatch) -> None:  # noqa: ANN001
    window.open_path(example_path)
    sheet = _sheet(workdir / "partners.xlsx", [
        ["Naam", "Organisatie", "Functie", "E-mail", "Kleur"],
        ["Peter Kramer", "Gemeente Zaanstad", "Programmamanager Z+V", "", "blauw"],
        ["Nieuwe Collega", "GGD", "Jeugdarts", "nc@voorbeeld.invalid", ""],
        ["Onbekend Iemand", "Stichting Nergens", "", "", ""],
        ["", "GGD", "", "", ""],
        ["marieke  vos", "", "", "", ""],
    ])
    monkeypatch.setattr(importing, "ask_sheet_path", lambda *_a: str(sheet))
    before = _people(window)
    count = window.controller.undo_stack.count()
    trigger_menu(window, "Bestand", "Personen of organisaties importeren…")
    dialog = window.feature("import").dialog
    qtbot.mouseClick(dialog.browse, Qt.MouseButton.LeftButton)
    actions = {dialog.preview.item(r, 1).text(): dialog.preview.item(r, 2).text()
               for r in range(dialog.preview.rowCount())}
    assert actions == {"Peter Kramer": "Bijwerken", "Nieuwe Collega": "Toevoegen",
                       "Onbekend Iemand": "Overslaan", "": "Overslaan",
                       "marieke vos": "Al aanwezig"}
    assert "Kleur" in dialog.summary.text()  # an unused column is named
    assert _people(window) == before  # the preview wrote nothing
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    after = _people(window)
    assert after["Peter Kramer"][0] == "Programmamanager Z+V"
    assert after["Nieuwe Collega"][1] == "nc@voorbeeld.invalid"
    assert "Onbekend Iemand" not in after
    assert window.controller.undo_stack.count() == count + 1
    trigger_menu(window, "Bewerken", "Ongedaan maken")
    assert _people(window) == before


@pytest.mark.parametrize("content, message", [
    (b"PK\x03\x04 dit is geen werkmap", "geen leesbaar Excel-bestand"),
    (b"Voornaam;Achternaam\nJan;Jansen\n", "kolom ‘Naam’"),
])
def test_a_bad_sheet_gives_a_dutch_reason_and_imports_nothing(
        qtbot, window, example_path: Path, workdir: Path, monkeypatch,  # noqa: ANN001
        content: bytes, message: str) -> None:
    window.open_path(example_path)
    suffix = ".xlsx" if content.startswith(b"PK") else ".csv"
    bad = workdir / f"lijst{suffix}"
    bad.write_bytes(content)
    monkeypatch.setattr(importing, "ask_sheet_path", lambda *_a: str(bad))
    trigger_menu(window, "Bestand", "Personen of organisaties importeren…")
    dialog = window.feature("import").dialog
    qtbot.mouseClick(dialog.browse, Qt.MouseButton.LeftButton)
    assert message in dialog.summary.text()
    assert not dialog.import_button.isEnabled()


def test_import_organisations_from_a_semicolon_csv(qtbot, window, example_path: Path,  # noqa: ANN001
                                                   workdir: Path, monkeypatch) -> None:  # noqa: ANN001
    window.open_path(example_path)
    csv_file = workdir / "organisaties.csv"
    csv_file.write_bytes("Naam;Afkorting;Domein\nWoningcorporatie Parteon;Parteon;overig\n"
                         "GGD;;zorg\n".encode("cp1252"))
    monkeypatch.setattr(importing, "ask_sheet_path", lambda *_a: str(csv_file))
    trigger_menu(window, "Bestand", "Personen of organisaties importeren…")
    dialog = window.feature("import").dialog
    dialog.kind.setCurrentIndex(dialog.kind.findData("organisation"))
    qtbot.mouseClick(dialog.browse, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    with window.controller.session() as s:
        orgs = {o.name: o.short_name for o in ops.list_live(s, "organisation")}
    assert orgs["Woningcorporatie Parteon"] == "Parteon"
