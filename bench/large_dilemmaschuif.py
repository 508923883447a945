"""Dilemmaschuif content for the large benchmark region (called from bench/make_large.py).

``add_large_dilemmaschuif(session, project_ids, n=1000)`` gives every project a few dilemmas
(half of them with an outcome) and spreads ``n`` positions over them, linked to the region's
people.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Sequence
from pathlib import Path

if __name__ == "__main__":  # run as a script: python bench/large_dilemmaschuif.py
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from zvdesk.models.dilemmaschuif import ops as dil  # noqa: E402
from zvdesk.models.dilemmaschuif.tables import Dilemma, DilemmaPosition, Mode, Outcome  # noqa: E402
from zvdesk.models.region.tables import Person  # noqa: E402

DILEMMAS_PER_PROJECT = 3


def add_large_dilemmaschuif(session: Session, project_ids: Sequence[str],
                            n: int = 1000) -> None:
    """Adds dilemmas to every project, with ``n`` positions in all."""
    rng = random.Random(31)
    people = list(session.scalars(select(Person.id)))
    ids: list[str] = []
    for pid in project_ids:
        for j in range(DILEMMAS_PER_PROJECT):
            did = dil.add_dilemma(session, pid, f"Dilemma {j + 1}", "Waarde links " * 4,
                                  "Waarde rechts " * 4, rng.choice(list(Mode)))
            if j % 2 == 0:
                row = session.get(Dilemma, did)
                row.outcome_kind = rng.choice(list(Outcome))
                row.outcome = "Zo verhouden we ons tot dit dilemma. " * 3
                row.chosen_position = rng.randint(0, 100)
            ids.append(did)
    for k in range(n):
        session.add(DilemmaPosition(dilemma_id=ids[k % len(ids)],
                                    person_id=rng.choice(people) if people else None,
                                    name="" if people else f"Deelnemer {k}",
                                    position=rng.randint(0, 100),
                                    explanation="Waarom ik hier sta. " * 4))
    session.flush()
