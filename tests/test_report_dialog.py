"""The "Rapport maken…" dialog: menu entries, generation off the GUI thread, preview, print."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from zvdesk.models.core.report_settings import get_report_settings
from zvdesk.ui import dialogs
from zvdesk.ui.report import dialog as report_dialog
from zvdesk.ui.report import open_report_dialog, printing

from .test_mainwindow import trigger_menu


def _open(window, example_path: Path):  # noqa: ANN001, ANN202
    assert window.open_path(example_path)
    return window


def test_menu_has_report_and_print_entries(window, example_path: Path) -> None:  # noqa: ANN001
    texts = [a.text() for a in window.file_menu.actions()]
    assert "&Rapport maken…" in texts and "&Afdrukken…" in texts
    assert texts.index("&Afdrukken…") < texts.index("A&fsluiten")
    assert window.feature("reports").print_action.shortcut().toString() == "Ctrl+P"
    window.feature("reports").print_action.trigger()  # no document: a status message, no dialog
    assert window.feature("reports").dialog is None
    _open(window, example_path)
    window.feature("reports").print_action.trigger()
    assert window.feature("reports").dialog.print_button.isDefault()


def test_dialog_saves_a_pdf_off_the_gui_thread(qtbot, window, example_path: Path,  # noqa: ANN001
                                                workdir: Path, monkeypatch) -> None:
    _open(window, example_path)
    dialog = open_report_dialog(window)
    assert dialog is not None
    target = workdir / "raad.pdf"
    suggested: list[str] = []
    monkeypatch.setattr(dialogs, "ask_save_path", lambda _p, _t, suggestion, *_a, **_k: (
        suggested.append(suggestion) or str(target)))
    offered: list[Path] = []
    monkeypatch.setattr(dialogs, "offer_to_open", lambda _p, _t, path: offered.append(path))
    dialog.subject.setCurrentIndex(dialog.subject.findText("Regiopilot Zorg + Veiligheid"))
    dialog.part_boxes["region"].setChecked(False)
    QTest.mouseClick(dialog.part_boxes["cooperation"], Qt.MouseButton.LeftButton)
    assert not dialog.part_boxes["cooperation"].isChecked()
    dialog.title_edit.setText("Voortgang regiopilot")
    dialog.status_combo.setCurrentIndex(1)  # definitief
    dialog.organisation_edit.setText("Gemeente Zaanstad")
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.busy and not dialog.save_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30000)
    assert target.exists(), dialog.last_message
    assert "opgeslagen" in dialog.status_label.text()
    assert Path(suggested[0]).parent == example_path.parent  # starts beside the region file
    assert offered == [target]  # and offers to open the saved report
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(str(target)).pages)
    assert "Voortgang regiopilot" in text and "Stappenplan" in text
    assert "Samenwerken aan opgaven" not in text and "CONCEPT" not in text
    assert "Regio en partners" not in text
    # the organisation is remembered in the file as one undoable edit
    stack = window.controller.undo_stack
    assert stack.undoText() == "Voorbladgegevens voor rapporten wijzigen"
    with window.controller.session() as s:
        assert get_report_settings(s).organisation == "Gemeente Zaanstad"
    stack.undo()
    with window.controller.session() as s:
        assert get_report_settings(s) is None or get_report_settings(s).organisation == ""


def test_dialog_saves_word_and_previews(qtbot, window, example_path: Path, workdir: Path,  # noqa: ANN001
                                        monkeypatch) -> None:
    _open(window, example_path)
    dialog = open_report_dialog(window)
    dialog.docx_radio.setChecked(True)
    target = workdir / "rapport"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *_a, **_k: str(target))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30000)
    assert (workdir / "rapport.docx").exists()
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30000)
    assert len(dialog.preview.page_labels) > 10
    assert not dialog.preview.page_labels[0].pixmap().isNull()


def test_dialog_prints_the_pages(qtbot, window, example_path: Path, workdir: Path,  # noqa: ANN001
                                 monkeypatch) -> None:
    from PySide6.QtPrintSupport import QPrinter

    _open(window, example_path)
    dialog = open_report_dialog(window, print_mode=True)
    for key, box in dialog.part_boxes.items():
        box.setChecked(key == "projects")
    out = workdir / "printer.pdf"

    def fake_dialog(_parent, printer: QPrinter, pages: int) -> bool:  # noqa: ANN001
        assert pages >= 3
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(100)
        return True

    monkeypatch.setattr(printing, "ask_printer", fake_dialog)
    dialog.print_button.click()
    qtbot.waitUntil(lambda: not dialog.busy and out.exists(), timeout=30000)
    printed = pypdf.PdfReader(io.BytesIO(out.read_bytes()))
    assert len(printed.pages) == len(dialog.preview.page_labels) >= 3
    assert "naar de printer" in dialog.last_message


def test_no_parts_and_logo(qtbot, window, example_path: Path, workdir: Path,  # noqa: ANN001
                           monkeypatch) -> None:
    from PIL import Image

    _open(window, example_path)
    dialog = open_report_dialog(window)
    for box in dialog.part_boxes.values():
        box.setChecked(False)
    dialog.preview_button.click()
    assert window.messages[-1][1] == "Kies ten minste één onderdeel."
    logo = workdir / "logo.png"
    Image.new("RGB", (30, 10), (200, 0, 0)).save(logo)
    monkeypatch.setattr(report_dialog, "ask_logo_path", lambda _p: str(logo))
    dialog.logo_choose.click()
    with window.controller.session() as s:
        assert get_report_settings(s).logo == logo.read_bytes()
    assert window.controller.undo_stack.undoText() == "Logo voor rapporten instellen"
    assert dialog.logo_remove.isEnabled()


def test_closing_the_document_closes_the_dialog(qtbot, window, example_path: Path) -> None:  # noqa: ANN001
    _open(window, example_path)
    dialog = open_report_dialog(window)
    dialog.preview_button.click()
    trigger_menu(window, "Bestand", "Sluiten")  # waits for the running job, closes the dialog
    assert window.feature("reports").dialog is None
    assert window.controller is None
    assert not dialog.isVisible()


def test_dialog_never_writes_a_report_over_the_open_file(qtbot, window, example_path: Path,  # noqa: ANN001
                                                         workdir: Path, monkeypatch) -> None:
    """A report name that is a second name (hard link) of the open .zvdb is refused."""
    import os

    _open(window, example_path)
    alias = workdir / "raad.pdf"
    os.link(example_path, alias)
    before = example_path.read_bytes()
    dialog = open_report_dialog(window)
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *_a, **_k: str(alias))
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30000)
    assert "waaruit gelezen" in dialog.last_message
    assert example_path.read_bytes() == before
    assert window.controller.document.path == example_path.absolute()
