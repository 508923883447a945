"""Stakeholder analysis model: players, rings, relations, delete hooks, read API, example."""

from __future__ import annotations

import importlib.util
import math
from pathlib import Path

import pytest
from sqlalchemy import select

from zvdesk.models.core import ops
from zvdesk.models.core.document import Document
from zvdesk.models.core.errors import ValidationError
from zvdesk.models.core.summary import PROJECT_COUNTERS
from zvdesk.models.region.tables import Person, Project
from zvdesk.models.stakeholders.geometry import (
    CIRCLE_RADII,
    RING_BANDS,
    TOKEN_RADIUS,
    arrow_ends,
    default_position,
    ring_at,
    snap,
)
from zvdesk.models.stakeholders.ops import (
    add_player,
    add_relation,
    delete_players,
    linked_player_id,
    move_player,
    next_step_id,
    nudge_players,
    relation_id,
    set_attitude,
    set_next_step,
    set_ring,
    set_rings,
    step_rings,
)
from zvdesk.models.stakeholders.read import circle_layout, communication_rows, stakeholder_map
from zvdesk.models.stakeholders.tables import (
    Attitude,
    RelationKind,
    Ring,
    Stakeholder,
    StakeholderRelation,
    Strategy,
)


@pytest.fixture
def project(new_doc: Document) -> str:
    pid, _ = new_doc.write(lambda s: ops.create_record(s, "project", {"name": "Pilot"}))
    return pid


def _person(doc: Document, name: str, initials: str = "") -> str:
    pid, _ = doc.write(lambda s: ops.create_record(s, "person", {"name": name,
                                                                  "initials": initials}))
    return pid


def test_add_players_linked_and_free_text(new_doc: Document, project: str) -> None:
    jan = _person(new_doc, "Jan de Vries", "JdV")
    a, _ = new_doc.write(lambda s: add_player(s, project, person_id=jan))
    b, _ = new_doc.write(lambda s: add_player(s, project, name="Bewonersplatform Oost",
                                              ring=Ring.INDIRECT, attitude=Attitude.RED))
    with new_doc.session() as s:
        m = stakeholder_map(s, project)
        assert s.get(Stakeholder, a).name == ""  # the person's name is not copied (AVG)
    first, second = m.player(a), m.player(b)
    assert (first.name, first.initials, first.ring) == ("Jan de Vries", "JdV", Ring.DIRECT)
    assert (second.name, second.initials, second.ring) == ("Bewonersplatform Oost", "BO",
                                                           Ring.INDIRECT)
    assert second.attitude is Attitude.RED
    inner, outer = RING_BANDS[Ring.INDIRECT]
    assert inner <= math.hypot(second.x, second.y) <= outer
    assert [p.id for p in m.in_ring(Ring.DIRECT)] == [a]


def test_player_needs_a_name(new_doc: Document, project: str) -> None:
    with pytest.raises(ValidationError, match="naam"):
        new_doc.write(lambda s: add_player(s, project, name="  "))
    with pytest.raises(ValidationError, match="1 tot en met 5"):
        new_doc.write(lambda s: add_player(s, project, name="X", influence=7))


def test_move_snaps_into_ring_and_undoes(new_doc: Document, project: str) -> None:
    pid, _ = new_doc.write(lambda s: add_player(s, project, name="Anna"))
    _, edit = new_doc.write(lambda s: move_player(s, pid, 0.7, 0.0))
    with new_doc.session() as s:
        p = s.get(Stakeholder, pid)
        assert p.ring is Ring.INDIRECT and p.x == pytest.approx(0.7) and p.y == 0
    new_doc.apply(edit, undo=True)
    with new_doc.session() as s:
        assert s.get(Stakeholder, pid).ring is Ring.DIRECT
    # Dropped on the project itself: pushed out into ring 1, whole token outside the centre.
    new_doc.write(lambda s: move_player(s, pid, 0.01, 0.0))
    with new_doc.session() as s:
        p = s.get(Stakeholder, pid)
        assert p.ring is Ring.DIRECT
        assert math.hypot(p.x, p.y) == pytest.approx(CIRCLE_RADII[0] + TOKEN_RADIUS)


@pytest.mark.parametrize(("radius", "ring"), [
    (0.0, Ring.DIRECT), (0.3, Ring.DIRECT), (0.6, Ring.INDIRECT), (0.85, Ring.INDIRECT),
    (0.9, Ring.OUTSIDE), (3.0, Ring.OUTSIDE)])
def test_geometry_ring_at_and_snap(radius: float, ring: Ring) -> None:
    assert ring_at(radius) is ring
    place = snap(0.0, radius)
    inner, outer = RING_BANDS[ring]
    assert place.ring is ring
    assert inner <= math.hypot(place.x, place.y) <= outer


def test_default_positions_are_spread_within_the_band() -> None:
    for ring in Ring:
        spots = [default_position(ring, i) for i in range(60)]
        assert len(set(spots)) == 60
        radii = {round(math.hypot(x, y), 3) for x, y in spots}
        assert len(radii) > 5  # not all on one circle
        for x, y in spots:
            assert ring_at(math.hypot(x, y)) is ring
            place = snap(x, y)  # already inside the band: snapping leaves it where it is
            assert (place.x, place.y) == pytest.approx((x, y), abs=1e-5)


def test_set_ring_and_attitude(new_doc: Document, project: str) -> None:
    pid, _ = new_doc.write(lambda s: add_player(s, project, name="Anna"))
    new_doc.write(lambda s: set_ring(s, pid, Ring.OUTSIDE))
    new_doc.write(lambda s: set_attitude(s, [pid], Attitude.GREEN))
    with new_doc.session() as s:
        p = s.get(Stakeholder, pid)
        assert p.ring is Ring.OUTSIDE and ring_at(math.hypot(p.x, p.y)) is Ring.OUTSIDE
        assert p.attitude is Attitude.GREEN


def test_rings_for_several_players_step_and_nudge(new_doc: Document, project: str) -> None:
    a, _ = new_doc.write(lambda s: add_player(s, project, name="Anna", position=(0.0, -0.35)))
    b, _ = new_doc.write(lambda s: add_player(s, project, name="Bert", position=(0.35, 0.0)))
    _, edit = new_doc.write(lambda s: set_rings(s, [a, b], Ring.INDIRECT))
    with new_doc.session() as s:
        players = [s.get(Stakeholder, a), s.get(Stakeholder, b)]
        assert [p.ring for p in players] == [Ring.INDIRECT, Ring.INDIRECT]
        assert all(ring_at(math.hypot(p.x, p.y)) is Ring.INDIRECT for p in players)
        assert players[0].x == pytest.approx(0.0, abs=1e-9) and players[0].y < -0.35
    new_doc.apply(edit, undo=True)  # one edit for both
    with new_doc.session() as s:
        assert {s.get(Stakeholder, pid).ring for pid in (a, b)} == {Ring.DIRECT}
    new_doc.write(lambda s: step_rings(s, [a], 5))  # stops at the outer edge
    new_doc.write(lambda s: step_rings(s, [b], -1))  # already innermost: stays
    with new_doc.session() as s:
        assert s.get(Stakeholder, a).ring is Ring.OUTSIDE
        assert s.get(Stakeholder, b).ring is Ring.DIRECT
        x0 = s.get(Stakeholder, b).x
    new_doc.write(lambda s: nudge_players(s, [b], 0.02, 0.0))
    with new_doc.session() as s:
        p = s.get(Stakeholder, b)
        assert p.x == pytest.approx(x0 + 0.02) and p.ring is Ring.DIRECT
    for _ in range(40):  # nudged far outwards, the token stays in its ring
        new_doc.write(lambda s: nudge_players(s, [b], 0.05, 0.0))
    with new_doc.session() as s:
        p = s.get(Stakeholder, b)
        assert p.ring is Ring.DIRECT and ring_at(math.hypot(p.x, p.y)) is Ring.DIRECT


def test_relations_and_delete_takes_them_along(new_doc: Document, project: str) -> None:
    a, _ = new_doc.write(lambda s: add_player(s, project, name="A"))
    b, _ = new_doc.write(lambda s: add_player(s, project, name="B"))
    c, _ = new_doc.write(lambda s: add_player(s, project, name="C"))
    r1, _ = new_doc.write(lambda s: add_relation(s, a, b, RelationKind.GOOD))
    new_doc.write(lambda s: add_relation(s, b, c, RelationKind.BAD, "ruzie"))
    # Drawing again between the same two reuses the relation and changes its kind.
    again, _ = new_doc.write(lambda s: add_relation(s, b, a, RelationKind.BAD))
    assert again == r1
    with pytest.raises(ValidationError):
        new_doc.write(lambda s: add_relation(s, a, a))
    with new_doc.session() as s:
        kinds = {r.id: r.kind for r in stakeholder_map(s, project).relations}
    assert kinds[r1] is RelationKind.BAD and len(kinds) == 2
    _, edit = new_doc.write(lambda s: delete_players(s, [b]))
    with new_doc.session() as s:
        m = stakeholder_map(s, project)
        assert {p.id for p in m.players} == {a, c} and m.relations == []
        assert all(r.deleted_at is not None for r in s.scalars(select(StakeholderRelation)))
    new_doc.apply(edit, undo=True)
    with new_doc.session() as s:
        assert len(stakeholder_map(s, project).relations) == 2
    # Deleted and drawn again (the other way round): the same row comes back.
    new_doc.write(lambda s: ops.delete_records(s, "stakeholder_relation", [r1]))
    back, _ = new_doc.write(lambda s: add_relation(s, b, a, RelationKind.GOOD))
    assert back == r1 == relation_id(a, b) == relation_id(b, a)
    with new_doc.session() as s:
        rel = next(r for r in stakeholder_map(s, project).relations if r.id == r1)
    assert (rel.source_id, rel.target_id, rel.kind) == (b, a, RelationKind.GOOD)


def test_deleted_person_stays_as_free_text(new_doc: Document, project: str) -> None:
    jan = _person(new_doc, "Jan de Vries", "JdV")
    pid, _ = new_doc.write(lambda s: add_player(s, project, person_id=jan,
                                                owner_person_id=jan))
    new_doc.write(lambda s: ops.update_record(s, "person", jan, {"name": "Jan de Vries-Smit"}))
    _, edit = new_doc.write(lambda s: ops.delete_records(s, "person", [jan]))
    with new_doc.session() as s:
        p = s.get(Stakeholder, pid)
        assert p.deleted_at is None and p.person_id is None and p.owner_person_id is None
        view = stakeholder_map(s, project).player(pid)
        assert (view.name, view.initials) == ("Jan de Vries-Smit", "JdV")
    new_doc.apply(edit, undo=True)
    with new_doc.session() as s:
        p = s.get(Stakeholder, pid)
        assert p.person_id == jan and s.get(Person, jan).deleted_at is None


def test_deleted_project_takes_the_analysis_along(new_doc: Document, project: str) -> None:
    a, _ = new_doc.write(lambda s: add_player(s, project, name="A"))
    b, _ = new_doc.write(lambda s: add_player(s, project, name="B"))
    new_doc.write(lambda s: add_relation(s, a, b))
    new_doc.write(lambda s: set_next_step(s, project, "Bellen"))
    new_doc.write(lambda s: ops.delete_records(s, "project", [project]))
    with new_doc.session() as s:
        assert ops.list_live(s, "stakeholder") == []
        assert ops.list_live(s, "stakeholder_relation") == []
        assert ops.list_live(s, "stakeholder_next_step") == []


def test_next_step_one_row_per_project(new_doc: Document, project: str) -> None:
    first, _ = new_doc.write(lambda s: set_next_step(s, project, "Eerst"))
    second, _ = new_doc.write(lambda s: set_next_step(s, project, "Daarna"))
    assert first == second == next_step_id(project)  # the same id in every copy: merges as one
    with new_doc.session() as s:
        assert stakeholder_map(s, project).next_step == "Daarna"


def test_example_regiopilot(example_doc: Document) -> None:
    with example_doc.session() as s:
        pilot = s.scalars(select(Project).where(Project.name.like("Regiopilot%"))).one()
        m = stakeholder_map(s, pilot.id)
        rows = communication_rows(s, pilot.id)
    assert len(m.players) >= 12
    assert len(m.in_ring(Ring.DIRECT)) >= 4 and len(m.in_ring(Ring.INDIRECT)) >= 4
    assert {p.attitude for p in m.players} == set(Attitude)
    assert {r.kind for r in m.relations} == set(RelationKind)
    for p in m.players:
        assert ring_at(math.hypot(p.x, p.y)) is p.ring
    assert all(r.score is not None and r.strategy is not None for r in rows)
    assert all(r.actions or r.medium for r in rows)
    assert any(r.overridden for r in rows)
    assert {r.strategy for r in rows} >= {Strategy.INVOLVE, Strategy.INFORM}
    assert m.next_step
    with example_doc.session() as s:
        counts = [pair for counter in PROJECT_COUNTERS
                  if counter.__module__ == "zvdesk.models.stakeholders.ops"
                  for pair in counter(s, pilot.id)]
    assert counts == [("spelers", 12), ("relaties", 9)]


def test_circle_layout_for_reports(new_doc: Document, project: str) -> None:
    a, _ = new_doc.write(lambda s: add_player(s, project, name="A", position=(0.0, -0.4)))
    b, _ = new_doc.write(lambda s: add_player(s, project, name="B", position=(0.4, 0.0)))
    new_doc.write(lambda s: add_relation(s, a, b, RelationKind.BAD))
    with new_doc.session() as s:
        layout = circle_layout(stakeholder_map(s, project))
    assert layout.circle_radii == CIRCLE_RADII and layout.outer_radius == 1.0
    assert [t.symbol for t in layout.tokens] == ["?", "?"]
    (arrow,) = layout.arrows
    assert arrow.kind is RelationKind.BAD
    # The arrow runs from the edge of A's token to the edge of B's token.
    assert math.hypot(arrow.start[0], arrow.start[1] + 0.4) == pytest.approx(TOKEN_RADIUS,
                                                                            abs=0.01)
    assert math.hypot(arrow.tip[0] - 0.4, arrow.tip[1]) == pytest.approx(TOKEN_RADIUS, abs=0.01)
    assert arrow_ends(0, 0, 0.05, 0) is None  # overlapping tokens: no arrow


def test_large_region_helper(new_doc: Document) -> None:
    spec = importlib.util.spec_from_file_location(
        "large_stakeholders", Path(__file__).resolve().parent.parent / "bench"
        / "large_stakeholders.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    pids = [new_doc.write(lambda s, i=i: ops.create_record(s, "project", {"name": f"P{i}"}))[0]
            for i in range(3)]
    new_doc.write(lambda s: ops.create_record(s, "person", {"name": "Piet"}))
    made, _ = new_doc.write(lambda s: module.add_large_stakeholders(s, pids, n=100))
    assert made == 100
    with new_doc.session() as s:
        maps = [stakeholder_map(s, pid) for pid in pids]
    assert sorted(len(m.players) for m in maps) == [33, 33, 34]
    assert all(len(m.relations) >= 30 for m in maps)
    for m in maps:
        for p in m.players:
            assert ring_at(math.hypot(p.x, p.y)) is p.ring
    path = new_doc.path
    new_doc.close()
    Document.open(path, read_only=True).close()  # the safe opener accepts every value


def test_a_person_stands_once_on_a_map(new_doc: Document, project: str) -> None:
    jan = _person(new_doc, "Jan de Vries", "JdV")
    first, _ = new_doc.write(lambda s: add_player(s, project, person_id=jan))
    with pytest.raises(ValidationError, match="staat al op de kaart"):
        new_doc.write(lambda s: add_player(s, project, person_id=jan))
    new_doc.write(lambda s: ops.update_record(s, "stakeholder", first, {"notes": "oud"}))
    new_doc.write(lambda s: delete_players(s, [first]))
    again, _ = new_doc.write(lambda s: add_player(s, project, person_id=jan,
                                                  ring=Ring.INDIRECT))  # allowed again
    assert again == first == linked_player_id(project, jan, None)  # merges across copies
    with new_doc.session() as s:
        revived = s.get(Stakeholder, again)
        assert revived.deleted_at is None and revived.notes == ""
        assert revived.ring is Ring.INDIRECT
    other, _ = new_doc.write(lambda s: ops.create_record(s, "project", {"name": "Ander"}))
    new_doc.write(lambda s: add_player(s, other, person_id=jan))  # another project: fine


def test_initials_copy_strips_opinions_about_players(example_doc: Document, workdir) -> None:  # noqa: ANN001
    from zvdesk.models.core.sharing.copy import CopyOptions, make_share_copy

    with example_doc.session() as s:
        pilot = s.scalars(select(Project).where(Project.name.like("Regiopilot%"))).one()
    free, _ = example_doc.write(lambda s: add_player(s, pilot.id, name="Wendy Wethouder",
                                                     notes="Twijfelt sterk."))
    target = workdir / "gedeeld.zvdb"
    make_share_copy(example_doc, target, CopyOptions(initials=True))
    copy = Document.open(target, read_only=True)
    try:
        with copy.session() as s:
            player = s.get(Stakeholder, free)
            assert player.name != "Wendy Wethouder" and player.notes == ""
            assert all(r.note == "" for r in ops.list_live(s, "stakeholder_relation"))
            assert len(stakeholder_map(s, pilot.id).relations) == 9  # the map itself stays
    finally:
        copy.close()


def test_map_shows_tokens_inside_their_ring(new_doc: Document, project: str) -> None:
    pid, _ = new_doc.write(lambda s: add_player(s, project, name="A", position=(0.0, -0.3)))
    # A copy edited elsewhere: ring 2 but a position in ring 1, and an impossible position.
    new_doc.write(lambda s: ops.update_record(s, "stakeholder", pid,
                                              {"ring": Ring.INDIRECT}))
    with new_doc.session() as s:
        p = stakeholder_map(s, project).player(pid)
    assert ring_at(math.hypot(p.x, p.y)) is Ring.INDIRECT
    new_doc.write(lambda s: ops.update_record(s, "stakeholder", pid, {"x": float("inf")}))
    with new_doc.session() as s:
        p = stakeholder_map(s, project).player(pid)
    assert math.isfinite(p.x) and ring_at(math.hypot(p.x, p.y)) is Ring.INDIRECT
