"""Qt's own texts are Dutch: context menus of text fields, standard buttons, the print dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QPlainTextEdit

from zvdesk.app import make_application


def _texts(menu) -> list[str]:  # noqa: ANN001
    return [a.text().replace("&", "").split("\t")[0] for a in menu.actions() if a.text()]


def test_text_field_context_menus_are_dutch(qtbot) -> None:  # noqa: ANN001
    make_application()
    for widget in (QLineEdit(), QPlainTextEdit()):
        qtbot.addWidget(widget)
        widget.setPlainText("tekst") if isinstance(widget, QPlainTextEdit) else widget.setText("x")
        texts = _texts(widget.createStandardContextMenu())
        assert "Ongedaan maken" in texts and "Plakken" in texts, texts
        assert not {"Undo", "Paste", "Copy", "Select All"} & set(texts), texts


def test_standard_buttons_are_dutch(qtbot) -> None:  # noqa: ANN001
    make_application()
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel
                           | QDialogButtonBox.StandardButton.Save)
    qtbot.addWidget(box)
    texts = {b.text().replace("&", "") for b in box.buttons()}
    assert "Annuleren" in texts and "Opslaan" in texts, texts
    assert "Cancel" not in texts
