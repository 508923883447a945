"""Dutch words for what sharing and merging show: field names and values."""

from __future__ import annotations

import enum
from datetime import date, datetime

#: Dutch names of common column names; others are shown with spaces for underscores.
FIELD_LABELS = {
    "name": "naam", "initials": "initialen", "description": "omschrijving",
    "notes": "notities", "note": "notitie", "email": "e-mailadres", "phone": "telefoon",
    "role": "rol", "level": "niveau", "status": "status", "domain": "domein",
    "short_name": "korte naam", "start_date": "startdatum", "end_date": "einddatum",
    "sort_order": "volgorde", "deleted_at": "verwijderd", "title": "titel", "text": "tekst",
    "organisation_id": "organisatie", "project_id": "project", "person_id": "persoon",
    "lead_person_id": "projectleider", "theme_id": "thema", "x": "positie (x)",
    "y": "positie (y)", "attitude": "houding", "ring": "ring", "influence": "invloed",
    "interest": "belang", "answer": "antwoord", "meaning": "betekenis", "term": "begrip",
    "kind": "soort", "date": "datum", "due_date": "deadline",
}


def field_label(name: str) -> str:
    """The Dutch name of a field."""
    return FIELD_LABELS.get(name, name.replace("_id", "").replace("_", " "))


def display_value(value: object, limit: int = 200) -> str:
    """A field value as the user reads it (Dutch dates, "(leeg)" for nothing)."""
    if value is None or value == "":
        return "(leeg)"
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, datetime):
        return value.astimezone().strftime("%d-%m-%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    text = str(value)
    if len(text) == 36 and text.count("-") == 4:
        return "(verwijzing)"
    return text if len(text) <= limit else text[: limit - 1] + "…"


def conflicts_phrase(n: int) -> str:
    """"1 conflict", "3 conflicten"."""
    return f"{n} conflict" if n == 1 else f"{n} conflicten"


#: How "Beide bewaren" marks the two versions of a text kept together.
BOTH_MINE_MARK = "[mijn versie]"
BOTH_THEIRS_MARK = "[hun versie]"


def other_region_message(file_name: str, their_region: str, my_region: str, *,
                         command_line: bool = False) -> str:
    """Why a file of another region is not merged, and how to keep it as a region of its own.

    Args:
        file_name: The other file's name.
        their_region: The other file's region.
        my_region: The user's region ("" when unknown).
        command_line: Point to ``zvdesk import-region`` instead of the dialog's button.
    """
    mine = f" (uw bestand is van de regio ‘{my_region}’)" if my_region else ""
    how = (f"met ‘zvdesk import-region {file_name} DOEL.zvdb’" if command_line else
           "met ‘Als aparte regio opslaan en openen…’")
    return (f"‘{file_name}’ is het bestand van een andere regio: ‘{their_region}’{mine}. De "
            "bestanden hebben geen gedeelde geschiedenis; samenvoegen zou twee regio’s door "
            "elkaar halen. Er is niets samengevoegd en niets veranderd. Een bestand bevat één "
            f"regio: wilt u met de regio ‘{their_region}’ werken, sla die dan op als een apart "
            f"regiobestand {how}. Uw eigen bestand blijft dan zoals het is.")


def diff_spans(mine: str, theirs: str) -> tuple[list[tuple[str, bool]], list[tuple[str, bool]]]:
    """Both texts cut into pieces, each marked True where it differs from the other text.

    Compared word by word (difflib), so a changed word is marked whole.
    """
    import difflib
    import re

    a, b = re.findall(r"\s+|\S+", mine), re.findall(r"\s+|\S+", theirs)
    left: list[tuple[str, bool]] = []
    right: list[tuple[str, bool]] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        same = op == "equal"
        if i2 > i1:
            left.append(("".join(a[i1:i2]), not same))
        if j2 > j1:
            right.append(("".join(b[j1:j2]), not same))
    return left, right


def differing_part(mine: str, theirs: str, context: int = 30, limit: int = 600
                   ) -> tuple[str, str]:
    """Each text shortened to where it differs from the other, with a little context.

    The differing part itself is shown whole (up to ``limit`` characters), never cut at the
    point where the two versions start to differ.
    """
    start = 0
    while start < min(len(mine), len(theirs)) and mine[start] == theirs[start]:
        start += 1
    end = 0
    while end < min(len(mine), len(theirs)) - start and mine[-1 - end] == theirs[-1 - end]:
        end += 1

    def cut(text: str) -> str:
        lo = max(0, start - context)
        while 0 < lo < start and not text[lo - 1].isspace():
            lo -= 1  # start the context at a word
        hi = min(len(text), len(text) - end + context)
        while len(text) - end < hi < len(text) and not text[hi].isspace():
            hi += 1
        if hi - lo > limit + 2 * context:
            hi = lo + limit + 2 * context
        part = text[lo:hi]
        return ("…" if lo > 0 else "") + part + ("…" if hi < len(text) else "")

    return cut(mine), cut(theirs)
