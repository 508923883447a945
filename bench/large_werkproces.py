"""Work-process content for the large benchmark region (called from bench/make_large.py).

``add_large_werkproces(session, project_ids, n=300)`` gives the first project a process of
``n`` steps in 12 lanes with about 500 arrows and a marker on every fifth step, and every other
project a small process of 15 steps; each process has its desired copy.
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
from zvdesk.models.werkproces.layout import STEP_GAP, STEP_WIDTH  # noqa: E402
from zvdesk.models.werkproces.ops import make_desired  # noqa: E402
from zvdesk.models.werkproces.tables import (  # noqa: E402
    Cause,
    MarkerKind,
    ProcessFlow,
    ProcessLane,
    ProcessMarker,
    ProcessState,
    ProcessStep,
    WorkProcess,
)

LANES = ("Veilig Thuis", "Wijkteam", "Politie", "GGZ", "Zorg- en Veiligheidshuis", "OM",
         "Reclassering", "GGD", "Raad voor de Kinderbescherming", "Gemeente", "Huisarts",
         "Woningcorporatie")


def add_process(session: Session, project_id: str, steps: int, lanes: int = 12,
                flows: int | None = None, seed: int = 5, desired: bool = True) -> str:
    """Adds one current process (rows added directly, fast) and returns its id."""
    rng = random.Random(seed)
    process = WorkProcess(id=new_id(), project_id=project_id, name="Melding bij Veilig Thuis",
                          trigger="Een melding bij Veilig Thuis", state=ProcessState.CURRENT)
    session.add(process)
    session.flush()  # rows without relationships are inserted in the order they are flushed
    lane_ids = []
    for i in range(lanes):
        lane = ProcessLane(id=new_id(), process_id=process.id, name=LANES[i % len(LANES)],
                           position=i)
        session.add(lane)
        lane_ids.append(lane.id)
    session.flush()
    step_ids = []
    per_lane = [0] * lanes
    for i in range(steps):
        lane = rng.randrange(lanes)
        x = STEP_GAP + per_lane[lane] * (STEP_WIDTH + STEP_GAP) + rng.uniform(0, 30)
        per_lane[lane] += 1
        step = ProcessStep(id=new_id(), process_id=process.id, lane_id=lane_ids[lane],
                           name=f"Stap {i + 1}", description="Handelingen bij deze stap.", x=x)
        session.add(step)
        step_ids.append(step.id)
    session.flush()
    wanted = round(steps * 5 / 3) if flows is None else flows
    seen: set[tuple[str, str]] = set()
    while len(seen) < wanted and steps > 1:
        a, b = rng.sample(step_ids, 2)
        if (a, b) in seen:
            continue
        seen.add((a, b))
        session.add(ProcessFlow(id=new_id(), process_id=process.id, source_id=a, target_id=b))
    session.flush()
    for i, step_id in enumerate(step_ids[::5]):
        kind = list(MarkerKind)[i % 4]
        session.add(ProcessMarker(id=new_id(), process_id=process.id, step_id=step_id,
                                  kind=kind, text=f"Markering {i + 1}",
                                  cause=Cause.EXECUTION if kind is MarkerKind.PROBLEM
                                  else None))
    session.flush()
    if desired:
        make_desired(session, process.id)
    return process.id


def add_large_werkproces(session: Session, project_ids: Sequence[str], n: int = 300) -> int:
    """One large process in the first project, small ones in the others; returns the steps."""
    made = 0
    for i, project_id in enumerate(project_ids):
        count = n if i == 0 else 15
        add_process(session, project_id, count, lanes=12 if i == 0 else 5,
                    flows=500 if i == 0 else None, seed=5 + i, desired=i != 0)
        made += count
    return made
