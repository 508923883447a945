"""Column descriptions and value formatting for record tables and forms (Dutch display)."""

from __future__ import annotations

import enum
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from sqlalchemy.orm import Session

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
    """

    name: str
    title: str
    kind: Literal["text", "longtext", "choice", "date", "int", "number"] = "text"
    choices: Choices | None = None
    width: int = 0
    tooltip: str = ""


def enum_choices(enum_class: type[enum.Enum], labels: dict[Any, str] | None = None,
                 allow_none: bool = False) -> Choices:
    """Choices for an enum field, labelled with ``labels`` or the capitalised value."""

    def choices(_session: Session) -> list[tuple[Any, str]]:
        items = [(member, (labels or {}).get(member, member.value.capitalize()))
                 for member in enum_class]
        return ([(None, "(geen)")] if allow_none else []) + items

    return choices


def record_choices(kind: str, order_by: str = "name") -> Choices:
    """Choices of the live records of a kind (by their ``name``), "(geen)" first."""

    def choices(session: Session) -> list[tuple[Any, str]]:
        from zvdesk.models.core import ops

        return [(None, "(geen)")] + [(r.id, r.name)
                                     for r in ops.list_live(session, kind, order_by)]

    return choices


#: The region's organisations and people as choices (for "organisatie" and "persoon" fields).
organisation_choices = record_choices("organisation")
person_choices = record_choices("person")


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
