"""The length limits of a record's text, checked by every write (so the safe opener, which
refuses a text over its column's ``String(n)``, never refuses a file ZV Desk wrote)."""

from __future__ import annotations

from sqlalchemy import String, Text, inspect

from zvdesk.models.core import fileformat as ff
from zvdesk.models.core.base import Record


def length_problems(obj: Record) -> list[str]:
    """Dutch messages for every text of ``obj`` longer than its column allows."""
    problems = []
    for column in inspect(obj).mapper.columns:
        value = getattr(obj, column.key, None)
        if not isinstance(value, str):
            continue
        if isinstance(column.type, String) and column.type.length and not isinstance(
                column.type, Text):
            if len(value) > column.type.length:
                problems.append(
                    f"De tekst is te lang: hoogstens {column.type.length} tekens "
                    f"(nu {len(value)})."
                )
        if len(value.encode("utf-8")) > ff.MAX_TEXT_BYTES:
            problems.append("De tekst is te lang: hoogstens één miljoen tekens.")
    return problems
