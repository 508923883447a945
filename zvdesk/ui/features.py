"""Window features with a lifecycle, and the chain of openers a file goes through.

A feature outside the instrument tabs (reports, sharing, …) is a :class:`WindowFeature`
subclass listed once in :data:`FEATURES`. The main window creates each one and calls, in this
order over its life (after calibre's ``InterfaceAction`` and Frescobaldi's
``MainWindowPlugin``):

1. :meth:`WindowFeature.install` — once: add menu entries (``window.file_menu`` …) and, if
   the feature takes part in opening files, an opener (:meth:`WindowFeature.openers`).
2. :meth:`WindowFeature.document_opened` — a document is shown (its controller).
3. :meth:`WindowFeature.document_closing` — that document is about to be closed or replaced:
   stop work that reads it (a report being made) and close dialogs about it.
4. :meth:`WindowFeature.shutting_down` — once, when the window closes (after 3).

No feature sets attributes on the window or replaces its methods; a test (or another
feature) finds one with ``window.feature(name)``.

Opening a file runs an explicit chain of :class:`Opener` steps (see
:func:`zvdesk.ui.openers.standard_chain`): each gets the :class:`OpenRequest` and the rest
of the chain (``proceed``), may change the request (a password, read-only, taking over a lock)
and returns the opened document.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, Protocol

if TYPE_CHECKING:
    from zvdesk.models.core.document import Document
    from zvdesk.ui.controller import DocumentController
    from zvdesk.ui.mainwindow import MainWindow

#: The window features, "module:Class", in the order they are installed (menu order).
FEATURES: tuple[str, ...] = (
    "zvdesk.ui.report:ReportFeature",
    "zvdesk.ui.sharing:SharingFeature",
    "zvdesk.ui.versions:VersionsFeature",
    "zvdesk.ui.instruments.region.importing:ImportFeature",
    "zvdesk.ui.instruments.overleg.reminder:CallRoundReminder",
)


class OpenRequest(NamedTuple):
    """What to open and how; openers pass on a changed copy (``request.but(...)``).

    Immutable (a named tuple rather than a dataclass: this module is part of the window's
    first frame, which does not wait for ``dataclasses``).

    Attributes:
        path: The file.
        read_only: Open without writing (and without the lock).
        take_over_lock: Replace another instance's stale lock (the user agreed).
        open_file: How the last step opens it: ``open_file(path, read_only=…,
            take_over_lock=…)``; the password step puts a decrypting one here. None:
            :meth:`Document.open <zvdesk.models.core.document.Document.open>` (imported
            when a file is opened, not when the window starts).
    """

    path: Path
    read_only: bool = False
    take_over_lock: bool = False
    open_file: Callable[..., Document] | None = None

    def but(self, **changes: object) -> OpenRequest:
        """A copy with some fields changed."""
        return self._replace(**changes)

    def open(self) -> Document:
        """Opens the file as the request says (the chain's last step)."""
        open_file = self.open_file
        if open_file is None:
            from zvdesk.models.core.document import Document

            open_file = Document.open
        return open_file(self.path, read_only=self.read_only,
                         take_over_lock=self.take_over_lock)


class Opener(Protocol):
    """One step of the chain: gets the request and the rest of the chain."""

    def __call__(self, request: OpenRequest,
                 proceed: Callable[[OpenRequest], Document]) -> Document:
        """Opens (through ``proceed``) or raises ZvdbError with a Dutch message."""


class WindowFeature:
    """Base of a feature of the main window; override the hooks you need.

    Attributes:
        name: How ``window.feature(name)`` finds it.
        window: The main window (set by :meth:`install`).
    """

    name = ""

    def __init__(self) -> None:
        self.window: MainWindow | None = None

    def install(self, window: MainWindow) -> None:
        """Called once: add menu entries. Subclasses call ``super().install(window)``."""
        self.window = window

    def openers(self) -> dict[str, Opener]:
        """Steps this feature adds to the opening chain, by slot name ("password")."""
        return {}

    def document_opened(self, controller: DocumentController) -> None:
        """A document is now shown."""

    def document_closing(self, controller: DocumentController) -> None:
        """The shown document is about to close: stop reading it, close its dialogs."""

    def shutting_down(self) -> None:
        """The window is closing (the document, if any, was closed just before)."""


def load_features() -> list[WindowFeature]:
    """Creates one instance of every feature in :data:`FEATURES`."""
    features = []
    for entry in FEATURES:
        module, _, cls = entry.partition(":")
        features.append(getattr(importlib.import_module(module), cls)())
    return features
