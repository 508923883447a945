"""Measurements from the sheet a municipality already keeps (.csv or .xlsx).

Two steps, like the region's import: :func:`plan_measurements` reads the rows and says per row
what would happen (toevoegen, vervangen, overslaan with the reason) without changing
anything; the model function :func:`apply_measurements` carries the plan out in one edit (one
undo step). A row is matched on its date and municipality: importing the same sheet twice
adds nothing, and a corrected figure replaces the old one.

Dutch spreadsheets write 1.234,5 and 1-4-2024; both are read, as are the ISO forms Excel
cells give.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from zvdesk.models.core.errors import ZvdbError
from zvdesk.models.monitoring.ops import add_measurement, measurements, require_indicator
from zvdesk.models.monitoring.tables import MonMeasurement
from zvdesk.models.region.tables import Municipality

#: Column headers (lower case) that name each field; the first is the one we suggest.
HEADERS = {
    "measured_on": ("datum", "peildatum", "meetdatum", "date"),
    "value": ("waarde", "aantal", "meting", "value"),
    "municipality": ("gemeente", "municipality"),
    "note": ("toelichting", "opmerking", "notitie"),
}


def parse_number(text: str) -> float:
    """Reads 12,5 / 1.234,5 / 12.5 / 1234; raises ValueError (Dutch) otherwise."""
    raw = text.strip().replace(" ", "").replace("\u00a0", "")
    cleaned = raw.replace(".", "").replace(",", ".") if "," in raw else raw
    try:
        value = float(cleaned)
    except ValueError:
        raise ValueError(f"‘{text}’ is geen getal") from None
    if not math.isfinite(value):
        raise ValueError(f"‘{text}’ is geen getal")
    return value


def parse_day(text: str) -> date:
    """Reads d-m-jjjj (also with / or .) and jjjj-mm-dd (with a time after it, as Excel
    cells give); raises ValueError (Dutch) otherwise."""
    raw = text.strip()
    try:
        m = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", raw)
        if m:
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})([ T]\d{1,2}:\d{2}(:\d{2})?)?", raw)
        if m:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        pass
    raise ValueError(f"‘{text}’ is geen datum (schrijf d-m-jjjj)")


@dataclass
class PlannedMeasurement:
    """What the import does with one row of the sheet.

    Attributes:
        line: The row number in the sheet (1 is the header).
        action: "toevoegen", "vervangen" or "overslaan".
        measured_on: The date read (None when unreadable).
        municipality: The municipality's name as shown ("" for the whole region).
        value: The value read (None when unreadable).
        reason: Why a row is skipped, or what it replaces (Dutch).
    """

    line: int
    action: str
    measured_on: date | None = None
    municipality: str = ""
    value: float | None = None
    note: str = ""
    reason: str = ""
    municipality_id: str | None = None
    replaces_id: str | None = None


@dataclass
class MeasurementPlan:
    """The planned rows of one sheet for one indicator."""

    indicator_id: str
    rows: list[PlannedMeasurement] = field(default_factory=list)

    def count(self, action: str) -> int:
        """How many rows get this action."""
        return sum(1 for r in self.rows if r.action == action)

    def summary(self) -> str:
        """One Dutch line: "3 toevoegen, 1 vervangen, 2 overslaan"."""
        return ", ".join(f"{self.count(a)} {a}" for a in ("toevoegen", "vervangen", "overslaan"))


def _columns(header: Sequence[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for i, cell in enumerate(header):
        key = cell.strip().lower()
        for name, names in HEADERS.items():
            if key in names and name not in found:
                found[name] = i
    return found


def plan_measurements(session: Session, indicator_id: str,
                      rows: Sequence[Sequence[str]]) -> MeasurementPlan:
    """Says per row of a sheet what importing it into an indicator would do (changes nothing).

    The first row names the columns: "Datum" and "Waarde" are required, "Gemeente" and
    "Toelichting" optional.

    Raises:
        ZvdbError: the sheet is empty or lacks the date or value column (Dutch).
    """
    require_indicator(session, indicator_id)
    if not rows:
        raise ZvdbError("Het bestand is leeg.")
    cols = _columns(rows[0])
    if "measured_on" not in cols or "value" not in cols:
        raise ZvdbError("De eerste regel moet de kolommen ‘Datum’ en ‘Waarde’ noemen "
                        "(en eventueel ‘Gemeente’ en ‘Toelichting’).")
    municipalities = {m.name.strip().lower(): m for m in session.scalars(select(Municipality)
                      .where(Municipality.deleted_at.is_(None)))}
    existing = {(m.measured_on, m.municipality_id): m for m in measurements(session, indicator_id)}
    plan = MeasurementPlan(indicator_id)
    seen: set[tuple[date, str | None]] = set()

    def cell(row: Sequence[str], name: str) -> str:
        i = cols.get(name)
        return row[i].strip() if i is not None and i < len(row) else ""

    for number, row in enumerate(rows[1:], start=2):
        if not any(c.strip() for c in row):
            continue
        item = PlannedMeasurement(number, "overslaan", municipality=cell(row, "municipality"),
                                  note=cell(row, "note"))
        plan.rows.append(item)
        try:
            item.measured_on = parse_day(cell(row, "measured_on"))
            item.value = parse_number(cell(row, "value"))
        except ValueError as exc:
            item.reason = f"{exc}."
            continue
        if item.municipality:
            muni = (municipalities.get(item.municipality.lower())
                    or municipalities.get(f"gemeente {item.municipality.lower()}"))
            if muni is None:
                item.reason = f"De gemeente ‘{item.municipality}’ hoort niet bij de regio."
                continue
            item.municipality_id, item.municipality = muni.id, muni.name
        key = (item.measured_on, item.municipality_id)
        if key in seen:
            item.reason = "Deze datum en gemeente staan al eerder in het bestand."
            continue
        seen.add(key)
        old = existing.get(key)
        if old is None:
            item.action = "toevoegen"
        elif old.value == item.value and (not item.note or old.note == item.note):
            item.reason = "Deze meting staat er al."
        else:
            item.action, item.replaces_id = "vervangen", old.id
            item.reason = "Vervangt de meting van dezelfde datum."
    return plan


def apply_measurements(session: Session, plan: MeasurementPlan) -> dict[str, int]:
    """Carries out an import plan (a model function: one edit); returns counts per action."""
    require_indicator(session, plan.indicator_id)
    done = {"toevoegen": 0, "vervangen": 0}
    for row in plan.rows:
        if row.action == "toevoegen":
            add_measurement(session, plan.indicator_id, row.measured_on, row.value,
                            row.municipality_id, row.note)
        elif row.action == "vervangen" and row.replaces_id:
            old = session.get(MonMeasurement, row.replaces_id)
            if old is None or old.deleted_at is not None:
                continue
            old.value = row.value
            if row.note:
                old.note = row.note
        else:
            continue
        done[row.action] += 1
    session.flush()
    return done
