"""Stakeholder content for the large benchmark region (called from bench/make_large.py).

``add_large_stakeholders(session, project_ids, n=1000)`` spreads ``n`` players over the
projects — linked to the region's people where there are any, else free text — over both
rings and "buiten", with all three attitudes, filled communication rows and about one
relation per player.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Sequence
from pathlib import Path

if __name__ == "__main__":  # run as a script: python bench/large_stakeholders.py
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from zvdesk.models.core.base import new_id  # noqa: E402
from zvdesk.models.region.tables import Person  # noqa: E402
from zvdesk.models.stakeholders.geometry import default_position, snap  # noqa: E402
from zvdesk.models.stakeholders.ops import linked_player_id, relation_id  # noqa: E402
from zvdesk.models.stakeholders.tables import (  # noqa: E402
    LEVELS,
    Attitude,
    RelationKind,
    Ring,
    Stakeholder,
    StakeholderNextStep,
    StakeholderRelation,
)

FIRST = ("Anne", "Bram", "Carla", "Daan", "Eva", "Freek", "Gerda", "Hamid", "Iris", "Joost",
         "Kees", "Latifa", "Mark", "Nadia", "Otto", "Petra", "Rik", "Saskia", "Tim", "Vera")
LAST = ("de Boer", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Vries", "Mulder",
        "Yilmaz", "Bos", "Vos", "Peters", "Hendriks", "van Dijk", "El Idrissi", "Kok")
MEDIA = ("Overleg", "Nieuwsbrief", "E-mail", "Werkbezoek", "Bestuurlijk overleg")
FREQUENCIES = ("Maandelijks", "Per kwartaal", "Halfjaarlijks", "Bij mijlpalen")
RINGS = (Ring.DIRECT, Ring.DIRECT, Ring.INDIRECT, Ring.INDIRECT, Ring.INDIRECT, Ring.OUTSIDE)



def _outside_temp() -> str:
    """A work folder in the repository: ZV Desk opens files under the temp folder read-only."""
    folder = Path(__file__).resolve().parent.parent.joinpath("bench", "out")
    folder.mkdir(parents=True, exist_ok=True)
    return str(folder)

def add_project_players(session: Session, project_id: str, n: int,
                        relations_per_player: float = 1.0, people: Sequence[str] = (),
                        seed: int = 11) -> tuple[list[str], int]:
    """Adds ``n`` players and about ``n * relations_per_player`` relations to one project.

    Returns:
        The player ids and the number of relations made.
    """
    rng = random.Random(seed)
    ids: list[str] = []
    free_people = list(people)  # a person stands at most once on a project's map
    rng.shuffle(free_people)
    per_ring = {ring: 0 for ring in Ring}
    for i in range(n):
        ring = rng.choice(RINGS)
        x, y = default_position(ring, per_ring[ring])
        per_ring[ring] += 1
        place = snap(x + rng.uniform(-0.03, 0.03), y + rng.uniform(-0.03, 0.03), ring)
        person_id = free_people.pop() if free_people and rng.random() < 0.3 else None
        first, last = rng.choice(FIRST), rng.choice(LAST)
        player = Stakeholder(
            id=(linked_player_id(project_id, person_id, None) if person_id else new_id()),
            project_id=project_id, person_id=person_id,
            name="" if person_id else f"{first} {last}",
            initials="" if person_id else (first[0] + "".join(p[0] for p in last.split())),
            ring=place.ring, x=place.x, y=place.y, attitude=rng.choice(list(Attitude)),
            notes=f"Speler {i + 1}", influence=rng.choice(LEVELS), interest=rng.choice(LEVELS),
            actions="Op de hoogte houden van de voortgang.", medium=rng.choice(MEDIA),
            frequency=rng.choice(FREQUENCIES),
            owner_person_id=rng.choice(people) if people else None)
        session.add(player)
        ids.append(player.id)
    made = 0
    seen: set[frozenset[str]] = set()
    wanted = round(n * relations_per_player)
    while made < wanted and n > 1:
        a, b = rng.sample(ids, 2)
        if frozenset((a, b)) in seen:
            continue
        seen.add(frozenset((a, b)))
        session.add(StakeholderRelation(
            id=relation_id(a, b), project_id=project_id, source_id=a, target_id=b,
            kind=RelationKind.GOOD if rng.random() < 0.65 else RelationKind.BAD))
        made += 1
    session.add(StakeholderNextStep(id=new_id(), project_id=project_id,
                                    text="Eerst de spelers met een rode houding spreken."))
    session.flush()
    return ids, made


def add_large_stakeholders(session: Session, project_ids: Sequence[str], n: int = 1000,
                           relations_per_player: float = 1.0) -> int:
    """Spreads ``n`` players (and their relations) evenly over the projects.

    Returns:
        The number of players made.
    """
    if not project_ids:
        return 0
    people = list(session.scalars(select(Person.id).where(Person.deleted_at.is_(None))))
    base, extra = divmod(n, len(project_ids))
    made = 0
    for i, project_id in enumerate(project_ids):
        count = base + (1 if i < extra else 0)
        if count:
            add_project_players(session, project_id, count, relations_per_player, people,
                                seed=11 + i)
            made += count
    return made


def main() -> int:
    """Builds 20 projects with 1,000 players and prints how long writing and reading take."""
    import tempfile
    import time

    from zvdesk.models.core import ops
    from zvdesk.models.core.document import Document
    from zvdesk.models.region.ops import populate_new_region
    from zvdesk.models.stakeholders.read import communication_rows, stakeholder_map

    folder = Path(tempfile.mkdtemp(prefix="zvdesk-bench-", dir=_outside_temp())) / "werk"
    folder.mkdir()
    doc = Document.create(folder / "groot.zvdb",
                          populate=lambda s: populate_new_region(s, "Bench", ["Zaanstad"]))

    def fill(s: Session) -> list[str]:
        for i in range(40):
            ops.create_record(s, "person", {"name": f"Persoon {i + 1}"})
        pids = [ops.create_record(s, "project", {"name": f"Project {i + 1}"})
                for i in range(20)]
        add_large_stakeholders(s, pids)
        return pids

    t0 = time.perf_counter()
    pids, _ = doc.write(fill)
    write_ms = (time.perf_counter() - t0) * 1000
    t0 = time.perf_counter()
    with doc.session() as s:
        maps = [stakeholder_map(s, pid) for pid in pids]
        rows = [communication_rows(s, pid) for pid in pids]
    read_ms = (time.perf_counter() - t0) * 1000
    doc.close()
    print(f"projects {len(pids)}, players {sum(len(m.players) for m in maps)}, "
          f"relations {sum(len(m.relations) for m in maps)}, "
          f"communication rows {sum(len(r) for r in rows)}")
    print(f"write (one edit) {write_ms:.0f} ms")
    print(f"read every map and communication table {read_ms:.0f} ms (target < 1000 ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
