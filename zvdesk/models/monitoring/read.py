"""Read models of Monitoring for the tab's chart and the report: plain dataclasses.

Use :func:`monitoring_for_project` inside a short session; the result can be kept after the
session is closed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from zvdesk.models.core.ops import record_class
from zvdesk.models.monitoring.ops import indicators
from zvdesk.models.monitoring.tables import (
    BLOCK_LABELS,
    METHOD_LABELS,
    Block,
    MonIndicator,
    MonMeasurement,
)
from zvdesk.models.region.tables import Municipality, Project

#: The series name of measurements about the region as a whole.
WHOLE_REGION = "Hele regio"

#: The caveats the toolbox prints with the figures.
CAVEATS = (
    "Kosten kunnen in het begin stijgen: wie beter samenwerkt, ziet eerst meer problemen "
    "en zet eerder hulp in; de besparing volgt later (toolbox, bij het blok Kosten).",
    "Wat een verandering veroorzaakt, is moeilijk hard te maken: ook andere ontwikkelingen "
    "beïnvloeden de cijfers. Lees de metingen als signaal voor het gesprek, niet als bewijs "
    "(Regiopilots, §2.3).",
)


@dataclass(frozen=True)
class Point:
    """One measurement of a series."""

    measured_on: date
    value: float


@dataclass(frozen=True)
class IndicatorInfo:
    """An indicator with everything the chart and the report show."""

    id: str
    block: Block
    name: str
    method: str
    unit: str
    baseline: float | None
    baseline_date: date | None
    target: float | None
    target_date: date | None
    chain_element: str
    meeting: str
    discussed_when: str
    discussed_by: str
    steering: str
    fictitious: bool
    #: Series name (a municipality or :data:`WHOLE_REGION`) -> points, oldest first.
    series: dict[str, list[Point]] = field(default_factory=dict)

    @property
    def block_label(self) -> str:
        """The block in Dutch."""
        return BLOCK_LABELS[self.block]

    @property
    def point_count(self) -> int:
        """How many dated measurements the series hold."""
        return sum(len(points) for points in self.series.values())

    @property
    def latest(self) -> tuple[str, Point] | None:
        """The latest measurement and its series (the whole region first on the same day)."""
        found: tuple[str, Point] | None = None
        for name, points in self.series.items():  # the whole region's series comes first
            if points and (found is None or points[-1].measured_on > found[1].measured_on):
                found = (name, points[-1])
        return found

    @property
    def last_date(self) -> date | None:
        """The date of the latest measurement, or None."""
        dates = [p.measured_on for points in self.series.values() for p in points]
        return max(dates) if dates else None


def latest_text(info: IndicatorInfo, number: Callable[[float], str],
                day: Callable[[date], str]) -> str:
    """The latest measurement in Dutch: the whole region's, else one municipality's or the
    range over the municipalities measured that day (``number``/``day`` format)."""
    latest = info.latest
    if latest is None:
        return "nog niet gemeten"
    name, point = latest
    if name == WHOLE_REGION:
        return f"{number(point.value)} ({day(point.measured_on)})"
    values = [pts[-1].value for pts in info.series.values()
              if pts and pts[-1].measured_on == point.measured_on]
    if len(values) == 1:
        return f"{number(point.value)} in {name} ({day(point.measured_on)})"
    return f"{number(min(values))} tot {number(max(values))} per gemeente ({day(point.measured_on)})"


@dataclass(frozen=True)
class MonitoringData:
    """A project's monitoring."""

    indicators: list[IndicatorInfo]

    @property
    def is_empty(self) -> bool:
        """True when the project has no indicators."""
        return not self.indicators


def chain_element_titles(session: Session, ids: set[str]) -> dict[str, str]:
    """The titles of impact-framework elements by id (a plain read: no import of 1.3)."""
    if not ids:
        return {}
    try:
        cls = record_class("impact_element")
    except KeyError:
        return {}
    rows = session.scalars(select(cls).where(cls.id.in_(ids), cls.deleted_at.is_(None)))
    return {r.id: r.title for r in rows}


def meeting_names(session: Session, ids: set[str]) -> dict[str, str]:
    """The names of live meetings of 2.3 by id (a plain read: no import of 2.3)."""
    if not ids:
        return {}
    try:
        cls = record_class("meeting")
    except KeyError:
        return {}
    rows = session.scalars(select(cls).where(cls.id.in_(ids), cls.deleted_at.is_(None)))
    return {r.id: r.name for r in rows}


def meeting_of(row: MonIndicator, names: dict[str, str]) -> str:
    """Where an indicator is discussed: its meeting of 2.3, else the free text."""
    return names.get(row.meeting_id or "", "") or row.meeting


def indicators_for_meeting(session: Session, meeting_id: str) -> list[tuple[str, str]]:
    """The live indicators a meeting discusses, as (indicator, project) names, in order."""
    rows = session.execute(
        select(MonIndicator.name, Project.name)
        .join(Project, Project.id == MonIndicator.project_id)
        .where(MonIndicator.meeting_id == meeting_id, MonIndicator.deleted_at.is_(None),
               Project.deleted_at.is_(None))
        .order_by(Project.sort_order, Project.name, MonIndicator.sort_order))
    return [(name, project) for name, project in rows]


def measures_by_element(session: Session, project_id: str
                        ) -> dict[str, tuple[str, ...]] | None:
    """Which of a project's indicators measure which chain element (1.3), by element id.

    Returns None when the project keeps no indicators at all (it does not use Monitoring),
    so that a check of the impact framework only asks for indicators where they are kept.
    """
    rows = indicators(session, project_id)
    if not rows:
        return None
    found: dict[str, list[str]] = {}
    for row in rows:
        if row.chain_element_id:
            found.setdefault(row.chain_element_id, []).append(row.name)
    return {element_id: tuple(names) for element_id, names in found.items()}


def series_of(session: Session, indicator_ids: list[str]) -> dict[str, dict[str, list[Point]]]:
    """The measurements of several indicators in one query: id -> series name -> points."""
    found: dict[str, dict[str, list[Point]]] = {i: {} for i in indicator_ids}
    if not indicator_ids:
        return found
    names = {m.id: m.name for m in session.scalars(select(Municipality))}
    rows = session.execute(select(MonMeasurement.indicator_id, MonMeasurement.measured_on,
                                  MonMeasurement.value, MonMeasurement.municipality_id)
                           .where(MonMeasurement.indicator_id.in_(indicator_ids),
                                  MonMeasurement.deleted_at.is_(None)))
    for indicator_id, measured_on, value, municipality_id in rows:
        if measured_on is None or value is None:
            continue
        name = names.get(municipality_id, WHOLE_REGION) if municipality_id else WHOLE_REGION
        found[indicator_id].setdefault(name, []).append(Point(measured_on, value))
    for series in found.values():
        for points in series.values():
            points.sort(key=lambda p: p.measured_on)
    return found


def _info(row: MonIndicator, series: dict[str, list[Point]], chain: dict[str, str],
          meetings: dict[str, str]) -> IndicatorInfo:
    ordered = dict(sorted(series.items(), key=lambda kv: (kv[0] != WHOLE_REGION, kv[0])))
    return IndicatorInfo(
        row.id, row.block, row.name, METHOD_LABELS.get(row.method, "") if row.method else "",
        row.unit, row.baseline, row.baseline_date, row.target, row.target_date,
        chain.get(row.chain_element_id or "", ""), meeting_of(row, meetings), row.discussed_when,
        row.discussed_by, row.steering, row.fictitious, ordered)


def indicator_info(session: Session, indicator_id: str) -> IndicatorInfo | None:
    """One indicator with its series, or None when it is gone."""
    row = session.get(MonIndicator, indicator_id)
    if row is None or row.deleted_at is not None:
        return None
    chain = chain_element_titles(session, {row.chain_element_id} if row.chain_element_id
                                 else set())
    meetings = meeting_names(session, {row.meeting_id} if row.meeting_id else set())
    return _info(row, series_of(session, [row.id])[row.id], chain, meetings)


def monitoring_for_project(session: Session, project_id: str) -> MonitoringData:
    """A project's indicators with their series, by block."""
    rows = indicators(session, project_id)
    series = series_of(session, [r.id for r in rows])
    chain = chain_element_titles(session, {r.chain_element_id for r in rows
                                           if r.chain_element_id})
    meetings = meeting_names(session, {r.meeting_id for r in rows if r.meeting_id})
    return MonitoringData([_info(r, series[r.id], chain, meetings) for r in rows])
