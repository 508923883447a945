"""The model modules that make up a .zvdb file.

Importing this module registers every table on ``Base.metadata``: the file core's own tables
and every instrument's ``tables`` module (derived from :data:`zvdesk.instruments.INSTRUMENTS`).
"""

from __future__ import annotations

import importlib

from sqlalchemy import Table

from zvdesk.instruments import instrument_modules
from zvdesk.models.core.base import Base, Record

#: Tables of the file core itself (sharing history, report cover settings).
CORE_MODEL_MODULES: tuple[str, ...] = (
    "zvdesk.models.core.sharing.lineage",
    "zvdesk.models.core.report_settings",
    "zvdesk.models.core.versions.tables",
)


def model_modules() -> list[str]:
    """Every module that declares tables: the core's, then each instrument's ``tables``."""
    return [*CORE_MODEL_MODULES, *instrument_modules("zvdesk.models", "tables")]


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
    for name in model_modules():
        importlib.import_module(name)


_import_model_modules()
