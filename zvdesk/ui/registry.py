"""The one registry of instrument tabs.

Every instrument of :data:`zvdesk.instruments.INSTRUMENTS` has a subpackage of
:mod:`zvdesk.ui.instruments` with a module-level ``SPECS``: its tabs (:class:`InstrumentSpec`).
Adding an instrument touches no other instrument.

``SPECS`` are light: an instrument package's ``__init__`` imports neither its widgets nor its
models (the navigator lists every instrument before any of them is needed; a test guards it,
``tests/test_startup_modules.py``). Name what it needs with :func:`lazy` (``"module:name"``,
imported on the first call) and give ``kinds`` as ``"module:NAME"`` when they live in the
instrument's models.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any, Literal

from zvdesk.instruments import import_instrument_modules

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from zvdesk.ui.controller import DocumentController


def _resolve(target: str) -> Any:
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)


def lazy(target: str) -> Callable[..., Any]:
    """The function ``"module:name"``, imported when it is first called.

    For a spec's ``factory`` and ``progress``, so that registering an instrument imports
    neither its widgets nor its models.
    """
    found: list[Callable[..., Any]] = []

    def call(*args: Any, **kwargs: Any) -> Any:
        if not found:
            found.append(_resolve(target))
        return found[0](*args, **kwargs)

    call.__name__ = call.__qualname__ = target.partition(":")[2]
    call.__doc__ = f"Calls {target} (imported on first use)."
    return call


@dataclass
class InstrumentContext:
    """What an instrument tab gets when it is made.

    Attributes:
        controller: The open document (reads, edits, change signal, undo stack).
        project_id: The project the tab works on (None for region-wide tabs).
        open_instrument: Call with an instrument key to bring that tab forward (for links such
            as "open het impact framework" from the stappenplan).
        select_record: Call with (kind, id) to show a record in its own tab.
        open_project: Call with (project id, instrument key) to show that project's tab (the
            region's plan links to a project's milestones and monitoring).
    """

    controller: DocumentController
    project_id: str | None
    open_instrument: Callable[[str], None] = lambda _key: None
    select_record: Callable[[str, str], None] = lambda _kind, _id: None
    open_project: Callable[[str, str], None] = lambda _project_id, _key: None


@dataclass(frozen=True)
class InstrumentSpec:
    """One instrument tab.

    Attributes:
        key: Stable identifier (also the help file ``resources/help/<key>.md``).
        title: Tab title in Dutch.
        chapter: Toolbox chapter ("1.3"), or "" for the region tabs.
        scope: "region" for tabs about the whole file, "project" for tabs per project.
        order: Position among the tabs of its scope.
        factory: Makes the tab widget.
        kinds: Record kinds the instrument owns (for counts and reports): a tuple, or
            ``"module:NAME"`` naming the tuple in the instrument's models (imported when
            first asked, see :attr:`record_kinds`).
        screenshots: Optional extra states to photograph: name -> function(widget); a
            function that returns a window of its own gets that window photographed.
        progress: Optional; returns a short Dutch progress text for the navigator
            ("3 van 6 stappen afgerond"), given a session and the project id.
    """

    key: str
    title: str
    chapter: str
    scope: Literal["region", "project"]
    order: int
    factory: Callable[[InstrumentContext], QWidget]
    kinds: tuple[str, ...] | str = ()
    screenshots: dict[str, Callable[[QWidget], Any]] = field(default_factory=dict)
    progress: Callable[[Any, str], str] | None = None

    @property
    def record_kinds(self) -> tuple[str, ...]:
        """The record kinds (``kinds``, imported from the models when named as a string)."""
        if isinstance(self.kinds, str):
            return tuple(_resolve(self.kinds))
        return self.kinds

    @property
    def label(self) -> str:
        """Title with chapter, for the navigator and menus ("1.3 Impact framework")."""
        return f"{self.chapter} {self.title}".strip()


@cache
def instruments() -> tuple[InstrumentSpec, ...]:
    """Returns every registered instrument, region tabs first, each scope in its order."""
    specs = [spec for module in import_instrument_modules("zvdesk.ui.instruments")
             for spec in module.SPECS]
    return tuple(sorted(specs, key=lambda s: (s.scope != "region", s.order)))


def instruments_for(scope: str) -> list[InstrumentSpec]:
    """Returns the instruments of one scope in tab order."""
    return [spec for spec in instruments() if spec.scope == scope]


def instrument(key: str) -> InstrumentSpec:
    """Returns the instrument with this key."""
    for spec in instruments():
        if spec.key == key:
            return spec
    raise KeyError(key)
