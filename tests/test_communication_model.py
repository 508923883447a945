"""Communication strategy: score = influence × interest and the grid's strategy, table-driven."""

from __future__ import annotations

import pytest

from zvdesk.models.core import ops
from zvdesk.models.core.document import Document
from zvdesk.models.stakeholders.ops import add_player, update_player
from zvdesk.models.stakeholders.read import communication_rows
from zvdesk.models.stakeholders.tables import (
    LEVEL_LABELS,
    STRATEGY_LABELS,
    Strategy,
    score,
    suggested_strategy,
)

INS, S, M, H, VH = 1, 2, 3, 4, 5  # the template's Insignificant … Very high

CASES = [
    # influence, interest, score, strategy
    (H, VH, 20, Strategy.INVOLVE),  # the template's example: High × Very high = 20
    (VH, VH, 25, Strategy.INVOLVE),
    (H, H, 16, Strategy.INVOLVE),
    (VH, INS, 5, Strategy.INFORM),
    (H, M, 12, Strategy.CONSULT),
    (M, VH, 15, Strategy.CONSULT),  # "hoe hoger de score, hoe meer betrokken": 15 above 12
    (INS, H, 4, Strategy.INFORM_PASSIVE),
    (M, M, 9, Strategy.INFORM),
    (INS, INS, 1, Strategy.INFORM_PASSIVE),
    (S, M, 6, Strategy.INFORM),
]


@pytest.mark.parametrize(("influence", "interest", "expected_score", "strategy"), CASES)
def test_score_and_strategy(influence: int, interest: int, expected_score: int,
                            strategy: Strategy) -> None:
    assert score(influence, interest) == expected_score
    assert suggested_strategy(influence, interest) is strategy


def test_a_higher_score_never_gets_a_less_involving_strategy() -> None:
    order = [Strategy.INFORM_PASSIVE, Strategy.INFORM, Strategy.CONSULT, Strategy.INVOLVE]
    by_score = sorted((i * f, order.index(suggested_strategy(i, f)))
                      for i in range(1, 6) for f in range(1, 6))
    assert [rank for _s, rank in by_score] == sorted(rank for _s, rank in by_score)


def test_unfilled_levels_give_no_score() -> None:
    assert score(None, 4) is None and suggested_strategy(3, None) is None


def test_dutch_labels() -> None:
    assert [LEVEL_LABELS[n] for n in (1, 2, 3, 4, 5)] == [
        "Verwaarloosbaar", "Klein", "Gemiddeld", "Hoog", "Zeer hoog"]
    assert list(STRATEGY_LABELS.values()) == ["Inlichten", "Informeren", "Gehoord worden",
                                              "Betrekken"]


def test_rows_sorted_by_score_and_override(new_doc: Document) -> None:
    project, _ = new_doc.write(lambda s: ops.create_record(s, "project", {"name": "P"}))
    owner, _ = new_doc.write(lambda s: ops.create_record(s, "person", {"name": "Eva Eigenaar"}))
    low, _ = new_doc.write(lambda s: add_player(s, project, name="Laag", influence=1,
                                                interest=2))
    high, _ = new_doc.write(lambda s: add_player(s, project, name="Hoog", influence=4,
                                                 interest=5, owner_person_id=owner))
    new_doc.write(lambda s: add_player(s, project, name="Leeg"))
    with new_doc.session() as s:
        rows = communication_rows(s, project)
    assert [r.name for r in rows] == ["Hoog", "Laag", "Leeg"]
    assert (rows[0].score, rows[0].strategy, rows[0].owner) == (20, Strategy.INVOLVE,
                                                                "Eva Eigenaar")
    assert rows[2].score is None and rows[2].strategy is None
    new_doc.write(lambda s: update_player(s, low, {"strategy": Strategy.INVOLVE}))
    with new_doc.session() as s:
        row = next(r for r in communication_rows(s, project) if r.id == low)
    assert row.strategy is Strategy.INVOLVE and row.suggested is Strategy.INFORM_PASSIVE
    assert row.overridden
    assert high
