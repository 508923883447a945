"""Regioplan content for the large benchmark region (called from bench/make_large.py).

``add_large_regioplan(session, project_ids, n=60)``: a started plan with every text filled,
``n`` trends over all kinds, ``n`` goals in a tree three levels deep (every third a
speerpunt), covering every project — so the document has every annex of every project.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Sequence
from pathlib import Path

if __name__ == "__main__":  # run as a script
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy.orm import Session  # noqa: E402

from zvdesk.models.core.base import new_id  # noqa: E402
from zvdesk.models.regioplan import ops  # noqa: E402
from zvdesk.models.regioplan import tables as t  # noqa: E402
from zvdesk.models.regioplan.content import (  # noqa: E402
    BIJLAGEN,
    DOELEN,
    HISTORIE,
    HUIDIGE_SITUATIE,
    IMPACT,
    VLIEGENDE_START,
)


def add_large_regioplan(session: Session, project_ids: Sequence[str], n: int = 60) -> None:
    """Adds the plan, ``n`` trends and ``n`` goals; the plan covers every project."""
    rng = random.Random(18)
    ops.start_plan(session, "Regioplan van de grote regio")
    plan = session.get(t.RegioPlan, t.PLAN_ID)
    assert plan is not None
    for q in (*VLIEGENDE_START, *HISTORIE, *HUIDIGE_SITUATIE, *DOELEN, *IMPACT, *BIJLAGEN):
        setattr(plan, q.field, f"{q.title}: " + " ".join(["tekst van het regioplan"] * 12))
    kinds = list(t.TrendKind)
    for i in range(n):
        session.add(t.RegioplanTrend(
            kind=kinds[i % len(kinds)], title=f"Trend {i + 1}", sort_order=i + 1,
            description="Toelichting bij de trend.", relevance=rng.randint(1, 5),
            valence=rng.choice(list(t.Valence))))
    ids: list[str] = []
    for i in range(n):
        parent = None if i < 4 else ids[(i - 4) // 3]
        goal_id = new_id()
        session.add(t.RegioplanGoal(id=goal_id, parent_id=parent, title=f"Doel {i + 1}",
                                    spearhead=i % 3 == 0, sort_order=i + 1))
        ids.append(goal_id)
    session.flush()
    for project_id in project_ids:
        ops.set_project_covered(session, project_id, True)
