"""How names sort and match for a Dutch reader: one key for every table and choice list.

Tables, choice lists and reports all order names with :func:`sort_key`, so "Gemeente
Zaanstad" stands next to "GGD Zaanstreek-Waterland" wherever a list of organisations is
shown: case and accents do not count ("Ééntje" sorts with "Eentje"), punctuation does not
either ("GGD Zaanstreek-Waterland" as "ggd zaanstreek waterland"), and numbers sort by
their value ("Ronde 2" before "Ronde 10"). :func:`fold` is the same normalisation for
matching what the user types against a name.
"""

from __future__ import annotations

import re
import unicodedata

_DIGITS = re.compile(r"\d+")
_PUNCTUATION = re.compile(r"[^\w\s]|_")
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lower case, without accents, punctuation read as a space, single spaces."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return _SPACES.sub(" ", _PUNCTUATION.sub(" ", plain)).strip()


def sort_key(text: str | None) -> str:
    """The key a name sorts by (a string, so Qt's sort models can compare it too).

    Folded as :func:`fold` does, numbers padded so that they sort by value; the original
    text breaks ties, so the order is stable and the same everywhere.
    """
    text = text or ""
    folded = _DIGITS.sub(lambda m: m.group(0).rjust(12, "0"), fold(text))
    return f"{folded}\x00{text}"


def words_match(text: str, typed: str) -> bool:
    """True when the name begins with what was typed, or one of its words does.

    "zaan" finds "Gemeente Zaanstad"; "gem za" finds it too (each typed word begins a word
    of the name, in order); case and accents do not count.
    """
    wanted = fold(typed).split()
    if not wanted:
        return True
    name = fold(text)
    if name.startswith(" ".join(wanted)):
        return True
    words = name.split()
    start = 0
    for part in wanted:
        for i in range(start, len(words)):
            if words[i].startswith(part):
                start = i + 1
                break
        else:
            return False
    return True
