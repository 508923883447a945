"""Meelopen content for the large benchmark region (called from bench/make_large.py).

``add_large_meelopen(session, project_ids, n=400)`` spreads ``n`` meeloopdagen and exchanges
over the projects, hosted by the region's organisations, each with a few participants (the
region's people, each walking along with another) and, for most, a written reflection.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

if __name__ == "__main__":  # run as a script: python bench/large_meelopen.py
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from zvdesk.models.meelopen.tables import (  # noqa: E402
    Role,
    Visit,
    VisitKind,
    VisitParticipant,
    VisitStatus,
)
from zvdesk.models.region.tables import Organisation, Person  # noqa: E402

PARTICIPANTS_PER_VISIT = 4


def add_large_meelopen(session: Session, project_ids: Sequence[str], n: int = 400) -> None:
    """Adds ``n`` visits over the projects, with participants and reflections."""
    rng = random.Random(32)
    orgs = list(session.scalars(select(Organisation.id)))
    people = list(session.scalars(select(Person.id)))
    for k in range(n):
        kind = VisitKind.EXCHANGE if k % 10 == 0 else VisitKind.DAY
        day = date(2026, 1, 5) + timedelta(days=7 * (k // len(project_ids)))
        done = k % 4 != 0
        visit = Visit(project_id=project_ids[k % len(project_ids)], kind=kind,
                      host_organisation_id=rng.choice(orgs), visit_date=day,
                      end_date=day + timedelta(days=182) if kind is VisitKind.EXCHANGE else None,
                      period="een half jaar" if kind is VisitKind.EXCHANGE else "",
                      focus="Hoe een gemiddelde werkdag eruitziet",
                      status=VisitStatus.DONE if done else VisitStatus.PLANNED,
                      reflection_done="Wat we deden. " * 5 if done else "",
                      reflection_meaning="Wat het betekent voor de samenwerking. " * 4
                      if done else "")
        session.add(visit)
        session.flush()
        for j in range(PARTICIPANTS_PER_VISIT):
            session.add(VisitParticipant(visit_id=visit.id, person_id=rng.choice(people),
                                         role=Role.HOST if j == 0 else Role.GUEST,
                                         partner_person_id=rng.choice(people) if j else None))
    session.flush()
