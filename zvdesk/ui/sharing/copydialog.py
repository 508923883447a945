"""The "Kopie maken om te delen" dialog: options, a plain explanation, then the copy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from zvdesk.models.core.errors import ZvdbError
from zvdesk.models.core.sharing import crypto
from zvdesk.models.core.sharing.copy import (
    CopyOptions,
    CopyResult,
    describe_contents,
    make_share_copy,
)
from zvdesk.models.core.writeguard import same_file
from zvdesk.ui import dialogs
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.sharing import texts as t


def suggested_target(path: Path) -> Path:
    """"Regio.zvdb" → "Regio (kopie).zvdb" in the same folder."""
    return path.with_name(f"{path.stem}{t.COPY_SUFFIX}{path.suffix or '.zvdb'}")


class CopyDialog(QDialog):
    """Lets the user choose what goes into the shared copy and where it goes.

    Attributes:
        result: After a successful copy, what was made.
    """

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.result: CopyResult | None = None
        self.setWindowTitle(t.COPY_TITLE)
        self.setMinimumWidth(560)
        with controller.session() as s:
            self.contents = describe_contents(s)

        intro = QLabel(t.COPY_INTRO)
        intro.setWordWrap(True)
        self.initials = QCheckBox(t.COPY_INITIALS)
        initials_hint = QLabel(t.COPY_INITIALS_HINT)
        initials_hint.setWordWrap(True)
        initials_hint.setContentsMargins(22, 0, 0, 0)
        initials_hint.setStyleSheet("color: #555;")
        self.blank_functions = QCheckBox(t.COPY_BLANK_FUNCTIONS)
        functions_row = QHBoxLayout()
        functions_row.setContentsMargins(22, 0, 0, 0)
        functions_row.addWidget(self.blank_functions)
        functions_row.addStretch(1)
        if self.contents.initials_refused:  # a file of a newer version: no initials copy
            self.initials.setEnabled(False)
            initials_hint.setText(self.contents.initials_refused)
        self.protect = QCheckBox(t.COPY_PASSWORD)
        self.password1 = QLineEdit()
        self.password2 = QLineEdit()
        for edit, name in ((self.password1, "Wachtwoord"), (self.password2, "Herhaal wachtwoord")):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setAccessibleName(name)
        pw_form = QFormLayout()
        pw_form.setContentsMargins(22, 0, 0, 0)
        pw_form.addRow(t.COPY_PASSWORD_1, self.password1)
        pw_form.addRow(t.COPY_PASSWORD_2, self.password2)

        self.target = QLineEdit(str(suggested_target(controller.document.path)))
        self.target.setAccessibleName("Waar de kopie komt")
        browse = QPushButton(t.COPY_BROWSE)
        browse.clicked.connect(self._browse)
        target_row = QHBoxLayout()
        target_row.addWidget(QLabel(t.COPY_TARGET))
        target_row.addWidget(self.target, 1)
        target_row.addWidget(browse)

        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.RichText)
        self.explanation.setObjectName("copyExplanation")
        self.explanation.setStyleSheet("#copyExplanation { background: #f3f6fa; border: 1px "
                                       "solid #d0d8e4; padding: 8px; }")
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #a4262c;")
        self.problem.setWordWrap(True)

        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(t.COPY_OK, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(t.CANCEL, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.make_copy)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addWidget(self.initials)
        layout.addWidget(initials_hint)
        layout.addLayout(functions_row)
        layout.addWidget(self.protect)
        layout.addLayout(pw_form)
        layout.addSpacing(6)
        layout.addLayout(target_row)
        layout.addWidget(self.explanation)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(buttons)

        for signal in (self.initials.toggled, self.blank_functions.toggled,
                       self.protect.toggled, self.password1.textChanged,
                       self.password2.textChanged, self.target.textChanged):
            signal.connect(self._update)
        self._update()

    def options(self) -> CopyOptions:
        """The options as chosen now."""
        initials = self.initials.isChecked()
        return CopyOptions(initials=initials,
                           password=self.password1.text() if self.protect.isChecked() else None,
                           blank_functions=initials and self.blank_functions.isChecked())

    def _problem(self) -> str:
        if not self.target.text().strip():
            return t.COPY_NO_TARGET
        if same_file(self.target.text(), self.controller.document.path):
            return t.COPY_SAME_FILE
        if self.protect.isChecked():
            if len(self.password1.text()) < crypto.MIN_PASSWORD_LENGTH:
                return t.COPY_PASSWORD_SHORT.format(n=crypto.MIN_PASSWORD_LENGTH)
            if self.password1.text() != self.password2.text():
                return t.COPY_PASSWORD_DIFFERENT
        return ""

    def _update(self) -> None:
        for widget in (self.password1, self.password2):
            widget.setEnabled(self.protect.isChecked())
        self.blank_functions.setEnabled(self.initials.isChecked())
        lines = self.contents.lines(self.options())
        self.explanation.setText("<ul style='margin-left: -20px'>" + "".join(
            f"<li>{line}</li>" for line in lines) + "</ul>")
        problem = self._problem()
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.ok.setEnabled(not problem)

    def _browse(self) -> None:
        path = dialogs.ask_save_path(self, t.COPY_SAVE_TITLE, self.target.text())
        if path:
            if not path.lower().endswith(".zvdb"):
                path += ".zvdb"
            self.target.setText(path)

    def make_copy(self) -> None:
        """Writes the copy; on success closes the dialog, otherwise shows the Dutch reason."""
        if self._problem():
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.result = make_share_copy(self.controller.document,
                                          Path(self.target.text()), self.options())
        except ZvdbError as exc:
            QApplication.restoreOverrideCursor()
            dialogs.show_error(self, t.COPY_FAILED_TITLE, str(exc))
            return
        QApplication.restoreOverrideCursor()
        self.accept()
