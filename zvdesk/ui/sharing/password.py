"""Asking the password of a protected file, and opening such a file from the main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from zvdesk.models.core.document import Document
from zvdesk.models.core.errors import ZvdbError
from zvdesk.models.core.sharing.container import open_encrypted
from zvdesk.models.core.sharing.magic import WrongPassword, is_encrypted_file
from zvdesk.ui.sharing import texts as t


class PasswordDialog(QDialog):
    """Asks for the password of one file; shows why the previous attempt failed."""

    def __init__(self, name: str, error: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(t.PASSWORD_TITLE)
        self.setMinimumWidth(420)
        intro = QLabel(t.PASSWORD_PROMPT.format(name=name))
        intro.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName("Wachtwoord")
        self.error = QLabel(error or "")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a4262c;")
        self.error.setVisible(bool(error))
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(t.PASSWORD_OPEN, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(t.CANCEL, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(t.PASSWORD_LABEL, self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.password.setFocus()


def ask_password(parent: QWidget | None, name: str, error: str | None = None) -> str | None:
    """Asks for a password; None when the user cancels. Tests patch this."""
    dialog = PasswordDialog(name, error, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.password.text()


def open_protected(parent: QWidget | None, path: Path | str, **kw: bool) -> Document:
    """Opens a protected file, asking its password until it is right or the user cancels.

    Raises:
        ZvdbError: cancelled, damaged or changed file (Dutch message).
    """
    path = Path(path)
    error = None
    while True:
        password = ask_password(parent, path.name, error)
        if password is None:
            raise ZvdbError(t.PASSWORD_CANCELLED.format(name=path.name))
        try:
            return open_encrypted(path, password, **kw)
        except WrongPassword as exc:
            error = str(exc)


def password_aware_opener(parent: QWidget | None, fallback):  # noqa: ANN001, ANN201
    """Returns an opener like ``Document.open`` that asks the password of protected files."""

    def opener(path: Path | str, **kw: bool) -> Document:
        if is_encrypted_file(path):
            return open_protected(parent, path, **kw)
        return fallback(path, **kw)

    return opener
