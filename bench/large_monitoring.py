"""Monitoring content for the large benchmark region (called from bench/make_large.py).

``add_large_monitoring(session, project_ids, n=50)`` spreads ``n`` indicators over the
projects, each with 60 monthly measurements spread over the region's municipalities.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

if __name__ == "__main__":  # run as a script: python bench/large_monitoring.py
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from zvdesk.models.monitoring.ops import catalogue  # noqa: E402
from zvdesk.models.monitoring.tables import MonIndicator, MonMeasurement  # noqa: E402
from zvdesk.models.region.tables import Municipality  # noqa: E402

MEASUREMENTS = 60


def add_large_monitoring(session: Session, project_ids: Sequence[str], n: int = 50) -> None:
    """Adds ``n`` indicators × 60 measurements."""
    rng = random.Random(16)
    munis = [m.id for m in session.scalars(select(Municipality))][:4] or [None]
    entries = catalogue()
    for i in range(n):
        entry = entries[i % len(entries)]
        base = rng.uniform(20, 400)
        indicator = MonIndicator(
            project_id=project_ids[i % len(project_ids)], block=entry.block,
            name=f"{entry.name} {i + 1}", catalogue_key="", method=entry.method,
            unit=entry.unit, baseline=round(base, 1), baseline_date=date(2020, 1, 1),
            target=round(base * 0.8, 1), target_date=date(2025, 12, 31),
            meeting="RBO Zorg en Veiligheid", discussed_when="Elk kwartaal",
            steering="Bespreken in het tactisch overleg.", fictitious=True, sort_order=i)
        session.add(indicator)
        session.flush()
        for k in range(MEASUREMENTS):
            session.add(MonMeasurement(
                indicator_id=indicator.id, measured_on=date(2021 + k // 12, k % 12 + 1, 1),
                municipality_id=munis[k % len(munis)],
                value=round(base * (1 + rng.uniform(-0.2, 0.2)), 1)))
    session.flush()
