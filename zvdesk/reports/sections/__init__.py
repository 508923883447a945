"""The one registry of report sections.

Every instrument of :data:`zvdesk.instruments.INSTRUMENTS` may have a module (or package)
``zvdesk.reports.sections.<key>`` with ``SECTIONS``: its report sections (:class:`SectionSpec`).
A new instrument adds its module; no other section changes.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Literal

from zvdesk.instruments import import_instrument_modules

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from zvdesk.reports.data import Block


@dataclass(frozen=True)
class SectionContext:
    """What a section builder gets besides the session.

    Attributes:
        project_id: The project a "project" section is about (None for "region" sections).
        project_ids: The projects the whole report is about (one, or every live project).
    """

    project_id: str | None
    project_ids: tuple[str, ...]


@dataclass(frozen=True)
class SectionSpec:
    """One report section.

    Attributes:
        key: Stable key (the instrument key where there is one: "impact", "steps", …); the
            CLI's ``--instrument`` and the dialog's checkboxes use it.
        title: Dutch section title (a Heading 1 in a project report).
        scope: "region": once per report; "project": once per project in the report.
        order: Position in the report among all sections.
        build: Returns the section's blocks for one project (or the region); an empty list
            leaves the section out of the report.
    """

    key: str
    title: str
    scope: Literal["region", "project"]
    order: int
    build: Callable[[Session, SectionContext], list[Block]]


#: Sections of the file's own data, not of an instrument (the versions' "what changed").
CORE_SECTION_MODULES: tuple[str, ...] = ("zvdesk.reports.sections.versions",)


@cache
def sections() -> tuple[SectionSpec, ...]:
    """Returns every registered section in report order."""
    modules = [*import_instrument_modules("zvdesk.reports.sections"),
               *(importlib.import_module(name) for name in CORE_SECTION_MODULES)]
    specs = [spec for module in modules for spec in module.SECTIONS]
    return tuple(sorted(specs, key=lambda s: s.order))


def section(key: str) -> SectionSpec:
    """Returns the section with this key (KeyError when unknown)."""
    for spec in sections():
        if spec.key == key:
            return spec
    raise KeyError(key)


def section_keys() -> list[str]:
    """The keys of every registered section, in report order."""
    return [spec.key for spec in sections()]
