"""Generates the large region of PRODUCT.md, as far as the models exist.

20 projects, 1,000 people/stakeholders, 2,000 impact-chain elements, 1,000 stakeholder
players, 2,000 probleemscan answers, 1,000 dilemma positions, 400 meeloopdagen/exchanges, 300
meetings, a regiekaart in every project, 300 werkproces steps, 40 work sessions and a regioplan
(one bench/large_<instrument>.py each, listed below). Usage: python bench/make_large.py OUT.zvdb
"""

from __future__ import annotations

import importlib
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sqlalchemy.orm import Session  # noqa: E402

from zvdesk.models.core.document import Document  # noqa: E402
from zvdesk.models.region.ops import populate_new_region, set_project_themes  # noqa: E402
from zvdesk.models.region.tables import Level, Organisation, Person, Project, ProjectStatus  # noqa: E402

#: Instrument parts of the large region: (module in bench/, function, count).
EXTENSIONS = (
    ("large_impact", "add_large_impact", 2000),
    ("large_stakeholders", "add_large_stakeholders", 1000),
    ("large_probleemscan", "add_large_probleemscan", 2000),
    ("large_dilemmaschuif", "add_large_dilemmaschuif", 1000),
    ("large_meelopen", "add_large_meelopen", 400),
    ("large_overleg", "add_large_overleg", 300),
    ("large_escalatie", "add_large_escalatie", 20),
    ("large_werkproces", "add_large_werkproces", 300),
    ("large_werkvormen", "add_large_werkvormen", 40),
    ("large_regioplan", "add_large_regioplan", 60),
    ("large_timing", "add_large_timing", 200),
    ("large_monitoring", "add_large_monitoring", 50),
)

FIRST = ("Anna", "Bram", "Carla", "Daan", "Eva", "Fleur", "Gijs", "Hanna", "Ilse", "Joost",
         "Kim", "Lars", "Mila", "Noah", "Olga", "Pim", "Rosa", "Sem", "Tess", "Vera")
LAST = ("de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
        "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Dijk", "Dekker", "Kok")


def populate(session: Session, rng: random.Random) -> list[str]:
    """The region with 20 projects and 1,000 people; returns the project ids."""
    populate_new_region(session, "Grote testregio", [f"Gemeente {i}" for i in range(1, 13)])
    session.flush()
    orgs = [o.id for o in session.query(Organisation)]
    themes = [t.id for t in session.query(Person.__table__.metadata.tables["theme"])]
    people = []
    for i in range(1000):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}"
        person = Person(name=name, initials=f"{name[0]}{i}", organisation_id=rng.choice(orgs),
                        role="Medewerker", level=rng.choice(list(Level)))
        session.add(person)
        people.append(person)
    session.flush()
    projects = []
    for i in range(20):
        project = Project(name=f"Project {i + 1:02d}", status=rng.choice(list(ProjectStatus)),
                          lead_person_id=rng.choice(people).id, sort_order=i,
                          description="Project van de grote testregio. " * 5)
        session.add(project)
        session.flush()
        set_project_themes(session, project.id, rng.sample(themes, 2))
        projects.append(project.id)
    return projects


def main(out: str) -> Path:
    """Writes the large region to ``out``."""
    rng = random.Random(2026)
    target = Path(out)
    target.unlink(missing_ok=True)
    start = time.perf_counter()
    parts: list[str] = []

    def fill(session: Session) -> None:
        project_ids = populate(session, rng)
        for module, function, count in EXTENSIONS:
            try:
                add = getattr(importlib.import_module(module), function)
            except (ImportError, AttributeError):
                parts.append(f"{module}: not available yet")
                continue
            add(session, project_ids, count)
            parts.append(f"{module}: {count}")

    Document.create(target, populate=fill).close()
    print(f"large region written to {target} in {time.perf_counter() - start:.1f} s "
          f"({target.stat().st_size / 1e6:.1f} MB)")
    for part in parts:
        print(" ", part)
    return target


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "bench/out/large.zvdb")
