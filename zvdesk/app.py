"""Starting the GUI: the QApplication, logging, the crash guard and the first document."""

from __future__ import annotations

import logging
import os
import shutil
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import (
    QLibraryInfo,
    QLocale,
    QSettings,
    QStandardPaths,
    QTranslator,
)
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from zvdesk import APP_NAME, __version__
from zvdesk.resources import resource_path
from zvdesk.ui.painted import after_next_paint

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

    The window's shell (title, menus, navigator, a calm "Bezig met openen…") is painted
    first; the file is opened from the event loop right after that first frame, so that
    SQLAlchemy, the models and the instrument tabs load while the window is already there.

    Args:
        path: A file to open (e.g. from the command line or a double-click).
        example: Open the example region (the user's working copy of it).
    """
    app = make_application()
    _setup_logging()
    sys.excepthook = _excepthook
    from zvdesk.ui.mainwindow import MainWindow

    window = MainWindow()
    target = _start_target(window.settings, path, example=example)
    if target is not None:
        window.show_opening()
    window.show()
    bench = bool(os.environ.get(BENCH_ENV))

    def open_first() -> None:
        if bench:
            _bench_mark("first-frame", window)
        _sweep_working_copies()
        name = target
        if name == "":  # the example: copied on first use, after the first frame
            try:
                name = str(example_copy())
            except OSError:
                log.exception("example copy failed")
                name = None
        try:
            if name:
                window.open_path(name)
        finally:
            window.opening_finished()
        if bench:
            after_next_paint(window, lambda: _bench_usable(window))

    after_next_paint(window, open_first)
    return app.exec()


#: Set by the start-up benchmarks (bench/startup.py): the process prints "first-frame" after
#: its first frame, "usable" when the file is open and its first tab painted, then quits.
BENCH_ENV = "ZVDESK_BENCH_FIRST_PAINT"
#: With :data:`BENCH_ENV`: a file that gets the imported modules at each mark (the tests).
BENCH_MODULES_ENV = "ZVDESK_BENCH_MODULES"


def _start_target(settings: QSettings, path: str | None, *, example: bool) -> str | None:
    """What to open at start: ``path``, else the last file, else "" for the example."""
    if path is not None:
        return path
    if not example:
        last = settings.value("lastFile", "")
        if last and Path(str(last)).exists():
            return str(last)
    return ""


def _bench_mark(name: str, window: QWidget) -> None:
    """Prints a benchmark mark; with ``ZVDESK_BENCH_MODULES`` set, also appends the modules
    imported so far and the window's title to that file (one JSON line per mark)."""
    print(name, flush=True)
    modules_file = os.environ.get(BENCH_MODULES_ENV)
    if modules_file:
        import json

        with open(modules_file, "a", encoding="utf-8") as fh:
            fh.write(json.dumps({"mark": name, "modules": sorted(sys.modules),
                                 "title": window.windowTitle()}) + "\n")


def _bench_usable(window: QWidget) -> None:
    _bench_mark("usable", window)
    print("first-paint", flush=True)  # the older benches' and tests' marker
    QApplication.instance().quit()
