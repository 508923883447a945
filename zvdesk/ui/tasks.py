"""One way to work in the background: run a function off the GUI thread.

After Anki's ``aqt/taskman.py``: slow work (a report, a merge comparison, opening a large or
protected file, key derivation) runs on a worker thread; progress, success and failure come
back on the GUI thread; cancel is a cooperative flag the function checks::

    from zvdesk.ui.tasks import run_task

    def work(ctx: TaskContext) -> Plan:
        for i, part in enumerate(parts):
            ctx.check_cancelled()              # raises TaskCancelled when asked to stop
            ctx.progress(i / len(parts), "Vergelijken…")
            ...
        return plan

    task = run_task(self, work, on_success=self.show_plan, on_failure=self.show_error,
                    on_progress=self.bar_update)
    task.cancel()        # later, e.g. on "Annuleren"; the function stops at its next check

A :class:`ZvdbError` raised by the function arrives as its Dutch message; any other exception
is logged in full and arrives as ``failure_text``. Callbacks go to the GUI thread and are
dropped when ``parent`` was destroyed first (the task is then cancelled).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from zvdesk.models.core.errors import ZvdbError

log = logging.getLogger(__name__)

UNEXPECTED = "Er ging iets onverwachts mis. Probeer het opnieuw."
CANCELLED = "Afgebroken op uw verzoek."
APP_TITLE = "ZV Desk"
T = TypeVar("T")

#: Tasks that are still running (kept alive until they finish; see :func:`wait_all`).
_RUNNING: set[Task] = set()


class TaskCancelled(Exception):  # noqa: N818 - a signal, not an error
    """Raised inside a task by :meth:`TaskContext.check_cancelled` after :meth:`Task.cancel`."""


class TaskContext:
    """What the function running in the background gets: progress and the cancel flag."""

    def __init__(self, task: Task) -> None:
        self._task = task

    @property
    def cancelled(self) -> bool:
        """True once the task was asked to stop."""
        return self._task.cancel_requested

    def check_cancelled(self) -> None:
        """Raises :class:`TaskCancelled` when the task was asked to stop."""
        if self._task.cancel_requested:
            raise TaskCancelled

    def progress(self, fraction: float, text: str = "") -> None:
        """Reports progress (0…1, a Dutch step) to the GUI thread; also checks cancel."""
        self.check_cancelled()
        self._task.progressed.emit(float(fraction), text)


class Task(QObject):
    """One function running in the background.

    Signals (delivered on the GUI thread):
        progressed(float, str): fraction done and the Dutch step.
        succeeded(object): the function's result.
        failed(str): the Dutch reason it failed.
        cancelled(): it stopped after :meth:`cancel`.
    """

    progressed = Signal(float, str)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, fn: Callable[[TaskContext], Any], failure_text: str) -> None:
        super().__init__()
        self.moveToThread(QApplication.instance().thread())
        self._fn = fn
        self._failure_text = failure_text
        self._cancel = threading.Event()
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._work, name="zvdesk-task", daemon=True)

    @property
    def cancel_requested(self) -> bool:
        """True once :meth:`cancel` was called."""
        return self._cancel.is_set()

    @property
    def running(self) -> bool:
        """True until the function has returned (or raised)."""
        return not self._done.is_set()

    def cancel(self) -> None:
        """Asks the function to stop at its next check; its callbacks are then not called."""
        self._cancel.set()

    def wait(self, timeout: float | None = None) -> bool:
        """Blocks until the function has returned; False on timeout."""
        return self._done.wait(timeout)

    def start(self) -> None:
        """Starts the worker thread."""
        _RUNNING.add(self)
        self._thread.start()

    def _work(self) -> None:
        try:
            result = self._fn(TaskContext(self))
            if self._cancel.is_set():
                raise TaskCancelled
        except TaskCancelled:
            self._done.set()
            self.cancelled.emit()
        except ZvdbError as exc:
            self._done.set()
            self.failed.emit(str(exc))
        except Exception:  # noqa: BLE001 - one Dutch message for the user; details logged
            log.exception("background task failed")
            self._done.set()
            self.failed.emit(self._failure_text)
        else:
            self._done.set()
            self.succeeded.emit(result)


def run_task(parent: QObject | None, fn: Callable[[TaskContext], Any], *,
             on_success: Callable[[Any], None] | None = None,
             on_failure: Callable[[str], None] | None = None,
             on_progress: Callable[[float, str], None] | None = None,
             on_cancelled: Callable[[], None] | None = None,
             failure_text: str = UNEXPECTED) -> Task:
    """Runs ``fn(ctx)`` on a worker thread; callbacks arrive on the GUI thread.

    Args:
        parent: The widget the result is for; when it is destroyed, the task is cancelled
            and its callbacks are dropped.
        fn: The work; gets a :class:`TaskContext`. Must not touch widgets.
        on_success: Called with ``fn``'s result.
        on_failure: Called with the Dutch reason (a ZvdbError's message, else
            ``failure_text``).
        on_progress: Called with (fraction, Dutch step).
        on_cancelled: Called when the task stopped after :meth:`Task.cancel`.
        failure_text: The Dutch message for an unexpected error.

    Returns:
        The running :class:`Task` (cancel it, wait for it).
    """
    task = Task(fn, failure_text)
    relay = _Relay(task, on_success, on_failure, on_progress, on_cancelled)
    if parent is not None:
        parent.destroyed.connect(relay.detach)
    # The worker thread emits; the relay lives in the GUI thread and has real slots, so Qt
    # queues every call to the GUI thread (a plain Python callable would run in the worker).
    task.progressed.connect(relay.progressed)
    task.succeeded.connect(relay.succeeded)
    task.failed.connect(relay.failed)
    task.cancelled.connect(relay.cancelled)
    task.start()
    return task


class _Relay(QObject):
    """Hands a task's results to its callbacks on the GUI thread (see :func:`run_task`)."""

    def __init__(self, task: Task, on_success: Callable[[Any], None] | None,
                 on_failure: Callable[[str], None] | None,
                 on_progress: Callable[[float, str], None] | None,
                 on_cancelled: Callable[[], None] | None) -> None:
        super().__init__()
        self.moveToThread(QApplication.instance().thread())
        self.task = task
        self.alive = True
        self._success, self._failure = on_success, on_failure
        self._progress, self._cancelled = on_progress, on_cancelled
        _RELAYS.add(self)

    @Slot()
    def detach(self) -> None:
        """The widget the result was for is gone: cancel, and call nothing any more."""
        self.alive = False
        self.task.cancel()

    def _live(self) -> bool:
        return self.alive and not self.task.cancel_requested

    @Slot(float, str)
    def progressed(self, fraction: float, text: str) -> None:  # noqa: D102
        if self._progress is not None and self._live():
            self._progress(fraction, text)

    @Slot(object)
    def succeeded(self, result: object) -> None:  # noqa: D102
        try:
            if self._success is not None and self._live():
                self._success(result)
        finally:
            self._finish()

    @Slot(str)
    def failed(self, text: str) -> None:  # noqa: D102
        try:
            if self._failure is not None and self._live():
                self._failure(text)
        finally:
            self._finish()

    @Slot()
    def cancelled(self) -> None:  # noqa: D102
        try:
            if self._cancelled is not None and self.alive:
                self._cancelled()
        finally:
            self._finish()

    def _finish(self) -> None:
        _RUNNING.discard(self.task)
        _RELAYS.discard(self)
        self.task.deleteLater()
        self.deleteLater()


_RELAYS: set[_Relay] = set()


def running_tasks() -> list[Task]:
    """The tasks that have not finished yet."""
    return [t for t in _RUNNING if t.running]


def wait_all(timeout: float = 10.0, *, cancel: bool = True) -> bool:
    """Cancels (by default) and waits for every running task; False if one did not stop."""
    tasks = running_tasks()
    if cancel:
        for task in tasks:
            task.cancel()
    return all(task.wait(timeout) for task in tasks)


def run_modal(parent: QWidget | None, fn: Callable[[TaskContext], T], text: str, *,
              delay_ms: int = 400) -> T:
    """Runs ``fn`` off the GUI thread while the window waits (repaints, shows a busy box).

    For a step the caller cannot go on without (opening a large file, deriving a key from a
    password): the GUI stays responsive, input is blocked by a modal progress box that
    appears after ``delay_ms``; its "Annuleren" cancels the task.

    Returns:
        What ``fn`` returned.

    Raises:
        Whatever ``fn`` raised (re-raised on the GUI thread), or ZvdbError(CANCELLED) when the
        user cancelled.
    """
    outcome: dict[str, Any] = {}

    def work(ctx: TaskContext) -> None:
        try:
            outcome["value"] = fn(ctx)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller on the GUI thread
            outcome["error"] = exc

    loop = QEventLoop()
    box = QProgressDialog(text, "Annuleren", 0, 0, parent)
    box.setWindowTitle(APP_TITLE)
    box.setWindowModality(Qt.WindowModality.ApplicationModal)
    box.setMinimumDuration(delay_ms)
    task = run_task(None, work, on_success=lambda _r: loop.quit(),
                    on_failure=lambda _m: loop.quit(), on_cancelled=loop.quit)
    box.canceled.connect(task.cancel)
    if task.running:
        loop.exec()
    task.wait()
    box.reset()
    box.deleteLater()
    if "error" in outcome and not isinstance(outcome["error"], TaskCancelled):
        raise outcome["error"]
    if task.cancel_requested and "value" not in outcome:
        raise ZvdbError(CANCELLED)
    return outcome["value"]
