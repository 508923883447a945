"""Vastgestelde versies in the app: Bestand → "Versie vastleggen…" and "Versies…".

A :class:`zvdesk.ui.features.WindowFeature` listed in :data:`zvdesk.ui.features.FEATURES`; the
dialogs (:mod:`zvdesk.ui.versions.dialogs`) are imported when an entry is chosen.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

from zvdesk.ui.features import WindowFeature
from zvdesk.ui.versions import texts

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from zvdesk.ui.controller import DocumentController
    from zvdesk.ui.mainwindow import MainWindow


def _safe_name(name: str) -> str:
    kept = "".join(c if c.isalnum() or c in " -_" else "_" for c in name).strip()
    return kept[:60] or "versie"


class VersionsFeature(WindowFeature):
    """The version entries of one main window and its (one, non-modal) dialog.

    Attributes:
        dialog: The open record or list dialog, or None.
    """

    name = "versions"

    def __init__(self) -> None:
        super().__init__()
        self.dialog: QDialog | None = None

    def install(self, window: MainWindow) -> None:
        """Adds "Versie vastleggen…" and "Versies…" to the Bestand menu, above "Afsluiten"."""
        super().install(window)
        self.record_action = QAction(texts.MENU_RECORD, window)
        self.record_action.triggered.connect(lambda _checked=False: self.record())
        self.list_action = QAction(texts.MENU_LIST, window)
        self.list_action.triggered.connect(lambda _checked=False: self.show_list())
        menu = window.file_menu
        separators = [a for a in menu.actions() if a.isSeparator()]
        before = separators[-1] if separators else None
        menu.insertAction(before, self.record_action)
        menu.insertAction(before, self.list_action)
        menu.insertSeparator(self.record_action)
        menu.aboutToShow.connect(self.update_actions)
        self.update_actions()

    def update_actions(self) -> None:
        """Recording needs a writable document; the list needs one."""
        ctrl = self.window.controller if self.window is not None else None
        self.record_action.setEnabled(ctrl is not None and not ctrl.read_only)
        self.list_action.setEnabled(ctrl is not None)

    def document_opened(self, controller: DocumentController) -> None:  # noqa: D102
        self.update_actions()

    def document_closing(self, controller: DocumentController) -> None:  # noqa: D102
        if self.dialog is not None:
            self.dialog.close()
            self.dialog = None

    def _show(self, dialog: QDialog) -> None:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        dialog.show()
        dialog.raise_()

    def record(self) -> None:
        """Bestand → Versie vastleggen…: the dialog, for the project shown (or the first)."""
        from zvdesk.ui.versions.dialogs import RecordDialog

        window = self.window
        if window is None or window.controller is None:
            return
        self._show(RecordDialog(window, window.controller, window.workspace.project_id))

    def show_list(self) -> None:
        """Bestand → Versies…: every version, to open read-only."""
        from zvdesk.ui.versions.dialogs import VersionsDialog

        window = self.window
        if window is None or window.controller is None:
            return
        self._show(VersionsDialog(window, window.controller, self.open_version))

    def open_version(self, version_id: str) -> bool:
        """Shows a version read-only in this window, with the bar naming it; True if shown.

        The version's file is made in a private working folder (removed when it closes); the
        file that was open closes (it opens again from Bestand → Recente bestanden).
        """
        from zvdesk.models.core.document import Document
        from zvdesk.models.core.errors import ZvdbError
        from zvdesk.models.core.private import make_work_folder
        from zvdesk.models.core.versions.store import (
            VersionInfo,
            list_versions,
            write_version_file,
        )
        from zvdesk.ui import dialogs
        from zvdesk.ui.registry import instruments_for

        window = self.window
        if window is None or window.controller is None:
            return False
        window.flush_edits()
        controller = window.controller
        with controller.session() as s:
            found: list[VersionInfo] = [v for v in list_versions(s) if v.id == version_id]
        if not found:
            return False
        version = found[0]
        source = Path(controller.document.path)
        folder = make_work_folder("versie")
        try:
            path = write_version_file(source, folder / f"{_safe_name(version.name)} – "
                                      f"{source.stem}.zvdb", version_id)
            document = Document.open(path, read_only=True)
        except (ZvdbError, OSError) as exc:
            shutil.rmtree(folder, ignore_errors=True)
            dialogs.show_error(window, texts.OPEN_FAILED, str(exc))
            return False
        document.read_only_reason = texts.BAR.format(title=version.title)
        document.on_close.append(lambda: shutil.rmtree(folder, ignore_errors=True))
        window.set_document(document)
        specs = instruments_for("project")
        if specs:
            window.show_target(version.project_id, specs[0].key)
        return True
