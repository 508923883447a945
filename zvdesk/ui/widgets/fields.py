"""Column descriptions and value formatting for record tables and forms (Dutch display)."""

from __future__ import annotations

import enum
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from sqlalchemy.orm import Session

from zvdesk.models.core.collation import sort_key

Choices = Callable[[Session], list[tuple[Any, str]]]

MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december")


@dataclass(frozen=True)
class Field:
    """One editable field of a record kind.

    Attributes:
        name: The model attribute.
        title: Dutch column or label text.
        kind: text (one line), longtext (shown in the detail pane), choice (enum or
            reference, see ``choices``), date (dd-mm-jjjj), int, number (a decimal number
            with a Dutch comma, empty for none).
        choices: For ``choice``: returns (value, Dutch label) pairs; None is "(geen)".
        width: Preferred column width in pixels (0: fit the contents).
        tooltip: Explanation shown on the header.
        narrow_by: For a person field: the organisation field of the same record; once an
            organisation is chosen there, the list shows that organisation's people (the
            others are still found by typing).
    """

    name: str
    title: str
    kind: Literal["text", "longtext", "choice", "date", "int", "number"] = "text"
    choices: Choices | None = None
    width: int = 0
    tooltip: str = ""
    narrow_by: str = ""


def enum_choices(enum_class: type[enum.Enum], labels: dict[Any, str] | None = None,
                 allow_none: bool = False) -> Choices:
    """Choices for an enum field, labelled with ``labels`` or the capitalised value."""

    def choices(_session: Session) -> list[tuple[Any, str]]:
        items = [(member, (labels or {}).get(member, member.value.capitalize()))
                 for member in enum_class]
        return ([(None, "(geen)")] if allow_none else []) + items

    return choices


class RecordChoices:
    """Choices of the live records of a kind (by their ``name``), "(geen)" first.

    Sorted as the tables sort (:func:`~zvdesk.models.core.collation.sort_key`).

    Args:
        kind: The record kind.
        group_by: A column that groups the records (a person's ``organisation_id``), for
            :meth:`groups` and a list narrowed by a :attr:`Field.narrow_by` field.
    """

    def __init__(self, kind: str, group_by: str = "") -> None:
        self.kind = kind
        self.group_by = group_by

    def __call__(self, session: Session) -> list[tuple[Any, str]]:
        from zvdesk.models.core import ops

        records = sorted(ops.list_live(session, self.kind), key=lambda r: sort_key(r.name))
        return [(None, "(geen)")] + [(r.id, r.name) for r in records]

    def groups(self, session: Session) -> dict[Any, Any]:
        """Each record's group (``group_by`` value); empty without ``group_by``."""
        from zvdesk.models.core import ops

        if not self.group_by:
            return {}
        return {r.id: getattr(r, self.group_by) for r in ops.list_live(session, self.kind)}


def record_choices(kind: str, order_by: str = "name") -> Choices:
    """Choices of the live records of a kind (by their ``name``), "(geen)" first, sorted
    as the tables sort."""
    del order_by  # names sort with the one Dutch sort key
    return RecordChoices(kind)


#: The region's organisations and people as choices (for "organisatie" and "persoon" fields).
organisation_choices = RecordChoices("organisation")
person_choices = RecordChoices("person", group_by="organisation_id")


def narrowed(choices: list[tuple[Any, str]], groups: dict[Any, Any], group: Any,
             current: Any = None) -> tuple[list[tuple[Any, str]], list[tuple[Any, str]]]:
    """The choices of one group (and "(geen)" and the current value) to list, and the
    others, still found by typing. No group (None) lists them all."""
    if group is None or not groups:
        return choices, []
    listed = [(v, label) for v, label in choices
              if v is None or v == current or groups.get(v) == group]
    return listed, [c for c in choices if c not in listed]


def required(kind: str, name: str) -> bool:
    """True when a field's column may not be empty (NOT NULL)."""
    from zvdesk.models.core import ops

    column = ops.record_class(kind).__table__.c.get(name)
    return column is not None and not column.nullable


def format_date(value: date | None) -> str:
    """23-11-2026 style, as Dutch users type dates."""
    return "" if value is None else value.strftime("%d-%m-%Y")


def long_date(value: date) -> str:
    """22 november 2026."""
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def parse_date(text: str) -> date | None:
    """Reads dd-mm-jjjj, d-m-jjjj, dd/mm/jjjj or jjjj-mm-dd; empty gives None.

    Raises:
        ValueError: with a Dutch message when the text is not a date.
    """
    text = text.strip()
    if not text:
        return None
    m = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", text)
    try:
        if m:
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
        if m:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        pass
    raise ValueError(f"‘{text}’ is geen geldige datum. Schrijf bijvoorbeeld 22-11-2026.")


def format_number(value: float | None) -> str:
    """12,5 style (Dutch decimal comma); a whole number without decimals; None gives ""."""
    if value is None:
        return ""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.4f}".rstrip("0").rstrip(".").replace(".", ",")


def parse_number(text: str) -> float | None:
    """Reads 12,5 or 12.5 (and 1.234,5 with a thousands point); empty gives None.

    Raises:
        ValueError: with a Dutch message when the text is not a number.
    """
    text = text.strip().replace(" ", "").replace("\u00a0", "")
    if not text:
        return None
    if "," in text:
        text = text.replace(".", "").replace(",", ".")
    try:
        value = float(text)
    except ValueError:
        raise ValueError(f"‘{text}’ is geen getal. Schrijf bijvoorbeeld 12,5.") from None
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError(f"‘{text}’ is geen getal. Schrijf bijvoorbeeld 12,5.")
    return value


#: The largest whole number the file can hold (SQLite's INTEGER).
INT_LIMIT = 2**63 - 1
EMPTY_REQUIRED = "Vul een getal in; dit veld mag niet leeg zijn."


def format_int(value: int | None) -> str:
    """A whole number as typed (0 shows as 0); None gives ""."""
    return "" if value is None else str(value)


def parse_int(text: str, is_required: bool = False) -> int | None:
    """Reads a whole number; empty gives None (refused when ``is_required``).

    Raises:
        ValueError: with a Dutch message when the text is not a whole number, too large,
            or empty where a number is required.
    """
    text = text.strip().replace(" ", "").replace("\u00a0", "")
    if not text:
        if is_required:
            raise ValueError(EMPTY_REQUIRED)
        return None
    if not re.fullmatch(r"[-+]?\d+", text):
        raise ValueError(f"‘{text}’ is geen geheel getal. Schrijf bijvoorbeeld 12.")
    value = int(text)
    if abs(value) > INT_LIMIT:
        raise ValueError(f"‘{text}’ is te groot voor een getal.")
    return value
