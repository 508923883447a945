"""The texts of the stappenplan (resources/steps/steps.json): what each step asks, the hints
for its four questions, and which instruments serve it.

The texts are data, not code, so wording can be reviewed without touching the program.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from zvdesk.models.steps.tables import STEP_ORDER, StepKey
from zvdesk.resources import resource_path


@dataclass(frozen=True)
class QuestionText:
    """One of the four questions every step asks."""

    key: str  # the column of ProjectStep ("who", "work_form", "dilemmas", "result")
    title: str  # "Wie moet er aan tafel zitten?"
    short: str  # "Wie aan tafel"


@dataclass(frozen=True)
class StepText:
    """What the stappenplan says about one step.

    Attributes:
        key: The step.
        number: "Stap 1" or "Time-out".
        title: "Richten van de energie".
        asks: What the step asks for in one word ("Ambitie", "Doelen", …).
        task: The step's assignment in one or two sentences.
        parts: The numbered sub-steps ("2.1 …"), may be empty.
        hints: Per question key, what the stappenplan advises.
        example: An example from the seeds ("" when none).
        instruments: Keys of the instruments that serve this step (shown when registered).
    """

    key: StepKey
    number: str
    title: str
    asks: str
    task: str
    parts: tuple[str, ...]
    hints: dict[str, str]
    example: str
    instruments: tuple[str, ...]

    @property
    def label(self) -> str:
        """"Stap 1 – Richten van de energie"."""
        return f"{self.number} – {self.title}"


@cache
def _data() -> dict:
    return json.loads(resource_path("steps", "steps.json").read_text("utf-8"))


@cache
def questions() -> tuple[QuestionText, ...]:
    """The four questions, in their order."""
    return tuple(QuestionText(q["key"], q["titel"], q["kort"]) for q in _data()["vragen"])


@cache
def step_texts() -> dict[StepKey, StepText]:
    """The texts of the six steps, in stappenplan order."""
    by_key = {}
    for item in _data()["stappen"]:
        key = StepKey(item["key"])
        by_key[key] = StepText(
            key=key, number=item["nummer"], title=item["titel"], asks=item["vraagt"],
            task=item["opdracht"], parts=tuple(item.get("onderdelen", ())),
            hints=dict(item.get("hints", {})), example=item.get("voorbeeld", ""),
            instruments=tuple(item.get("instrumenten", ())))
    return {key: by_key[key] for key in STEP_ORDER}


def step_text(key: StepKey | str) -> StepText:
    """The texts of one step."""
    return step_texts()[StepKey(key)]
