"""Model functions of Monitoring (run inside ``Document.write``; they never commit).

Also the catalogue of the toolbox's example indicators, the validators, what else goes when
an indicator or a project is deleted, and the counts for ``zvdesk check``.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from zvdesk.models.core import ops
from zvdesk.models.core.base import utcnow
from zvdesk.models.core.errors import ValidationError
from zvdesk.models.core.summary import count_live, project_counter
from zvdesk.models.monitoring.tables import Block, Method, MonIndicator, MonMeasurement
from zvdesk.models.region.tables import Project
from zvdesk.resources import resource_path


@dataclass(frozen=True)
class CatalogueIndicator:
    """An example indicator of the toolbox (resources/monitoring/indicators.json)."""

    key: str
    block: Block
    name: str
    unit: str
    method: Method | None


@lru_cache(maxsize=1)
def catalogue() -> tuple[CatalogueIndicator, ...]:
    """The toolbox's example indicators, by block, in the toolbox's order."""
    data = json.loads(resource_path("monitoring", "indicators.json").read_text("utf-8"))
    methods = {m.value: m for m in Method}
    return tuple(CatalogueIndicator(e["key"], Block(e["blok"]), e["naam"], e.get("eenheid", ""),
                                    methods.get(e.get("methode", "")))
                 for e in data["indicatoren"])


def catalogue_entry(key: str) -> CatalogueIndicator:
    """The catalogue indicator with this key.

    Raises:
        KeyError: no such entry.
    """
    for entry in catalogue():
        if entry.key == key:
            return entry
    raise KeyError(key)


def indicators(session: Session, project_id: str) -> list[MonIndicator]:
    """A project's live indicators, by block and then in their order."""
    rows = session.scalars(select(MonIndicator).where(
        MonIndicator.project_id == project_id, MonIndicator.deleted_at.is_(None)))
    order = {b: i for i, b in enumerate(Block)}
    return sorted(rows, key=lambda r: (order[r.block], r.sort_order, r.created_at))


def measurements(session: Session, indicator_id: str) -> list[MonMeasurement]:
    """An indicator's live measurements, oldest first."""
    rows = session.scalars(select(MonMeasurement).where(
        MonMeasurement.indicator_id == indicator_id, MonMeasurement.deleted_at.is_(None)))
    return sorted(rows, key=lambda m: (m.measured_on or date.min, m.created_at))


def _next_order(session: Session, project_id: str) -> int:
    return max((r.sort_order for r in indicators(session, project_id)), default=0) + 1


def add_indicator(session: Session, project_id: str, name: str,
                  block: Block = Block.KWALITEIT, **values: object) -> str:
    """Adds an indicator of the project's own at the end of its block; returns its id."""
    ops.get_live(session, "project", project_id)
    obj = MonIndicator(project_id=project_id, name=name.strip(), block=block,
                       sort_order=_next_order(session, project_id), **values)
    ops.validate(session, obj)
    session.add(obj)
    session.flush()
    return obj.id


def add_from_catalogue(session: Session, project_id: str, keys: list[str]) -> list[str]:
    """Adds the chosen catalogue indicators the project does not have yet; returns new ids."""
    have = {r.catalogue_key for r in indicators(session, project_id) if r.catalogue_key}
    new = []
    for key in keys:
        if key in have:
            continue
        entry = catalogue_entry(key)
        new.append(add_indicator(session, project_id, entry.name, entry.block,
                                 catalogue_key=entry.key, unit=entry.unit, method=entry.method))
        have.add(key)
    return new


def add_measurement(session: Session, indicator_id: str, measured_on: date | None = None,
                    value: float | None = None, municipality_id: str | None = None,
                    note: str = "") -> str:
    """Adds a measurement of an indicator and returns its id."""
    ops.get_live(session, "mon_indicator", indicator_id)
    if municipality_id:
        ops.get_live(session, "municipality", municipality_id)
    obj = MonMeasurement(indicator_id=indicator_id, measured_on=measured_on, value=value,
                         municipality_id=municipality_id, note=note)
    ops.validate(session, obj)
    session.add(obj)
    session.flush()
    return obj.id


def new_measurement_values(session: Session, indicator_id: str) -> dict:
    """Values for a new measurement row: today, the region as a whole."""
    ops.get_live(session, "mon_indicator", indicator_id)
    return {"indicator_id": indicator_id, "measured_on": date.today()}


# -- validation and what else changes on delete ---------------------------------------------


def _finite(value: float | None, what: str) -> list[str]:
    if value is not None and not math.isfinite(value):
        return [f"De {what} moet een gewoon getal zijn."]
    return []


@ops.validator("mon_indicator")
def _check_indicator(session: Session, obj: MonIndicator) -> list[str]:
    problems = [] if obj.name.strip() else ["Vul de naam van de indicator in."]
    if obj.meeting_id and _gone(session, "meeting", obj.meeting_id):
        problems.append("Dit overleg bestaat niet meer; kies een ander overleg.")
    return problems + _finite(obj.baseline, "nulmeting") + _finite(obj.target, "streefwaarde")


def _gone(session: Session, kind: str, record_id: str) -> bool:
    """True when a record of another instrument is missing or deleted (a plain read)."""
    try:
        row = session.get(ops.record_class(kind), record_id)
    except KeyError:
        return True
    return row is None or row.deleted_at is not None


@ops.validator("mon_measurement")
def _check_measurement(_s: Session, obj: MonMeasurement) -> list[str]:
    return _finite(obj.value, "gemeten waarde")


@ops.on_delete("mon_indicator")
def _drop_measurements(session: Session, obj: MonIndicator) -> None:
    now = utcnow()
    for row in measurements(session, obj.id):
        row.deleted_at = now


@ops.on_delete("project")
def _drop_monitoring(session: Session, project: Project) -> None:
    now = utcnow()
    for row in indicators(session, project.id):
        _drop_measurements(session, row)
        row.deleted_at = now


@ops.on_delete("municipality")
def _unlink_municipality(session: Session, municipality: object) -> None:
    rows = session.scalars(select(MonMeasurement).where(
        MonMeasurement.municipality_id == municipality.id,  # type: ignore[attr-defined]
        MonMeasurement.deleted_at.is_(None)))
    for row in rows:
        row.municipality_id = None


def require_indicator(session: Session, indicator_id: str) -> MonIndicator:
    """The live indicator, or a Dutch error."""
    obj = session.get(MonIndicator, indicator_id)
    if obj is None or obj.deleted_at is not None:
        raise ValidationError("Deze indicator bestaat niet meer.")
    return obj


# -- counts for `zvdesk check` and the navigator --------------------------------------------


@project_counter
def _count(session: Session, project_id: str) -> list[tuple[str, int]]:
    ids = [r.id for r in indicators(session, project_id)]
    n = 0
    if ids:
        n = len(session.scalars(select(MonMeasurement.id).where(
            MonMeasurement.indicator_id.in_(ids), MonMeasurement.deleted_at.is_(None))).all())
    return [("indicatoren", count_live(session, "mon_indicator", project_id=project_id)),
            ("metingen", n)]


def progress_text(session: Session, project_id: str) -> str:
    """Short Dutch progress for the navigator ("3 indicatoren, 2 gemeten")."""
    rows = indicators(session, project_id)
    if not rows:
        return ""
    measured = sum(1 for r in rows if measurements(session, r.id))
    return f"{len(rows)} indicatoren, {measured} gemeten"
