"""The region's tabs: Regio, Organisaties, Personen, Thema's, Projecten and the project page.

Light, like every instrument's ``SPECS``: each tab's module is imported when the tab is
first shown (:func:`zvdesk.ui.registry.lazy`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from zvdesk.ui.registry import InstrumentContext, InstrumentSpec


def _tab(module: str) -> Callable[[InstrumentContext], QWidget]:
    from zvdesk.ui.registry import lazy

    return lazy(f"zvdesk.ui.instruments.region.{module}:make_tab")


def _specs() -> tuple[InstrumentSpec, ...]:
    from zvdesk.ui.registry import InstrumentSpec

    return (
        InstrumentSpec(key="region", title="Regio", chapter="", scope="region", order=10,
                       factory=_tab("overview"), kinds=("region", "municipality")),
        InstrumentSpec(key="organisations", title="Organisaties", chapter="", scope="region",
                       order=20, factory=_tab("organisations"), kinds=("organisation",)),
        InstrumentSpec(key="people", title="Personen", chapter="", scope="region", order=30,
                       factory=_tab("people"), kinds=("person",)),
        InstrumentSpec(key="themes", title="Thema's", chapter="", scope="region", order=40,
                       factory=_tab("themes"), kinds=("theme",)),
        InstrumentSpec(key="projects", title="Projecten", chapter="", scope="region", order=50,
                       factory=_tab("projects"), kinds=("project",)),
        InstrumentSpec(key="project", title="Project", chapter="", scope="project", order=0,
                       factory=_tab("project"), kinds=("project", "project_theme")),
    )


def __getattr__(name: str) -> Any:
    # SPECS are made when the registry first asks: this package also holds a window feature
    # (the import entry), part of the window's first frame, which does not wait for them.
    if name == "SPECS":
        globals()["SPECS"] = _specs()
        return globals()["SPECS"]
    raise AttributeError(name)
