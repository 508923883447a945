"""Reports in the app: Bestand → "Rapport maken…" and "Afdrukken…" (Ctrl+P).

Installed through :data:`zvdesk.ui.menus.MENU_MODULES`. The dialog lives in
:mod:`zvdesk.ui.report.dialog`; generation runs off the GUI thread
(:mod:`zvdesk.ui.report.worker`); printing is explained in :mod:`zvdesk.ui.report.printing`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

from zvdesk.ui.report import texts

if TYPE_CHECKING:
    from zvdesk.ui.mainwindow import MainWindow


def open_report_dialog(window: MainWindow, *, print_mode: bool = False):  # noqa: ANN201
    """Opens the report dialog for the window's document (non-modal); returns it or None."""
    from zvdesk.ui.report.dialog import ReportDialog

    if window.controller is None:
        window.statusBar().showMessage(texts.NO_DOCUMENT, 5000)
        return None
    window.flush_edits()
    old = getattr(window, "report_dialog", None)
    if old is not None:
        old.close()
        old.deleteLater()
    dialog = ReportDialog(window.controller, window.workspace.project_id, window,
                          print_mode=print_mode)
    window.report_dialog = dialog
    dialog.show()
    dialog.raise_()
    return dialog


def install(window: MainWindow) -> None:
    """Adds "Rapport maken…" and "Afdrukken…" to the Bestand menu, above "Afsluiten"."""
    report = QAction(texts.MENU_REPORT, window)
    report.setShortcut(QKeySequence("Ctrl+Shift+R"))
    report.triggered.connect(lambda: open_report_dialog(window))
    printing = QAction(texts.MENU_PRINT, window)
    printing.setShortcut(QKeySequence.StandardKey.Print)
    printing.triggered.connect(lambda: open_report_dialog(window, print_mode=True))
    menu = window.file_menu
    separators = [a for a in menu.actions() if a.isSeparator()]
    before = separators[-1] if separators else None
    menu.insertAction(before, report)
    menu.insertAction(before, printing)
    menu.insertSeparator(report)
    window.report_action = report
    window.print_action = printing

    def update() -> None:
        enabled = window.controller is not None
        report.setEnabled(enabled)
        printing.setEnabled(enabled)

    menu.aboutToShow.connect(update)

    # A report reads the open document: before another document is shown (or the window
    # closes), let a running job finish and close the dialog.
    def close_dialog() -> None:
        dialog = getattr(window, "report_dialog", None)
        if dialog is not None:
            dialog.pool.waitForDone(60000)
            dialog.close()
            dialog.deleteLater()
            window.report_dialog = None

    window.document_closing.connect(close_dialog)
