"""The main window: menus, navigator, tabs, help pane, status bar."""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from zvdesk import APP_NAME, __version__
from zvdesk.ui import dialogs
from zvdesk.ui.features import Opener, OpenRequest, WindowFeature, load_features
from zvdesk.ui.helptext import help_markdown
from zvdesk.ui.navigator import Navigator
from zvdesk.ui.openers import OpenCancelled, open_step, run_chain, standard_chain
from zvdesk.ui.workspace import Workspace

if TYPE_CHECKING:
    from zvdesk.models.core.document import Document
    from zvdesk.ui.controller import DocumentController
    from zvdesk.ui.registry import InstrumentSpec

# The window's shell (menus, navigator, docks) imports no model, no SQLAlchemy and no
# instrument: it is on screen before those load (tests/test_startup_modules.py). What opening
# and showing a file needs is imported where it is used.

log = logging.getLogger(__name__)

MSG_OPEN_FAILED = ("‘{name}’ kon niet worden geopend: het bestand bevat iets wat ZV Desk niet "
                   "kan tonen. Het is mogelijk beschadigd of niet door ZV Desk gemaakt. Het "
                   "bestand is niet veranderd.")
MAX_RECENT = 8
MSG_EMPTY = "Open een regiobestand (Ctrl+O) of maak een nieuw bestand (Ctrl+N)."
MSG_OPENING = "Bezig met openen…"


class ReadOnlyBanner(QWidget):
    """A bar above the tabs that says why the file is read-only and offers "Opslaan als…"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        self.setStyleSheet("#readOnlyBanner { background: #fff4ce; border-bottom: 1px solid "
                           "#e0c060; } QLabel { color: #3b3000; }")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.save_as = QPushButton("Opslaan als…")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.save_as)


#: Narrowest the side panels get (px): project names and help text stay readable at 1280 wide.
NAV_MIN_WIDTH = 190
HELP_MIN_WIDTH = 230


class MainWindow(QMainWindow):
    """ZV Desk's one window. Holds at most one open document at a time.

    Signals:
        document_closing(): the open document is about to be closed or replaced; work that
            reads it (a report being made) must finish or stop now.
        document_opened(): a document is now shown (features may greet it, e.g. a reminder).
    """

    document_closing = Signal()
    document_opened = Signal()

    def __init__(self, settings: QSettings | None = None) -> None:
        super().__init__()
        self.settings = settings or QSettings()
        self.controller: DocumentController | None = None
        self.setWindowTitle(APP_NAME)
        self.resize(1280, 800)

        self.workspace = Workspace()
        self.workspace.current_instrument.connect(self._show_help)
        self.workspace.open_elsewhere.connect(self._open_elsewhere)
        self.workspace.open_project.connect(self.show_target)
        self.workspace.current_instrument.connect(self._follow_in_navigator)
        self.banner = ReadOnlyBanner()
        self.banner.save_as.clicked.connect(self.save_as)
        self.banner.hide()
        self.empty = QLabel(MSG_EMPTY)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        central = QWidget()
        cl = QVBoxLayout(central)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.setSpacing(0)
        cl.addWidget(self.banner)
        cl.addWidget(self.workspace, 1)
        cl.addWidget(self.empty, 1)
        self.setCentralWidget(central)

        self.navigator = Navigator()
        self.navigator.activated_target.connect(self.show_target)
        self.nav_dock = QDockWidget("Navigator", self)
        self.nav_dock.setObjectName("navigatorDock")
        self.nav_dock.setWidget(self.navigator)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.nav_dock)

        self.help_view = QTextBrowser()
        self.help_view.setOpenExternalLinks(False)
        self.help_view.setAccessibleName("Uitleg bij dit onderdeel")
        self.help_dock = QDockWidget("Uitleg", self)
        self.help_dock.setObjectName("helpDock")
        self.help_dock.setWidget(self.help_view)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.help_dock)
        # A wide tab (Krachtenveld, Communicatie) must not squeeze the panels to unreadable
        # slivers, nor keep them so after a restart: they have a readable minimum, the tab
        # gives way (its own splitters and scroll areas).
        self.nav_dock.setMinimumWidth(NAV_MIN_WIDTH)
        self.help_dock.setMinimumWidth(HELP_MIN_WIDTH)
        self.resizeDocks([self.nav_dock, self.help_dock], [250, 280], Qt.Orientation.Horizontal)

        self.path_label = QLabel()
        self.mode_label = QLabel()
        self.save_label = QLabel()
        self.statusBar().addWidget(self.path_label, 1)
        self.statusBar().addPermanentWidget(self.mode_label)
        self.statusBar().addPermanentWidget(self.save_label)

        self._build_menus()
        #: The window features (reports, sharing, …), installed once, told of every document.
        self.features: list[WindowFeature] = load_features()
        for feature in self.features:
            feature.install(self)
        provided: dict[str, Opener] = {}
        for feature in self.features:
            provided.update(feature.openers())
        #: The steps a file goes through when it is opened (password → read-only → lock).
        self.openers: list[Opener] = standard_chain(self, provided)
        self._shut_down = False
        self._restore_window_state()
        self._update_state()

    def show_opening(self) -> None:
        """At start, before the file is opened: a calm "Bezig met openen…" where it will be."""
        self.empty.setText(MSG_OPENING)
        self.statusBar().showMessage(MSG_OPENING)

    def opening_finished(self) -> None:
        """The start's file is open (or could not be): the usual empty-window text again."""
        self.empty.setText(MSG_EMPTY)
        if self.statusBar().currentMessage() == MSG_OPENING:
            self.statusBar().clearMessage()

    def feature(self, name: str) -> WindowFeature:
        """The installed feature called ``name`` ("reports", "sharing").

        Raises:
            KeyError: no such feature.
        """
        for feature in self.features:
            if feature.name == name:
                return feature
        raise KeyError(name)

    # -- menus ----------------------------------------------------------------------------

    def _action(self, menu: QMenu, text: str, slot, shortcut=None) -> QAction:  # noqa: ANN001
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&Bestand")
        self._action(file_menu, "&Nieuw…", self.new_file, QKeySequence.StandardKey.New)
        self._action(file_menu, "&Openen…", self.open_dialog, QKeySequence.StandardKey.Open)
        self.recent_menu = file_menu.addMenu("&Recente bestanden")
        file_menu.addSeparator()
        self.save_action = self._action(file_menu, "Op&slaan", self.save,
                                        QKeySequence.StandardKey.Save)
        self.save_as_action = self._action(file_menu, "Opslaan &als…", self.save_as,
                                           QKeySequence.StandardKey.SaveAs)
        self.close_action = self._action(file_menu, "&Sluiten", self.close_document,
                                         QKeySequence.StandardKey.Close)
        file_menu.addSeparator()
        quit_action = self._action(file_menu, "A&fsluiten", self.close, QKeySequence("Ctrl+Q"))
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.file_menu = file_menu

        self.edit_menu = bar.addMenu("Be&werken")
        self.undo_action = QAction("&Ongedaan maken", self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(lambda: self._undo_redo(undo=True))
        self.redo_action = QAction("Opni&euw", self)
        self.redo_action.setShortcuts([QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(lambda: self._undo_redo(undo=False))
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)

        view_menu = bar.addMenu("Bee&ld")
        view_menu.addAction(self.nav_dock.toggleViewAction())
        view_menu.addAction(self.help_dock.toggleViewAction())
        view_menu.addSeparator()
        self._action(view_menu, "Volgend tabblad", lambda: self._step_tab(1),
                     QKeySequence("Ctrl+PgDown"))
        self._action(view_menu, "Vorig tabblad", lambda: self._step_tab(-1),
                     QKeySequence("Ctrl+PgUp"))
        self.view_menu = view_menu

        help_menu = bar.addMenu("&Help")
        self._action(help_menu, "&Uitleg bij dit onderdeel", self._focus_help,
                     QKeySequence.StandardKey.HelpContents)
        about = self._action(help_menu, "&Over ZV Desk", self.about)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        self._rebuild_recent_menu()

    def _undo_redo(self, *, undo: bool) -> None:
        """Bewerken → Ongedaan maken / Opnieuw, after saving typing still on its way.

        The typing just done becomes its undo step first, so Ctrl+Z takes back that typing
        and not the step before it.
        """
        if self.controller is None:
            return
        self.flush_edits()
        if self.controller is not None:
            if undo:
                self.controller.undo()
            else:
                self.controller.redo()

    def _step_tab(self, step: int) -> None:
        if self.workspace.count():
            self.workspace.setCurrentIndex((self.workspace.currentIndex() + step)
                                           % self.workspace.count())

    def _focus_help(self) -> None:
        self.help_dock.show()
        self.help_dock.raise_()
        self.help_view.setFocus()

    def about(self) -> None:
        """Shows the About box."""
        dialogs.show_info(self, "Over ZV Desk", (
            f"{APP_NAME} {__version__}\n\nWerkplek voor de Gereedschapskist regionale "
            "samenwerking zorg en veiligheid (VNG) en de Beleidstheorie Regiopilots Z+V "
            "(VNG/Berenschot).\n\nWerkt volledig offline; uw gegevens blijven in het "
            "regiobestand op uw eigen computer."))

    # -- recent files and window state -----------------------------------------------------

    def recent_files(self) -> list[str]:
        """The recently opened files, newest first."""
        value = self.settings.value("recentFiles", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or [])]

    def _remember(self, path: Path) -> None:
        items = [str(path)] + [p for p in self.recent_files() if p != str(path)]
        self.settings.setValue("recentFiles", items[:MAX_RECENT])
        self.settings.setValue("lastFile", str(path))
        self._rebuild_recent_menu()

    def _rebuild_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.recent_files()
        for i, path in enumerate(files, start=1):
            action = self.recent_menu.addAction(f"&{i} {Path(path).name}")
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _c=False, p=path: self.open_path(p))
        self.recent_menu.setEnabled(bool(files))

    def _restore_window_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        state = self.settings.value("window/state")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)

    def _save_window_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())

    # -- opening and closing documents -----------------------------------------------------

    def open_dialog(self) -> None:
        """Bestand → Openen…"""
        last = self.settings.value("lastFile", "")
        path = dialogs.ask_open_path(self, str(Path(str(last)).parent) if last else "")
        if path:
            self.open_path(path)

    def open_path(self, path: str | Path, *, read_only: bool = False) -> bool:
        """Opens a file through the chain of openers; True when it opened.

        No exception escapes: whatever goes wrong while opening or showing the file ends in a
        Dutch message, with the half-opened document closed and its lock released.
        """
        from zvdesk.models.core.writeguard import same_file

        path = Path(path)
        current = self.controller.document if self.controller is not None else None
        if current is not None and not read_only and same_file(current.path, path):
            # Opening the file that is already open here: it simply stays open (asking about
            # its lock would make the user's own file read-only).
            self.statusBar().showMessage(f"‘{path.name}’ is al geopend.", 5000)
            return True
        shown: list[Document] = []
        try:
            return self._open_path(path, read_only=read_only, shown=shown)
        except Exception:  # noqa: BLE001 - a file must never crash the window
            log.exception("opening %s failed", path)
            self._abandon(shown)
            dialogs.show_error(self, "Openen mislukt", MSG_OPEN_FAILED.format(name=path.name))
            return False

    def _abandon(self, shown: list[Document]) -> None:
        """Closes a document that failed halfway through being shown (releasing its lock)."""
        for document in shown:
            try:
                if self.controller is not None and self.controller.document is document:
                    self.set_document(None)
                else:
                    document.close()
                    self.controller = None
                    self.set_document(None)  # empty window, no half-built tabs
            except Exception:  # noqa: BLE001 - closing what failed must not fail again
                log.exception("closing %s after a failed open failed", document.path)
                try:
                    document.close()
                except Exception:  # noqa: BLE001
                    log.exception("second close failed")
                self.controller = None

    def _open_path(self, path: Path, *, read_only: bool, shown: list[Document]) -> bool:
        from zvdesk.models.core.errors import ZvdbError

        try:
            document = run_chain(self.openers, OpenRequest(path, read_only=read_only),
                                 open_step(self))
        except OpenCancelled:
            return False  # the user cancelled the question what to do
        except ZvdbError as exc:
            dialogs.show_error(self, "Openen mislukt", str(exc))
            return False
        shown.append(document)
        self.set_document(document)
        self._remember(path.absolute())
        if document.migrated_backup is not None:
            self.statusBar().showMessage(
                "Het bestand is bijgewerkt naar de nieuwe bestandsversie; het origineel staat "
                f"als ‘{document.migrated_backup.name}’ in dezelfde map.", 15000)
        return True

    def new_file(self) -> None:
        """Bestand → Nieuw…: an empty region with the partner catalogue."""
        path = dialogs.ask_save_path(self, "Nieuw regiobestand", "Nieuwe regio.zvdb")
        if not path:
            return
        path = Path(path)
        if path.suffix.lower() != ".zvdb":
            path = path.with_name(path.name + ".zvdb")
        self.close_document()
        from zvdesk.models.core.document import Document
        from zvdesk.models.core.errors import ZvdbError
        from zvdesk.models.region.ops import populate_new_region

        try:
            # The region is called after the file the user just named ("Regio Zaanstreek").
            document = Document.create(path, populate=lambda s: populate_new_region(
                s, path.stem.strip() or "Nieuwe regio"))
        except ZvdbError as exc:
            dialogs.show_error(self, "Nieuw bestand", str(exc))
            return
        self.set_document(document)
        self._remember(path.absolute())

    def set_document(self, document: Document | None) -> None:
        """Shows another document, closing the one that was open."""
        if self.controller is not None:
            self.flush_edits()
            self.document_closing.emit()
            for feature in self.features:
                feature.document_closing(self.controller)
            old = self.controller
            self.controller = None
            self.workspace.show_context(None, None)
            old.undo_stack.blockSignals(True)
            old.blockSignals(True)
            old.close()
            old.deleteLater()
            for warning in old.document.close_warnings:
                dialogs.show_error(self, "Niet alles is opgeslagen", warning)
        if document is not None:
            from zvdesk.ui.controller import DocumentController

            self.controller = DocumentController(document, self)
            self.controller.failed.connect(
                lambda msg: dialogs.show_error(self, "Niet gelukt", msg))
            self.controller.saved.connect(self._mark_saved)
            self.controller.undo_stack.cleanChanged.connect(lambda _c: self._update_state())
            self.controller.undo_stack.undoTextChanged.connect(lambda _t: self._update_state())
            self.controller.undo_stack.redoTextChanged.connect(lambda _t: self._update_state())
        self.navigator.set_controller(self.controller)
        self.workspace.show_context(self.controller, None, "region")
        self.navigator.select_target(None, "region")
        self._last_saved = None
        self._update_state()
        if self.controller is not None:
            for feature in self.features:
                feature.document_opened(self.controller)
            self.document_opened.emit()

    def close_document(self) -> None:
        """Bestand → Sluiten."""
        self.set_document(None)

    def _open_elsewhere(self, key: str) -> None:
        """A link to a region-wide instrument from a project's tab shows the region's tabs."""
        from zvdesk.ui.registry import instruments_for

        if any(spec.key == key for spec in instruments_for("region")):
            self.show_target(None, key)

    def show_target(self, project_id: str | None, key: str) -> None:
        """Shows the tabs of the region or a project, with one instrument in front."""
        if self.controller is None:
            return
        self.workspace.show_context(self.controller, project_id, key)
        self.navigator.select_target(project_id, key)

    # -- saving -----------------------------------------------------------------------------

    def flush_edits(self) -> bool:
        """Saves typing that has not reached the disk yet (:func:`flush_editors`).

        Returns:
            False when an editor could not save its text (it said why).
        """
        from zvdesk.ui.widgets.autosave import flush_editors

        return flush_editors()

    def save(self) -> None:
        """Ctrl+S: saves typing still on its way, then says that everything is on disk."""
        if self.controller is None:
            return
        saved = self.flush_edits()
        if self.controller is None:
            return
        if self.controller.read_only:
            self.statusBar().showMessage("Dit bestand is alleen-lezen. Kies ‘Opslaan als…’.",
                                         5000)
        elif not saved:
            self.statusBar().showMessage("Niet alles is opgeslagen: zie de melding.", 8000)
        else:
            self.statusBar().showMessage("Alles is opgeslagen.", 5000)

    def save_as(self) -> None:
        """Bestand → Opslaan als…: a complete copy elsewhere, which then stays open."""
        if self.controller is None:
            return
        self.flush_edits()
        current = self.controller.document.path
        suggestion = str(Path(str(self.settings.value("lastSaveFolder", Path.home())))
                         / current.name)
        path = dialogs.ask_save_path(self, "Opslaan als", suggestion)
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".zvdb":
            target = target.with_name(target.name + ".zvdb")
        from zvdesk.models.core.errors import ZvdbError
        from zvdesk.models.core.writeguard import same_file

        if same_file(target, current):
            self.save()
            return
        try:
            self.controller.document.save_copy(target)
        except ZvdbError as exc:
            dialogs.show_error(self, "Opslaan als", str(exc))
            return
        self.settings.setValue("lastSaveFolder", str(target.parent))
        key = self.workspace.current_spec()
        project = self.workspace.project_id
        if self.open_path(target):
            self.show_target(project, key.key if key else "region")
            self.statusBar().showMessage(f"Opgeslagen als ‘{target.name}’.", 5000)

    def _follow_in_navigator(self, spec: InstrumentSpec | None) -> None:
        """A tab chosen in the tab bar (Organisaties, Personen, …) is marked in the navigator."""
        if spec is not None and self.controller is not None:
            self.navigator.select_target(self.workspace.project_id, spec.key)

    def _mark_saved(self) -> None:
        self._last_saved = time.strftime("%H:%M:%S")
        self._update_state()

    # -- state shown in window title, banner, status bar and menus ------------------------

    def _update_state(self) -> None:
        ctrl = self.controller
        has_doc = ctrl is not None
        self.workspace.setVisible(has_doc)
        self.empty.setVisible(not has_doc)
        for action in (self.save_action, self.save_as_action, self.close_action):
            action.setEnabled(has_doc)
        if not has_doc:
            self.setWindowTitle(APP_NAME)
            self.path_label.setText("Geen bestand geopend")
            self.mode_label.setText("")
            self.save_label.setText("")
            self.banner.hide()
            self.undo_action.setEnabled(False)
            self.redo_action.setEnabled(False)
            self.undo_action.setText("&Ongedaan maken")  # not the closed file's last edit
            self.redo_action.setText("Opni&euw")
            return
        doc = ctrl.document
        self.setWindowTitle(f"{doc.path.name} – {APP_NAME}")
        self.path_label.setText(str(doc.path))
        self.path_label.setToolTip(str(doc.path))
        self.mode_label.setText("Alleen-lezen" if doc.read_only else "Bewerken")
        self.banner.setVisible(doc.read_only)
        self.banner.label.setText(doc.read_only_reason or "")
        when = getattr(self, "_last_saved", None)
        self.save_label.setText("" if doc.read_only else (
            f"Alles opgeslagen om {when}" if when else "Alles opgeslagen"))
        stack = ctrl.undo_stack
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        self.undo_action.setText(f"&Ongedaan maken: {stack.undoText()}" if stack.canUndo()
                                 else "&Ongedaan maken")
        self.redo_action.setText(f"Opni&euw: {stack.redoText()}" if stack.canRedo()
                                 else "Opni&euw")

    def _show_help(self, spec: InstrumentSpec) -> None:
        self.help_view.setMarkdown(help_markdown(spec.key))
        self.help_dock.setWindowTitle(f"Uitleg – {spec.title}")

    # -- closing ----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        """Saves pending typing and the window state, then closes the document."""
        self.flush_edits()
        self._save_window_state()
        self.set_document(None)
        if not self._shut_down:
            self._shut_down = True
            for feature in self.features:
                feature.shutting_down()
        event.accept()

