"""Small dialog helpers. Everything that asks the user goes through here, so tests can patch it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

FILE_FILTER = "ZV Desk-bestanden (*.zvdb);;Alle bestanden (*)"


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    """Shows a Dutch error message."""
    QMessageBox.warning(parent, title, text)


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    """Shows a Dutch notice."""
    QMessageBox.information(parent, title, text)


def confirm(parent: QWidget | None, title: str, text: str, yes: str = "Ja",
            no: str = "Annuleren") -> bool:
    """Asks a yes/no question with Dutch buttons; returns True for yes."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes_button)
    box.exec()
    return box.clickedButton() is yes_button


def choose(parent: QWidget | None, title: str, text: str, options: list[str]) -> int | None:
    """Asks the user to pick one of several Dutch buttons; returns its index or None."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    buttons = [box.addButton(label, QMessageBox.ButtonRole.ActionRole) for label in options]
    cancel = box.addButton("Annuleren", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(buttons[0])
    box.exec()
    clicked = box.clickedButton()
    if clicked is cancel or clicked not in buttons:
        return None
    return buttons.index(clicked)


def offer_to_open(parent: QWidget | None, title: str, path: Path | str) -> bool:
    """After saving a document for people (a report): offers to open it in its own program.

    Returns True when it was opened.
    """
    path = Path(path)
    if not confirm(parent, title, f"‘{path.name}’ is opgeslagen in {path.parent}. "
                   "Wilt u het nu openen?", yes="Openen", no="Niet nu"):
        return False
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def ask_open_path(parent: QWidget | None, folder: str = "") -> str | None:
    """Asks which .zvdb file to open."""
    path, _ = QFileDialog.getOpenFileName(parent, "Regiobestand openen", folder, FILE_FILTER)
    return path or None


def ask_save_path(parent: QWidget | None, title: str, suggestion: str = "",
                  file_filter: str = FILE_FILTER) -> str | None:
    """Asks where to save; the dialog itself asks before overwriting."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggestion, file_filter)
    return path or None
