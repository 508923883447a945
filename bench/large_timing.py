"""Timing content for the large benchmark region (called from bench/make_large.py).

``add_large_timing(session, project_ids, n=200)`` spreads ``n`` moments over the projects,
with five partner cycles per project (yearly, one every four years), so clashes are found.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

if __name__ == "__main__":  # run as a script: python bench/large_timing.py
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from zvdesk.models.region.tables import Organisation  # noqa: E402
from zvdesk.models.timing.tables import (  # noqa: E402
    CycleKind,
    MomentKind,
    Recurrence,
    Stream,
    TimCycle,
    TimMoment,
    TimStreamEntry,
)


def add_large_timing(session: Session, project_ids: Sequence[str], n: int = 200) -> None:
    """Adds ``n`` moments, five cycles and three stream entries per project."""
    rng = random.Random(22)
    orgs = [o.id for o in session.scalars(select(Organisation))][:5]
    for i in range(n):
        session.add(TimMoment(project_id=project_ids[i % len(project_ids)],
                              title=f"Moment {i + 1}", kind=rng.choice(list(MomentKind)),
                              on_date=date(2025, 1, 1) + timedelta(days=rng.randrange(900))))
    for pid in project_ids:
        for k, kind in enumerate(CycleKind):
            if k >= 5:
                break
            start = date(2025, 1 + 2 * k, 1)
            session.add(TimCycle(project_id=pid, organisation_id=orgs[k % len(orgs)] if orgs
                                 else None, title=f"Cyclus {k + 1}", kind=kind,
                                 recurrence=Recurrence.VIERJAARLIJKS if k == 2
                                 else Recurrence.JAARLIJKS, start_date=start,
                                 end_date=start + timedelta(days=30), margin_days=7))
        for stream in (Stream.PROBLEMEN, Stream.POLITIEK, Stream.OPLOSSINGEN):
            session.add(TimStreamEntry(project_id=pid, stream=stream, on_date=date(2025, 6, 1),
                                       text="Ontwikkeling"))
    session.flush()
