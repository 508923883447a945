"""Probleemscan content for the large benchmark region (called from bench/make_large.py).

``add_large_probleemscan(session, project_ids, n=2000)`` gives every project a scan: the eight
toolbox questions (two switched off in every third project), two own questions, summaries
and proposals, and ``n`` answers spread over the questions, linked to the region's people.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Sequence
from pathlib import Path

if __name__ == "__main__":  # run as a script: python bench/large_probleemscan.py
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from zvdesk.models.probleemscan import ops as scan  # noqa: E402
from zvdesk.models.probleemscan.tables import STANDARD_QUESTIONS, ScanAnswer  # noqa: E402
from zvdesk.models.region.tables import Person  # noqa: E402


def add_large_probleemscan(session: Session, project_ids: Sequence[str], n: int = 2000) -> None:
    """Adds a filled scan to every project, with ``n`` answers in all."""
    rng = random.Random(11)
    people = list(session.scalars(select(Person.id)))
    questions: list[str] = []
    for i, pid in enumerate(project_ids):
        for q in STANDARD_QUESTIONS:
            qid = scan.ensure_question(session, pid, q.key)
            scan.set_question(session, pid, qid, {
                "summary": f"Samenvatting van de antwoorden op ‘{q.text}’. " * 2,
                "proposal": "Voorstel voor het vervolg in één zin.",
                "used": not (i % 3 == 0 and q.key in ("ideal", "no_energy"))})
            questions.append(qid)
        for j in range(2):
            questions.append(scan.add_own_question(session, pid, f"Eigen vraag {j + 1}?"))
    for k in range(n):
        session.add(ScanAnswer(question_id=questions[k % len(questions)],
                               person_id=rng.choice(people) if people and k % 7 else None,
                               name="" if people and k % 7 else f"Deelnemer {k}",
                               answer="Een antwoord van een deelnemer op de vraag. " * 3))
    session.flush()
