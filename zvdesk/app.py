"""Starting the GUI: the QApplication, logging, the crash guard and the first document."""

from __future__ import annotations

import logging
import os
import shutil
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QStandardPaths,
    QTranslator,
)
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from zvdesk import APP_NAME, __version__
from zvdesk.resources import resource_path

log = logging.getLogger("zvdesk")
EXAMPLE_NAME = "Voorbeeld Zaanstreek-Waterland.zvdb"


def data_folder() -> Path:
    """The user's own folder for ZV Desk (log, the example copy)."""
    folder = Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.AppLocalDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def example_copy() -> Path:
    """The user's working copy of the example region (made from the shipped one if missing)."""
    target = data_folder() / EXAMPLE_NAME
    if not target.exists():
        shutil.copyfile(resource_path("example", "zaanstreek-waterland.zvdb"), target)
    return target


def _setup_logging() -> None:
    try:
        handler: logging.Handler = logging.FileHandler(data_folder() / "zvdesk.log",
                                                       encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def _sweep_working_copies() -> None:
    """Removes decrypted and stage copies that a crashed ZV Desk left behind."""
    from zvdesk.models.core.private import sweep_orphans

    try:
        removed = sweep_orphans()
    except Exception:  # noqa: BLE001 - tidying up must never stop the start
        log.exception("sweeping working copies failed")
        return
    if removed:
        log.info("removed %d working folder(s) left by a crash", len(removed))


def _excepthook(kind: type[BaseException], value: BaseException, tb: object) -> None:
    """Logs an unexpected error and tells the user in Dutch; never shows a traceback."""
    log.error("Onverwachte fout:\n%s", "".join(traceback.format_exception(kind, value, tb)))
    if QApplication.instance() is not None:
        QMessageBox.critical(
            None, "Er ging iets mis",
            "ZV Desk liep tegen een onverwachte fout aan. Uw werk is opgeslagen tot en met de "
            "laatste wijziging. Details staan in het logbestand "
            f"({data_folder() / 'zvdesk.log'}).")


def make_application(argv: list[str] | None = None) -> QApplication:
    """Creates (or returns) the QApplication with ZV Desk's names and settings format."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv or [sys.argv[0]])
    app.setOrganizationName("ZV Desk")
    app.setApplicationName("ZV Desk")
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    install_dutch(app)
    from zvdesk.ui import garbage

    garbage.install(app)  # no Qt object is ever freed on a report's worker thread
    return app  # type: ignore[return-value]


def install_dutch(app: QApplication) -> None:
    """Qt's own texts in Dutch (context menus, print and file dialogs, standard buttons) and
    Dutch number and date formats, from the translations that ship with Qt. Once per app."""
    if app.property("zvdeskDutch"):
        return
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in ("qtbase_nl",):  # (qt_nl only points to modules PySide6-Essentials lacks)
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
        else:
            log.warning("Qt-vertaling %s niet gevonden in %s", name, folder)
    app.setProperty("zvdeskDutch", True)


def run_gui(path: str | None = None, *, example: bool = False) -> int:
    """Opens the main window with a file, the last file, or the example region.

    Args:
        path: A file to open (e.g. from the command line or a double-click).
        example: Open the example region (the user's working copy of it).
    """
    app = make_application()
    _setup_logging()
    sys.excepthook = _excepthook
    _sweep_working_copies()
    from zvdesk.ui.mainwindow import MainWindow

    window = MainWindow()
    window.show()
    settings = window.settings
    target: str | None = path
    if target is None and not example:
        last = settings.value("lastFile", "")
        target = str(last) if last and Path(str(last)).exists() else None
    if target is None:
        try:
            target = str(example_copy())
        except OSError:
            log.exception("example copy failed")
    if target:
        window.open_path(target)
    if os.environ.get("ZVDESK_BENCH_FIRST_PAINT"):
        _exit_after_first_paint(window)
    return app.exec()


class _FirstPaint(QObject):
    """For bench/startup.py: print when the window first paints, then quit."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            print("first-paint", flush=True)
            QApplication.instance().quit()
        return False


def _exit_after_first_paint(window: QWidget) -> None:
    window._bench_filter = _FirstPaint(window)  # type: ignore[attr-defined]
    window.installEventFilter(window._bench_filter)  # type: ignore[attr-defined]
    window.update()
