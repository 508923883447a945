"""Work-forms content for the large benchmark region (called from bench/make_large.py).

``add_large_werkvormen(session, project_ids, n=40)`` gives the projects ``n`` sessions of
twelve participants (the region's people) with an agenda of every work form and their
results: a vote per participant, answers, words, hats' points and subgroups.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Sequence
from pathlib import Path

if __name__ == "__main__":  # run as a script: python bench/large_werkvormen.py
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from zvdesk.models.region.tables import Person  # noqa: E402
from zvdesk.models.werkvormen import ops  # noqa: E402
from zvdesk.models.werkvormen.catalogue import work_forms  # noqa: E402

WORDS = ("rust", "vertrouwen", "bescherming", "zorg", "thuis", "grenzen", "toezicht",
         "stabiliteit", "gezondheid", "samen")


def add_large_werkvormen(session: Session, project_ids: Sequence[str], n: int = 40) -> None:
    """Adds ``n`` sessions spread over the projects, each with every work form's results."""
    rng = random.Random(17)
    people = list(session.scalars(select(Person.id)))
    for i in range(n):
        sid = ops.add_session(session, project_ids[i % len(project_ids)], f"Werksessie {i + 1}")
        parts = ops.add_people(session, sid, rng.sample(people, 12))
        for form in work_forms():
            item = ops.add_item(session, sid, form.key)
            if form.result == "stemmen":
                for p in parts:
                    colour = rng.choice(("groen", "groen", "geel", "rood"))
                    ops.set_vote(session, item, p, colour,
                                 "Een vraag over de uitvoering." if colour != "groen" else "")
                continue
            if form.result == "notities":
                continue
            for number, p in enumerate(parts):
                cat = form.categories[number % len(form.categories)].key \
                    if form.categories else ""
                text = ", ".join(rng.sample(WORDS, 3)) if form.result == "woorden" \
                    else f"Punt {number + 1} van deze deelnemer."
                ops.add_entry(session, item, participant_id=p, category=cat, text=text,
                              group_no=number // 3 + 1, subject="Eén regionale tafel")

