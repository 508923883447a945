"""The one list of model modules that make up a .zvdb file.

Importing this module registers every table on ``Base.metadata``. An instrument adds its
tables by adding its module here (one line).
"""

from __future__ import annotations

import importlib

from sqlalchemy import Table

from zvdesk.models.base import Base, Record

MODEL_MODULES: tuple[str, ...] = (
    "zvdesk.models.entities",
    "zvdesk.models.sharing.lineage",
    "zvdesk.reports.record",
    "zvdesk.models.cooperation",
    "zvdesk.models.steps",
    "zvdesk.models.stakeholders",
    "zvdesk.models.impact",
)


def record_classes() -> dict[str, type[Record]]:
    """Returns every record class by its kind (its table name)."""
    found: dict[str, type[Record]] = {}
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if issubclass(cls, Record):
            found[cls.__tablename__] = cls
    return dict(sorted(found.items()))


def record_class(kind: str) -> type[Record]:
    """Returns the record class of a kind ('person', 'project', …)."""
    return record_classes()[kind]


def tables() -> dict[str, Table]:
    """Returns every table of the current schema by name."""
    return dict(Base.metadata.tables)


def _import_model_modules() -> None:
    # At the end of this module: the model modules import ops, which imports the functions
    # above from this (then half-initialised) module.
    for name in MODEL_MODULES:
        importlib.import_module(name)


_import_model_modules()
