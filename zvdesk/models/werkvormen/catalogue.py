"""The catalogue of work forms and the session tips (resources/werkvormen/catalogue.json)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from zvdesk.resources import resource_path


@dataclass(frozen=True)
class Category:
    """A colour, hat or role a result of a work form carries.

    Attributes:
        key: Stable value stored in ``wv_entry.category``.
        label: Dutch label ("Groen", "Witte pet", "Gespreksleider").
        meaning: What it stands for, in the toolbox's words where it has them.
        color: Hex colour for bars and the presentation window.
    """

    key: str
    label: str
    meaning: str
    color: str


@dataclass(frozen=True)
class WorkForm:
    """One work form of the toolbox.

    Attributes:
        key: Stable value stored in ``wv_item.form_key``.
        chapter: Toolbox chapter ("4.2"), empty for the app's own forms.
        title: Dutch name.
        result: What it records: stemmen, duo, antwoorden, woorden, petten, groepen, notities.
        goal: The toolbox's "Doel".
        explanation: How it works, in ZV Desk's words.
        minutes: Suggested duration.
        prompts: Example questions (the toolbox's where it gives them).
        categories: The colours, hats or roles of its results.
    """

    key: str
    chapter: str
    title: str
    result: str
    goal: str
    explanation: str
    minutes: int
    prompts: tuple[str, ...]
    categories: tuple[Category, ...]

    def category(self, key: str) -> Category | None:
        """The category with this key, or None."""
        return next((c for c in self.categories if c.key == key), None)


@dataclass(frozen=True)
class Tip:
    """A tip of deel 2 for the length and form of a session."""

    key: str
    text: str


@cache
def _load() -> dict:
    return json.loads(resource_path("werkvormen", "catalogue.json").read_text(encoding="utf-8"))


@cache
def work_forms() -> tuple[WorkForm, ...]:
    """Every work form of the catalogue, in its order."""
    return tuple(
        WorkForm(key=f["key"], chapter=f["hoofdstuk"], title=f["titel"], result=f["resultaat"],
                 goal=f["doel"], explanation=f["uitleg"], minutes=int(f["minuten"]),
                 prompts=tuple(f["vragen"]),
                 categories=tuple(Category(c["key"], c["label"], c["betekenis"], c["kleur"])
                                  for c in f["categorieen"]))
        for f in _load()["werkvormen"])


def work_form(key: str) -> WorkForm | None:
    """The work form with this key, or None (a key from a newer file)."""
    return next((f for f in work_forms() if f.key == key), None)


def form_title(key: str) -> str:
    """The Dutch name of a work form; the key itself when it is unknown."""
    form = work_form(key)
    return form.title if form else key


@cache
def tips() -> tuple[Tip, ...]:
    """The tips of deel 2 for the length and form of a session."""
    return tuple(Tip(t["key"], t["tekst"]) for t in _load()["tips"])


#: The three vote colours of 4.2, in the order they are asked about (yellow first).
VOTE_ASK_ORDER = ("geel", "rood", "groen")
#: The vote colours in the order a bar shows them.
VOTE_COLOURS = ("groen", "geel", "rood")
