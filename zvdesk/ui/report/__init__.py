"""Reports in the app: Bestand → "Rapport maken…" and "Afdrukken…" (Ctrl+P).

A :class:`zvdesk.ui.features.WindowFeature` listed in :data:`zvdesk.ui.features.FEATURES`.
The dialog lives in :mod:`zvdesk.ui.report.dialog`; generation runs off the GUI thread on a
snapshot of the file (:mod:`zvdesk.ui.report.worker`); printing is explained in
:mod:`zvdesk.ui.report.printing`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

from zvdesk.ui.features import WindowFeature
from zvdesk.ui.report import texts

if TYPE_CHECKING:
    from zvdesk.ui.controller import DocumentController
    from zvdesk.ui.mainwindow import MainWindow
    from zvdesk.ui.report.dialog import ReportDialog


class ReportFeature(WindowFeature):
    """The report entries of one main window and the (one, non-modal) report dialog.

    Attributes:
        dialog: The open report dialog, or None.
        report_action: Bestand → Rapport maken….
        print_action: Bestand → Afdrukken….
    """

    name = "reports"

    def __init__(self) -> None:
        super().__init__()
        self.dialog: ReportDialog | None = None

    def install(self, window: MainWindow) -> None:
        """Adds "Rapport maken…" and "Afdrukken…" to the Bestand menu, above "Afsluiten"."""
        super().install(window)
        self.report_action = QAction(texts.MENU_REPORT, window)
        self.report_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.report_action.triggered.connect(lambda _checked=False: self.open_dialog())
        self.print_action = QAction(texts.MENU_PRINT, window)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(
            lambda _checked=False: self.open_dialog(print_mode=True))
        menu = window.file_menu
        separators = [a for a in menu.actions() if a.isSeparator()]
        before = separators[-1] if separators else None
        menu.insertAction(before, self.report_action)
        menu.insertAction(before, self.print_action)
        menu.insertSeparator(self.report_action)
        menu.aboutToShow.connect(self.update_actions)

    def update_actions(self) -> None:
        """Enables the entries when a document is open."""
        enabled = self.window is not None and self.window.controller is not None
        self.report_action.setEnabled(enabled)
        self.print_action.setEnabled(enabled)

    def open_dialog(self, *, print_mode: bool = False) -> ReportDialog | None:
        """Opens the report dialog for the window's document (non-modal); returns it or None."""
        from zvdesk.ui.report.dialog import ReportDialog

        window = self.window
        if window is None or window.controller is None:
            if window is not None:
                window.statusBar().showMessage(texts.NO_DOCUMENT, 5000)
            return None
        window.flush_edits()
        self._close_dialog()
        self.dialog = ReportDialog(window.controller, window.workspace.project_id, window,
                                   print_mode=print_mode)
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.stop()
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    def document_opened(self, controller: DocumentController) -> None:  # noqa: D102
        self.update_actions()

    def document_closing(self, controller: DocumentController) -> None:
        """A running report stops (it reads a snapshot, so this is quick); the dialog closes."""
        self._close_dialog()

    def shutting_down(self) -> None:  # noqa: D102
        self._close_dialog()


def open_report_dialog(window: MainWindow, *, print_mode: bool = False):  # noqa: ANN201
    """Opens the report dialog of a window (see :meth:`ReportFeature.open_dialog`)."""
    return window.feature(ReportFeature.name).open_dialog(print_mode=print_mode)
