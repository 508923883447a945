"""The task runner: results, Dutch failures and cooperative cancel, on the GUI thread."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QWidget

from zvdesk.models.core.errors import ZvdbError
from zvdesk.ui.tasks import TaskContext, run_modal, run_task, running_tasks, wait_all


def _on_gui_thread() -> bool:
    return QThread.currentThread() is QApplication.instance().thread()


def test_result_and_progress_arrive_on_the_gui_thread(qtbot) -> None:  # noqa: ANN001
    seen: list[object] = []
    worker_threads: list[str] = []

    def work(ctx: TaskContext) -> int:
        worker_threads.append(threading.current_thread().name)
        ctx.progress(0.5, "Halverwege")
        return 42

    task = run_task(None, work, on_progress=lambda f, t: seen.append((f, t, _on_gui_thread())),
                    on_success=lambda r: seen.append((r, _on_gui_thread())))
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert seen == [(0.5, "Halverwege", True), (42, True)]
    assert worker_threads and worker_threads[0] != threading.main_thread().name
    assert not task.running


def test_a_dutch_error_arrives_as_its_message_anything_else_as_the_failure_text(qtbot) -> None:  # noqa: ANN001
    failures: list[str] = []

    def refuse(_ctx: TaskContext) -> None:
        raise ZvdbError("Het bestand is beschadigd.")

    def crash(_ctx: TaskContext) -> None:
        raise KeyError("intern")

    run_task(None, refuse, on_failure=failures.append)
    run_task(None, crash, on_failure=failures.append, failure_text="Dat lukte niet.")
    qtbot.waitUntil(lambda: len(failures) == 2)
    assert sorted(failures) == ["Dat lukte niet.", "Het bestand is beschadigd."]


def test_cancel_stops_the_function_at_its_next_check(qtbot) -> None:  # noqa: ANN001
    started = threading.Event()
    steps: list[int] = []
    events: list[str] = []

    def slow(ctx: TaskContext) -> str:
        started.set()
        for i in range(500):
            ctx.check_cancelled()
            steps.append(i)
            time.sleep(0.01)
        return "klaar"

    task = run_task(None, slow, on_success=lambda _r: events.append("klaar"),
                    on_cancelled=lambda: events.append("gestopt"))
    assert started.wait(5)
    time.sleep(0.05)
    task.cancel()
    assert task.wait(2), "the function did not stop"
    qtbot.waitUntil(lambda: events == ["gestopt"])
    assert len(steps) < 100  # it stopped long before the end
    assert task not in running_tasks()


def test_callbacks_are_dropped_when_their_widget_is_gone(qtbot) -> None:  # noqa: ANN001
    widget = QWidget()
    release = threading.Event()
    called: list[object] = []

    def work(ctx: TaskContext) -> str:
        release.wait(5)
        ctx.check_cancelled()
        return "te laat"

    task = run_task(widget, work, on_success=called.append, on_failure=called.append)
    widget.deleteLater()
    qtbot.waitUntil(lambda: task.cancel_requested)
    release.set()
    assert task.wait(2)
    qtbot.wait(50)
    assert called == []


def test_wait_all_cancels_what_still_runs(qtbot) -> None:  # noqa: ANN001
    def endless(ctx: TaskContext) -> None:
        while True:
            ctx.check_cancelled()
            time.sleep(0.01)

    run_task(None, endless)
    run_task(None, endless)
    assert wait_all(2.0)
    assert running_tasks() == []


def test_run_modal_returns_the_result_and_raises_the_error(qtbot) -> None:  # noqa: ANN001
    assert run_modal(None, lambda _ctx: threading.current_thread().name, "Bezig…") != (
        threading.main_thread().name)
    with pytest.raises(ZvdbError, match="Verkeerd wachtwoord"):
        run_modal(None, lambda _ctx: (_ for _ in ()).throw(ZvdbError("Verkeerd wachtwoord")),
                  "Bezig…")
