"""Sharing in the main window: Bestand → "Kopie maken om te delen…", "Samenvoegen met kopie…",
and the password prompt when a protected file is opened.

A :class:`zvdesk.ui.features.WindowFeature` listed in :data:`zvdesk.ui.features.FEATURES`;
it provides the "password" step of the opening chain (:mod:`zvdesk.ui.openers`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

from zvdesk.ui import dialogs
from zvdesk.ui.features import Opener, OpenRequest, WindowFeature
from zvdesk.ui.sharing import texts as t

if TYPE_CHECKING:
    from collections.abc import Callable

    from zvdesk.models.core.document import Document
    from zvdesk.models.core.sharing.crypto import KeyMaterial
    from zvdesk.models.core.sharing.region_import import RegionImport
    from zvdesk.ui.controller import DocumentController
    from zvdesk.ui.mainwindow import MainWindow
    from zvdesk.ui.sharing.copydialog import CopyDialog
    from zvdesk.ui.sharing.mergedialog import MergeDialog


class SharingFeature(WindowFeature):
    """The sharing menu entries of one main window, the dialogs they open, the password step.

    Attributes:
        copy_dialog: The last "Kopie maken om te delen…" dialog.
        merge_dialog: The last merge preview.
        region_windows: Windows opened on another region saved apart.
    """

    name = "sharing"

    def __init__(self) -> None:
        super().__init__()
        self.copy_dialog: CopyDialog | None = None
        self.merge_dialog: MergeDialog | None = None
        #: Windows opened for a region saved apart (kept alive here).
        self.region_windows: list[MainWindow] = []

    def install(self, window: MainWindow) -> None:
        """Adds the entries to the Bestand menu, above "Sluiten"."""
        super().install(window)
        self.copy_action = QAction(t.MENU_COPY, window)
        self.copy_action.triggered.connect(lambda _checked=False: self.make_copy())
        self.merge_action = QAction(t.MENU_MERGE, window)
        self.merge_action.triggered.connect(lambda _checked=False: self.merge())
        menu = window.file_menu
        before = window.close_action
        menu.insertSeparator(before)
        for action in (self.copy_action, self.merge_action):
            menu.insertAction(before, action)
        menu.insertSeparator(before)
        menu.aboutToShow.connect(self.update_actions)
        self.update_actions()

    def openers(self) -> dict[str, Opener]:
        """The password step: a protected file is opened with its password.

        The step's module (encryption, decryption) is imported when a protected file is
        opened, not when the window starts nor for a plain file.
        """
        window = self.window

        def step(request: OpenRequest, proceed: Callable[[OpenRequest], Document]) -> Document:
            from zvdesk.models.core.sharing.magic import is_encrypted_file

            if not is_encrypted_file(request.path):
                return proceed(request)  # a plain file: no cryptography to load
            from zvdesk.ui.sharing.password import password_step

            return password_step(window)(request, proceed)

        return {"password": step}

    def document_opened(self, controller: DocumentController) -> None:  # noqa: D102
        self.update_actions()

    def document_closing(self, controller: DocumentController) -> None:
        """Closes the copy and merge dialogs of the document that closes."""
        for dialog in (self.copy_dialog, self.merge_dialog):
            if dialog is not None and dialog.isVisible():
                dialog.reject()
        self.copy_dialog = self.merge_dialog = None

    def update_actions(self) -> None:
        """Enables the entries when a document is open (merging needs a writable one)."""
        ctrl = self.window.controller
        self.copy_action.setEnabled(ctrl is not None)
        self.merge_action.setEnabled(ctrl is not None and not ctrl.read_only)

    def make_copy(self) -> CopyDialog | None:
        """Bestand → Kopie maken om te delen…: opens the copy dialog (window-modal)."""
        ctrl = self.window.controller
        if ctrl is None:
            return None
        self.window.flush_edits()
        from zvdesk.ui.sharing.copydialog import CopyDialog

        dialog = CopyDialog(ctrl, self.window)
        dialog.accepted.connect(lambda: self._copied(dialog))
        self.copy_dialog = dialog
        dialog.open()
        return dialog

    def _copied(self, dialog: CopyDialog) -> None:
        if dialog.result is None:
            return
        options = dialog.options()
        lines = dialog.contents.lines(options)
        reduced = dialog.result.lines(options)
        if reduced:
            lines.append("\n".join([t.COPY_DONE_REDUCED, *(f"• {line}" for line in reduced)]))
        dialogs.show_info(self.window, t.COPY_DONE_TITLE, "\n\n".join(
            [t.COPY_DONE.format(path=dialog.result.path), *lines]))

    def merge(self, path: str | Path | None = None) -> MergeDialog | None:
        """Bestand → Samenvoegen met kopie…: picks the copy and opens the preview."""
        ctrl = self.window.controller
        if ctrl is None:
            return None
        if ctrl.read_only:
            dialogs.show_error(self.window, t.MERGE_TITLE, t.MERGE_READ_ONLY)
            return None
        self.window.flush_edits()
        if path is None:
            path = dialogs.ask_open_path(self.window, str(ctrl.document.path.parent))
            if not path:
                return None
        path = Path(path)
        if path.absolute() == ctrl.document.path.absolute():
            dialogs.show_error(self.window, t.MERGE_TITLE, t.MERGE_SAME_FILE)
            return None
        from zvdesk.models.core.sharing.magic import is_encrypted_file
        from zvdesk.ui.sharing.mergedialog import MergeDialog

        source, cleanup, key = path, None, None
        if is_encrypted_file(path):
            unlocked = self._unlock(path)
            if unlocked is None:
                return None
            cleanup, source, key = unlocked
        dialog = MergeDialog(ctrl, source, name=path.name, cleanup=cleanup, original=path,
                             key=key, parent=self.window)
        dialog.accepted.connect(lambda: self._merged(dialog))
        self.merge_dialog = dialog
        dialog.open()
        return dialog

    def _unlock(self, path: Path) -> tuple[Path, Path, KeyMaterial] | None:
        from zvdesk.models.core.errors import ZvdbError
        from zvdesk.models.core.sharing.container import unlock_to_private
        from zvdesk.ui.sharing.password import check_password

        try:
            return check_password(self.window, path.name,
                                  lambda password: unlock_to_private(path, password))
        except ZvdbError as exc:
            dialogs.show_error(self.window, t.MERGE_FAILED_TITLE, str(exc))
            return None

    def _merged(self, dialog: MergeDialog) -> None:
        if dialog.separate is not None:
            self.open_separate_region(dialog.separate, dialog.name)
        if dialog.summary is not None:
            dialogs.show_info(self.window, t.MERGE_DONE_TITLE, "\n".join(dialog.summary.lines()))

    def open_separate_region(self, result: RegionImport, source_name: str) -> MainWindow:
        """Opens a region saved apart in a window of its own (this window keeps its file)."""
        from PySide6.QtCore import Qt

        from zvdesk.ui.mainwindow import MainWindow

        window = MainWindow()
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.region_windows.append(window)
        window.destroyed.connect(lambda *_a, w=window: self._forget(w))
        window.show()
        window.open_path(result.path)
        dialogs.show_info(window, t.SEPARATE_REGION_DONE_TITLE, result.message(source_name))
        return window

    def _forget(self, window: MainWindow) -> None:
        if window in self.region_windows:
            self.region_windows.remove(window)
