"""The chain a file goes through when the main window opens it: password → read-only → lock.

Each step is an :class:`zvdesk.ui.features.Opener`. The order is fixed here, in one place:

1. ``password`` — a protected (encrypted) file: ask the password, decrypt off the GUI thread
   (provided by the sharing feature).
2. ``read-only`` — the user asked to read only: open without the lock.
3. ``lock`` — another ZV Desk has the file open: ask to take over (a stale lock) or read only.

The last step opens the file (``request.open()``); a large file is opened off the GUI thread
with a busy indicator.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from zvdesk.ui import dialogs
from zvdesk.ui.features import Opener, OpenRequest

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from zvdesk.models.core.document import Document

#: The order of the steps; features fill the slots they provide.
CHAIN_ORDER: tuple[str, ...] = ("password", "read-only", "lock")
#: Files larger than this (bytes) are opened off the GUI thread with a busy indicator.
LARGE_FILE = 8 * 1024 * 1024

TAKE_OVER = "Overnemen"
READ_ONLY = "Alleen-lezen openen"
LOCKED_TITLE = "Bestand in gebruik"
OPENING = "‘{name}’ wordt geopend…"


class OpenCancelled(Exception):  # noqa: N818 - the user's choice, not an error
    """The user chose not to open the file after all (nothing to show)."""


def read_only_step(request: OpenRequest, proceed: Callable[[OpenRequest], Document]) -> Document:
    """Read-only asked: nothing to lock, so skip the lock step and open at once."""
    if request.read_only:
        return request.open()
    return proceed(request)


def lock_step(parent: QWidget | None) -> Opener:
    """The step that asks what to do when another ZV Desk holds the file's lock."""

    def step(request: OpenRequest, proceed: Callable[[OpenRequest], Document]) -> Document:
        from zvdesk.models.core.errors import FileLocked

        try:
            return proceed(request)
        except FileLocked as exc:
            options = [TAKE_OVER, READ_ONLY] if exc.stale else [READ_ONLY]
            choice = dialogs.choose(parent, LOCKED_TITLE, str(exc), options)
            if choice is None:
                raise OpenCancelled from exc
            take_over = options[choice] == TAKE_OVER
            return proceed(request.but(read_only=not take_over, take_over_lock=take_over))

    return step


def open_step(parent: QWidget | None) -> Callable[[OpenRequest], Document]:
    """The end of the chain: opens the file; a large one off the GUI thread."""

    def finish(request: OpenRequest) -> Document:
        try:
            large = request.path.stat().st_size > LARGE_FILE
        except OSError:
            large = False
        if not large:
            return request.open()
        from zvdesk.ui.tasks import run_modal

        return run_modal(parent, lambda _ctx: request.open(),
                         OPENING.format(name=request.path.name))

    return finish


def standard_chain(parent: QWidget | None, provided: Mapping[str, Opener]) -> list[Opener]:
    """The steps in :data:`CHAIN_ORDER`: the features' (``provided``) and the built-in ones."""
    builtin: dict[str, Opener] = {"read-only": read_only_step, "lock": lock_step(parent)}
    steps = {**builtin, **provided}
    return [steps[name] for name in CHAIN_ORDER if name in steps]


def run_chain(steps: list[Opener], request: OpenRequest,
              finish: Callable[[OpenRequest], Document]) -> Document:
    """Runs the request through the steps in order, ending with ``finish``."""

    def at(i: int) -> Callable[[OpenRequest], Document]:
        if i == len(steps):
            return finish
        return lambda req: steps[i](req, at(i + 1))

    return at(0)(request)
