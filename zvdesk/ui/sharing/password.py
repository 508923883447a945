"""Asking the password of a protected file, and the password step of the opening chain."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

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
from zvdesk.models.core.sharing import crypto
from zvdesk.models.core.sharing.container import open_decrypted
from zvdesk.models.core.sharing.magic import WrongPassword, is_encrypted_file
from zvdesk.ui.features import Opener, OpenRequest
from zvdesk.ui.sharing import texts as t
from zvdesk.ui.tasks import run_modal

T = TypeVar("T")


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


def check_password(parent: QWidget | None, name: str,
                   unlock: Callable[[str], T]) -> T:
    """Asks the password until ``unlock(password)`` accepts it or the user cancels.

    ``unlock`` derives the key and decrypts (slow on purpose): it runs off the GUI thread
    through :func:`zvdesk.ui.tasks.run_modal`.

    Raises:
        ZvdbError: cancelled, damaged or changed file (Dutch message).
    """
    error = None
    while True:
        password = ask_password(parent, name, error)
        if password is None:
            raise ZvdbError(t.PASSWORD_CANCELLED.format(name=name))
        try:
            return run_modal(parent, lambda _ctx, p=password: unlock(p), t.PASSWORD_CHECKING)
        except WrongPassword as exc:
            error = str(exc)


def password_step(parent: QWidget | None) -> Opener:
    """The first step of the opening chain: a protected file is opened with its password."""

    def step(request: OpenRequest, proceed: Callable[[OpenRequest], Document]) -> Document:
        if not is_encrypted_file(request.path):
            return proceed(request)
        path = Path(request.path)
        plain, key = check_password(parent, path.name,
                                    lambda password: crypto.decrypt_file(path, password))
        return proceed(request.but(open_file=lambda p, **kw: open_decrypted(p, plain, key, **kw)))

    return step
