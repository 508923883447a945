"""Window features: lifecycle hooks in order through the real menu, the chain of openers."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from zvdesk.models.core.document import Document
from zvdesk.models.core.lock import DocumentLock
from zvdesk.models.region.ops import populate_new_region
from zvdesk.ui import dialogs, features
from zvdesk.ui.features import OpenRequest, WindowFeature
from zvdesk.ui.openers import CHAIN_ORDER

#: What every RecordingFeature saw, in order.
EVENTS: list[tuple[str, str]] = []


class RecordingFeature(WindowFeature):
    """A feature that writes down every hook call (and takes part in opening)."""

    name = "recording"

    def install(self, window) -> None:  # noqa: ANN001
        super().install(window)
        EVENTS.append(("install", type(window).__name__))

    def openers(self) -> dict:
        def step(request: OpenRequest, proceed):  # noqa: ANN001, ANN202
            EVENTS.append(("open", request.path.name))
            return proceed(request)
        return {"password": step}  # a feature may fill a slot of the chain

    def document_opened(self, controller) -> None:  # noqa: ANN001
        EVENTS.append(("opened", controller.document.path.name))

    def document_closing(self, controller) -> None:  # noqa: ANN001
        assert controller.document.engine is not None  # still open while we are told
        EVENTS.append(("closing", controller.document.path.name))

    def shutting_down(self) -> None:
        EVENTS.append(("shutting_down", ""))


def _make(path: Path) -> Path:
    Document.create(path, populate=lambda s: populate_new_region(s, path.stem)).close()
    return path


@pytest.fixture
def recording_window(qtbot, monkeypatch: pytest.MonkeyPatch):  # noqa: ANN001, ANN201
    """A main window with the recording feature installed after the real ones."""
    from zvdesk.ui.mainwindow import MainWindow

    EVENTS.clear()
    monkeypatch.setattr(features, "FEATURES",
                        (*features.FEATURES, "tests.test_window_features:RecordingFeature"))
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, title, text: shown.append(
        (title, text)))
    win = MainWindow()
    win.messages = shown
    qtbot.addWidget(win)
    win.show()
    return win


def _menu_action(window, text: str):  # noqa: ANN001, ANN202
    return next(a for a in window.file_menu.actions() if a.text().replace("&", "") == text)


def test_hooks_run_in_order_through_the_bestand_menu(recording_window, workdir: Path,  # noqa: ANN001
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    window = recording_window
    first, second = _make(workdir / "eerste.zvdb"), _make(workdir / "tweede.zvdb")
    chosen = iter([str(first), str(second)])
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *_a, **_k: next(chosen))
    open_action = _menu_action(window, "Openen…")

    open_action.trigger()
    open_action.trigger()  # opening another file closes the first one
    _menu_action(window, "Sluiten").trigger()
    window.close()
    QApplication.processEvents()

    assert EVENTS == [
        ("install", "MainWindow"),
        ("open", "eerste.zvdb"), ("opened", "eerste.zvdb"),
        ("open", "tweede.zvdb"), ("closing", "eerste.zvdb"), ("opened", "tweede.zvdb"),
        ("closing", "tweede.zvdb"),
        ("shutting_down", ""),
    ]
    assert window.feature("recording").window is window
    assert not hasattr(window, "open_document") and not hasattr(window, "report_dialog")


def test_the_chain_runs_password_then_read_only_then_lock(window, workdir: Path,  # noqa: ANN001
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    assert CHAIN_ORDER == ("password", "read-only", "lock")
    assert len(window.openers) == 3
    path = _make(workdir / "regio.zvdb")
    other = DocumentLock(path)  # another ZV Desk (live) has the file
    other.acquire()
    asked: list[list[str]] = []

    def choose(_parent, _title, _text, options):  # noqa: ANN001, ANN202
        asked.append(options)
        return options.index("Alleen-lezen openen")

    monkeypatch.setattr(dialogs, "choose", choose)
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *_a, **_k: str(path))
    try:
        _menu_action(window, "Openen…").trigger()
        assert asked == [["Alleen-lezen openen"]]  # the lock step asked
        assert window.controller is not None and window.controller.read_only
        asked.clear()
        _menu_action(window, "Sluiten").trigger()
        assert window.open_path(path, read_only=True)  # the read-only step skips the lock
        assert asked == [] and window.controller.read_only
    finally:
        window.close_document()
        other.release()


def test_closing_the_document_stops_a_running_report(window, example_path: Path, qtbot) -> None:  # noqa: ANN001
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    assert window.open_path(example_path)
    reports = window.feature("reports")
    reports.report_action.trigger()
    dialog = reports.dialog
    QTest.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    task = dialog.task
    assert task is not None
    _menu_action(window, "Sluiten").trigger()
    assert not task.running  # stopped (or finished) before the document was closed
    assert reports.dialog is None and window.controller is None
