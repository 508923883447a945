"""People and organisations to and from spreadsheets (.xlsx, .csv), for the colleague who
keeps the partner list in Excel.

Import is two steps: :func:`plan_import` reads a sheet and says per row what would happen
(toevoegen, bijwerken, overslaan with the reason) without changing anything; the model
function :func:`apply_import` carries the plan out in one edit (one undo step). Rows are
matched on the name (case and spaces ignored), so importing the same sheet twice adds nothing.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from zvdesk.models.core import ops
from zvdesk.models.core.errors import ZvdbError
from zvdesk.models.core.names import suggest_initials
from zvdesk.models.region.tables import Domain, Level, Organisation

#: Largest sheet read (rows); a partner list is tens to hundreds of rows.
MAX_ROWS = 5000
#: Largest file read (bytes), checked before anything is parsed.
MAX_BYTES = 20_000_000

#: Per kind: field -> the column headers that name it (lower case; the first is what an
#: export writes).
HEADERS: dict[str, dict[str, tuple[str, ...]]] = {
    "person": {
        "name": ("naam", "volledige naam", "persoon"),
        "initials": ("initialen",),
        "organisation": ("organisatie", "werkgever"),
        "role": ("functie", "rol"),
        "level": ("niveau",),
        "email": ("e-mail", "e-mailadres", "email", "mail"),
        "phone": ("telefoon", "telefoonnummer", "tel"),
    },
    "organisation": {
        "name": ("naam", "organisatie"),
        "short_name": ("afkorting", "korte naam"),
        "domain": ("domein",),
        "description": ("omschrijving", "toelichting"),
    },
}

KIND_LABELS = {"person": "personen", "organisation": "organisaties"}


@dataclass
class PlannedRow:
    """What importing one row of the sheet would do.

    Attributes:
        line: The row's number in the sheet (1 = the header row).
        action: "toevoegen", "bijwerken", "ongewijzigd" or "overslaan".
        name: The row's name.
        values: The fields to write (for "toevoegen" and "bijwerken").
        record_id: The existing record that is updated.
        reason: Dutch: why a row is skipped, or what changes.
    """

    line: int
    action: str
    name: str
    values: dict = field(default_factory=dict)
    record_id: str | None = None
    reason: str = ""


@dataclass
class ImportPlan:
    """The plan for one sheet; nothing has been written yet."""

    kind: str
    rows: list[PlannedRow]
    unknown_headers: list[str]

    def count(self, action: str) -> int:
        """How many rows get this action."""
        return sum(1 for r in self.rows if r.action == action)

    def summary(self) -> str:
        """Dutch one-liner: '3 toevoegen, 1 bijwerken, 2 overslaan'."""
        parts = [f"{self.count(a)} {a}" for a in ("toevoegen", "bijwerken", "ongewijzigd",
                                                   "overslaan") if self.count(a)]
        return ", ".join(parts) or "niets te doen"


def read_sheet(path: str | Path) -> list[list[str]]:
    """Reads the first sheet of an .xlsx or a .csv file into rows of text.

    Raises:
        ZvdbError: the file cannot be read, is too large or is not a spreadsheet (Dutch).
    """
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ZvdbError(f"‘{path.name}’ kan niet worden gelezen.") from exc
    if size > MAX_BYTES:
        raise ZvdbError(f"‘{path.name}’ is te groot om in te lezen (meer dan 20 MB).")
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return _read_csv(path)
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    raise ZvdbError(f"‘{path.name}’ is geen Excel-bestand (.xlsx) of CSV-bestand (.csv).")


def _read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "cp1252"):  # Excel on Windows saves CSV as cp1252
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1252 decodes almost anything
        raise ZvdbError(f"‘{path.name}’ heeft een onbekende tekenset.")
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=";,\t")
    except csv.Error:
        dialect = csv.excel
        dialect.delimiter = ";" if text.count(";") > text.count(",") else ","
    rows = [[c.strip() for c in row] for row in csv.reader(io.StringIO(text), dialect)]
    return rows[: MAX_ROWS + 1]


def _read_xlsx(path: Path) -> list[list[str]]:
    import zipfile

    from openpyxl import load_workbook  # only when a sheet is read

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, OSError, KeyError, ValueError) as exc:
        raise ZvdbError(f"‘{path.name}’ is geen leesbaar Excel-bestand.") from exc
    try:
        sheet = book.worksheets[0]
        rows = []
        for row in sheet.iter_rows(values_only=True, max_row=MAX_ROWS + 1):
            rows.append(["" if v is None else str(v).strip() for v in row])
        return rows
    finally:
        book.close()


def plan_import(session: Session, kind: str, rows: Sequence[Sequence[str]]) -> ImportPlan:
    """Says per row what importing the sheet would do; changes nothing.

    Raises:
        ZvdbError: the sheet has no header row with a name column (Dutch).
    """
    if kind not in HEADERS:
        raise ValueError(kind)
    rows = [list(r) for r in rows if any(str(c).strip() for c in r)]
    if not rows:
        raise ZvdbError("Het bestand is leeg.")
    header = [h.strip().casefold() for h in rows[0]]
    columns: dict[str, int] = {}
    for fieldname, names in HEADERS[kind].items():
        for i, h in enumerate(header):
            if h in names and fieldname not in columns:
                columns[fieldname] = i
    if "name" not in columns:
        raise ZvdbError("De eerste regel moet de kolomnamen bevatten, met een kolom ‘Naam’.")
    known = {i for i in columns.values()}
    unknown = [rows[0][i] for i, h in enumerate(header) if h and i not in known]
    existing = {_key(r.name): r for r in ops.list_live(session, kind)}
    organisations = {_key(o.name): o for o in ops.list_live(session, "organisation")}
    organisations.update({_key(o.short_name): o for o in ops.list_live(session, "organisation")
                          if o.short_name})
    seen: set[str] = set()
    planned = []
    for line, row in enumerate(rows[1:], start=2):
        cell = {f: (row[i].strip() if i < len(row) else "") for f, i in columns.items()}
        name = " ".join(cell.get("name", "").split())
        if not name:
            planned.append(PlannedRow(line, "overslaan", "", reason="geen naam"))
            continue
        if _key(name) in seen:
            planned.append(PlannedRow(line, "overslaan", name, reason="staat al eerder in het "
                                                                      "bestand"))
            continue
        seen.add(_key(name))
        values, problem = _values(kind, cell, organisations)
        if problem:
            planned.append(PlannedRow(line, "overslaan", name, reason=problem))
            continue
        current = existing.get(_key(name))
        if current is None:
            if kind == "person" and not values.get("initials"):
                values["initials"] = suggest_initials(name)
            planned.append(PlannedRow(line, "toevoegen", name, {"name": name, **values}))
            continue
        changes = {f: v for f, v in values.items() if v not in ("", None)
                   and getattr(current, f) != v}
        if not changes:
            planned.append(PlannedRow(line, "ongewijzigd", name, record_id=current.id))
        else:
            what = ", ".join(_LABELS.get(f, f) for f in changes)
            planned.append(PlannedRow(line, "bijwerken", name, changes, current.id,
                                      reason=f"nieuw: {what}"))
    return ImportPlan(kind, planned, unknown)


_LABELS = {"initials": "initialen", "organisation_id": "organisatie", "role": "functie",
           "level": "niveau", "email": "e-mail", "phone": "telefoon", "short_name": "afkorting",
           "domain": "domein", "description": "omschrijving"}


def _key(text: str) -> str:
    return " ".join((text or "").split()).casefold()


def _values(kind: str, cell: dict[str, str],
            organisations: dict[str, Organisation]) -> tuple[dict, str]:
    values: dict = {}
    if kind == "person":
        for f in ("initials", "role", "email", "phone"):
            if cell.get(f):
                values[f] = cell[f]
        if cell.get("level"):
            level = next((lv for lv in Level if lv.value == cell["level"].casefold()), None)
            if level is None:
                return {}, f"onbekend niveau ‘{cell['level']}’ (bestuurlijk, tactisch of " \
                           "operationeel)"
            values["level"] = level
        if cell.get("organisation"):
            org = organisations.get(_key(cell["organisation"]))
            if org is None:
                return {}, (f"organisatie ‘{cell['organisation']}’ staat niet in het "
                            "regiobestand; importeer eerst de organisaties")
            values["organisation_id"] = org.id
    else:
        for f in ("short_name", "description"):
            if cell.get(f):
                values[f] = cell[f]
        if cell.get("domain"):
            domain = next((d for d in Domain if d.value == cell["domain"].casefold()), None)
            if domain is None:
                return {}, f"onbekend domein ‘{cell['domain']}’ (zorg, veiligheid, gemeente " \
                           "of overig)"
            values["domain"] = domain
    return values, ""


def apply_import(session: Session, plan: ImportPlan) -> dict[str, int]:
    """Model function: carries out a plan (one edit); returns the counts per action.

    Raises:
        ValidationError: a row breaks a rule of the region (Dutch, with the row's name).
    """
    done = {"toevoegen": 0, "bijwerken": 0}
    for row in plan.rows:
        try:
            if row.action == "toevoegen":
                ops.create_record(session, plan.kind, row.values)
            elif row.action == "bijwerken" and row.record_id:
                ops.update_record(session, plan.kind, row.record_id, row.values)
            else:
                continue
        except ZvdbError as exc:
            raise type(exc)(f"Regel {row.line} ({row.name}): {exc}") from exc
        done[row.action] += 1
    return done


def export_rows(session: Session, kind: str) -> list[list[str]]:
    """The header row and one row per live record, as an import reads them back."""
    fields = list(HEADERS[kind])
    header = [HEADERS[kind][f][0].capitalize() for f in fields]
    orgs = {o.id: o.name for o in ops.list_live(session, "organisation")}
    out = [header]
    for record in ops.list_live(session, kind, "name"):
        row = []
        for f in fields:
            if f == "organisation":
                row.append(orgs.get(record.organisation_id, ""))
                continue
            value = getattr(record, f)
            row.append(value.value if hasattr(value, "value") else ("" if value is None
                                                                     else str(value)))
        out.append(row)
    return out
