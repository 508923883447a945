"""Impact framework content for the large benchmark region (called from bench/make_large.py).

``add_large_impact(session, project_ids, n=2000)`` spreads ``n`` chain items over the projects,
laid out in their lanes, with about 1.6 links per item along the chain.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from sqlalchemy.orm import Session

from zvdesk.models.core.base import new_id
from zvdesk.models.impact.layout import CARD_GAP, CARD_W
from zvdesk.models.impact.tables import (
    ElementKind,
    ImpactElement,
    ImpactLink,
    ImpactSubItem,
    Influence,
    Polarity,
)

#: How the items of one project spread over the lanes (weights).
SHARE = ((ElementKind.DOEL, 1), (ElementKind.INPUT, 3), (ElementKind.ACTIVITEIT, 6),
         (ElementKind.OUTPUT, 3), (ElementKind.MECHANISME, 3),
         (ElementKind.DIRECTE_OUTCOME, 2), (ElementKind.MAATSCHAPPELIJK_EFFECT, 1),
         (ElementKind.CONTEXTFACTOR, 1))
#: Links go from a kind to these kinds.
NEXT = {ElementKind.DOEL: ElementKind.INPUT, ElementKind.INPUT: ElementKind.ACTIVITEIT,
        ElementKind.ACTIVITEIT: ElementKind.OUTPUT, ElementKind.OUTPUT: ElementKind.MECHANISME,
        ElementKind.MECHANISME: ElementKind.DIRECTE_OUTCOME,
        ElementKind.DIRECTE_OUTCOME: ElementKind.MAATSCHAPPELIJK_EFFECT,
        ElementKind.CONTEXTFACTOR: ElementKind.DIRECTE_OUTCOME}
WORDS = ("samenwerking", "casusregie", "vroegsignalering", "informatiedeling", "mandaat",
         "netwerk", "wijkteam", "veiligheidshuis", "escalatie", "afspraken", "monitoring",
         "vertrouwen", "ketenpartners", "zorgmijders", "preventie", "overleg")


def _title(rng: random.Random, kind: ElementKind, i: int) -> str:
    words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 9)))
    return f"{kind.value.replace('_', ' ').capitalize()} {i + 1}: {words}"


def add_project_theory(session: Session, project_id: str, n: int, links_per_item: float = 1.6,
                       seed: int = 7) -> tuple[list[str], int]:
    """Adds ``n`` cards and about ``n * links_per_item`` links to one project.

    Returns:
        The new element ids and the number of links made.
    """
    rng = random.Random(seed)
    total = sum(w for _k, w in SHARE)
    counts = {kind: max(1, round(n * w / total)) for kind, w in SHARE}
    counts[ElementKind.ACTIVITEIT] += n - sum(counts.values())
    by_kind: dict[ElementKind, list[str]] = {}
    ids: list[str] = []
    for kind, count in counts.items():
        for i in range(count):
            element = ImpactElement(
                id=new_id(), project_id=project_id, kind=kind, title=_title(rng, kind, i),
                x=0.0 if kind is not ElementKind.CONTEXTFACTOR else i * (CARD_W + CARD_GAP),
                y=0.0 if kind is ElementKind.CONTEXTFACTOR else i * 96.0,
                w=CARD_W, h=60.0, sort_order=i, actor="Door programmatrekkers Z+V"
                if kind is ElementKind.ACTIVITEIT else "")
            if kind in (ElementKind.MECHANISME, ElementKind.CONTEXTFACTOR):
                element.polarity = rng.choice(list(Polarity))
                element.influence = (Influence.BUITEN if kind is ElementKind.CONTEXTFACTOR
                                     else rng.choice(list(Influence)))
                element.handling = "Bespreken in het regionaal overleg"
            session.add(element)
            if kind is ElementKind.OUTPUT and i % 3 == 0:
                session.add(ImpactSubItem(id=new_id(), element_id=element.id,
                                          text="Schriftelijk vastgelegd", sort_order=0))
            by_kind.setdefault(kind, []).append(element.id)
            ids.append(element.id)
    wanted = int(n * links_per_item)
    made: set[tuple[str, str]] = set()
    sources = [(k, e) for k, es in by_kind.items() if k in NEXT for e in es]
    attempts = 0
    while len(made) < wanted and attempts < wanted * 20:
        attempts += 1
        kind, source = rng.choice(sources)
        targets = by_kind.get(NEXT[kind])
        if not targets:
            continue
        pair = (source, rng.choice(targets))
        if pair in made:
            continue
        made.add(pair)
        session.add(ImpactLink(id=new_id(), project_id=project_id, source_id=pair[0],
                               target_id=pair[1]))
    session.flush()
    return ids, len(made)


def add_large_impact(session: Session, project_ids: Sequence[str], n: int = 2000) -> int:
    """Spreads ``n`` chain items over the projects (inside the caller's write); returns n."""
    if not project_ids:
        return 0
    per = [n // len(project_ids)] * len(project_ids)
    for i in range(n - sum(per)):
        per[i] += 1
    for index, (project_id, count) in enumerate(zip(project_ids, per, strict=True)):
        if count:
            add_project_theory(session, project_id, count, seed=index)
    return n
