"""The impact framework model: gestures with undo/redo, templates, checks, layout, counts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from zvdesk.models.core import ops
from zvdesk.models.core.document import Document
from zvdesk.models.core.errors import ValidationError
from zvdesk.models.core.summary import summarize
from zvdesk.models.impact.checks import check_theory
from zvdesk.models.impact.layout import COLUMNS, compute_layout
from zvdesk.models.impact.ops import (
    add_element,
    connect,
    delete_elements,
    move_elements,
    set_quadrant,
    set_smart,
    set_sub_items,
    tidy_lanes,
    update_element,
)
from zvdesk.models.impact.tables import (
    Category,
    ElementKind,
    ImpactElement,
    ImpactLink,
    ImpactSubItem,
    Influence,
    Polarity,
    theory_for_project,
)
from zvdesk.models.impact.templates import (
    apply_template,
    builtin_template,
    list_templates,
    load_template,
    save_template,
    template_from_theory,
)

K = ElementKind


@pytest.fixture
def project(new_doc: Document) -> str:
    pid, _ = new_doc.write(lambda s: ops.create_record(s, "project", {"name": "Pilot"}))
    return pid


def _theory(doc: Document, pid: str):  # noqa: ANN202
    with doc.session() as s:
        return theory_for_project(s, pid)


def test_add_move_retype_and_undo_redo(new_doc: Document, project: str) -> None:
    eid, _ = new_doc.write(lambda s: add_element(s, project, K.ACTIVITEIT, "Casusoverleg",
                                                 values={"category": Category.UITVOERING}))
    _, edit = new_doc.write(lambda s: move_elements(s, {eid: (K.OUTPUT, 30.0, 40.0)}))
    e = _theory(new_doc, project).by_id()[eid]
    assert (e.kind, e.x, e.y, e.category) == (K.OUTPUT, 30.0, 40.0, None)
    new_doc.apply(edit, undo=True)
    e = _theory(new_doc, project).by_id()[eid]
    assert (e.kind, e.x, e.y, e.category) == (K.ACTIVITEIT, 0.0, 0.0, Category.UITVOERING)
    new_doc.apply(edit, undo=False)
    assert _theory(new_doc, project).by_id()[eid].kind is K.OUTPUT


def test_retype_to_mechanism_gets_a_quadrant(new_doc: Document, project: str) -> None:
    eid, _ = new_doc.write(lambda s: add_element(s, project, K.OUTPUT, "x"))
    new_doc.write(lambda s: move_elements(s, {eid: (K.CONTEXTFACTOR, 0, 0)}))
    e = _theory(new_doc, project).by_id()[eid]
    assert (e.polarity, e.influence) == (Polarity.VERSTERKEND, Influence.BUITEN)


def test_connect_delete_takes_links_and_undo_restores(new_doc: Document, project: str) -> None:
    def build(s):  # noqa: ANN001, ANN202
        a = add_element(s, project, K.ACTIVITEIT, "a")
        o = add_element(s, project, K.OUTPUT, "o", sub_items=["deel 1", "deel 2"])
        m = add_element(s, project, K.MECHANISME, "m")
        return a, o, m, connect(s, a, o), connect(s, o, m, "omdat")

    (a, o, m, l1, l2), _ = new_doc.write(build)
    again, _ = new_doc.write(lambda s: connect(s, a, o))
    assert again == l1  # no duplicate link
    with pytest.raises(ValidationError):
        new_doc.write(lambda s: connect(s, a, a))
    _, edit = new_doc.write(lambda s: delete_elements(s, [o]))
    theory = _theory(new_doc, project)
    assert {e.id for e in theory.elements} == {a, m}
    assert theory.links == []
    with new_doc.session() as s:
        assert s.get(ImpactLink, l2).deleted_at is not None  # tombstone, not removed
        subs = s.scalars(select(ImpactSubItem).where(ImpactSubItem.element_id == o)).all()
        assert len(subs) == 2 and all(x.deleted_at is not None for x in subs)
    new_doc.apply(edit, undo=True)
    theory = _theory(new_doc, project)
    assert {lk.id for lk in theory.links} == {l1, l2}
    assert theory.by_id()[o].sub_items == ["deel 1", "deel 2"]
    assert [lk.rationale for lk in theory.links if lk.id == l2] == ["omdat"]


def test_sub_items_reuse_rows(new_doc: Document, project: str) -> None:
    eid, _ = new_doc.write(lambda s: add_element(s, project, K.INPUT, "i", sub_items=["a", "b"]))
    with new_doc.session() as s:
        before = {r.id for r in s.scalars(select(ImpactSubItem))}
    new_doc.write(lambda s: set_sub_items(s, eid, ["a2", "b", "c", " "]))
    assert _theory(new_doc, project).by_id()[eid].sub_items == ["a2", "b", "c"]
    with new_doc.session() as s:
        assert before <= {r.id for r in s.scalars(select(ImpactSubItem))}
    new_doc.write(lambda s: set_sub_items(s, eid, ["x"]))
    assert _theory(new_doc, project).by_id()[eid].sub_items == ["x"]


def test_quadrant_and_smart(new_doc: Document, project: str) -> None:
    m, _ = new_doc.write(lambda s: add_element(s, project, K.MECHANISME, "m"))
    g, _ = new_doc.write(lambda s: add_element(s, project, K.DOEL, "g"))
    new_doc.write(lambda s: set_quadrant(s, m, Polarity.VERZWAKKEND, Influence.BUITEN))
    new_doc.write(lambda s: set_smart(s, g, "meetbaar", "aantal", True))
    with pytest.raises(ValidationError):
        new_doc.write(lambda s: set_quadrant(s, g, Polarity.VERZWAKKEND, Influence.BUITEN))
    with pytest.raises(ValidationError):
        new_doc.write(lambda s: update_element(s, g, {"category": Category.BURGER}))
    t = _theory(new_doc, project).by_id()
    assert (t[m].polarity, t[m].influence) == (Polarity.VERZWAKKEND, Influence.BUITEN)
    meetbaar = [c for c in t[g].smart if c.key == "meetbaar"][0]
    assert (meetbaar.text, meetbaar.checked) == ("aantal", True)


def test_regiopilot_template_has_every_item_of_seed_002(new_doc: Document, project: str) -> None:
    ids, edit = new_doc.write(lambda s: apply_template(s, project,
                                                       builtin_template("regiopilots_z_v")))
    theory = _theory(new_doc, project)
    counts = {k: len(theory.of_kind(k)) for k in ElementKind}
    assert counts[K.DIRECTE_OUTCOME] == 3
    assert counts[K.MECHANISME] == 8
    assert counts[K.OUTPUT] == 4
    assert counts[K.ACTIVITEIT] == 14
    assert counts[K.INPUT] == 5
    assert counts[K.DOEL] == 1
    assert len(ids) == len(theory.elements) == 35
    mechs = theory.of_kind(K.MECHANISME)
    assert [m.category for m in mechs].count(Category.SAMENWERKINGSVERBAND) == 3
    assert [m.category for m in mechs].count(Category.PROFESSIONALS) == 3
    assert [m.category for m in mechs].count(Category.BURGER) == 2
    acts = theory.of_kind(K.ACTIVITEIT)
    assert [a.category for a in acts].count(Category.UITVOERING) == 4
    assert all(a.actor.startswith("Door ") for a in acts)
    assert [len(o.sub_items) for o in theory.of_kind(K.OUTPUT)] == [3, 1, 3, 2]
    assert [len(i.sub_items) for i in theory.of_kind(K.INPUT)] == [5, 3, 2, 2, 2]
    assert theory.goals()[0].title.startswith("In 2025 werkt elke gemeente integraal")
    # Links follow the chain, and the shipped theory passes the chain checks.
    kinds = theory.by_id()
    pairs = {(kinds[lk.source_id].kind, kinds[lk.target_id].kind) for lk in theory.links}
    assert (K.ACTIVITEIT, K.OUTPUT) in pairs and (K.OUTPUT, K.MECHANISME) in pairs
    assert (K.MECHANISME, K.DIRECTE_OUTCOME) in pairs
    codes = {f.code for f in check_theory(theory)}
    assert not codes & {"activity_without_output", "output_leads_nowhere", "outcome_unreached"}
    # Laid out tidily: no two cards overlap in a lane.
    layout = compute_layout(theory.elements)
    for kind in ElementKind:
        rects = sorted(layout.cards[e.id] for e in theory.of_kind(kind))
        for r1, r2 in zip(rects, rects[1:], strict=False):
            assert r1[1] + r1[3] <= r2[1] or r1[0] + r1[2] <= r2[0]
    # One edit: undo removes it all.
    new_doc.apply(edit, undo=True)
    assert _theory(new_doc, project).elements == []


def test_templates_listed_and_second_application_goes_below(new_doc: Document,
                                                             project: str) -> None:
    names = [t.name for t in list_templates()]
    assert "Beleidstheorie Regiopilots Z+V (VNG/Berenschot, 2020)" in names
    assert any(n.startswith("Voorbeeld stappenplan") for n in names)
    tpl = builtin_template("voorbeeld_stappenplan")
    first, _ = new_doc.write(lambda s: apply_template(s, project, tpl))
    second, _ = new_doc.write(lambda s: apply_template(s, project, tpl))
    t = _theory(new_doc, project).by_id()
    assert t[second[0]].kind is K.DOEL and t[second[0]].y > t[first[0]].y
    assert len(_theory(new_doc, project).links) == 2 * len(tpl["links"])


def test_template_round_trip_and_bad_files(new_doc: Document, project: str,
                                           workdir: Path) -> None:
    new_doc.write(lambda s: apply_template(s, project, builtin_template("voorbeeld_stappenplan")))
    data = template_from_theory(_theory(new_doc, project), "Mijn sjabloon")
    path = save_template(workdir / "mijn.json", data)
    loaded = load_template(path)
    assert loaded["name"] == "Mijn sjabloon"
    assert len(loaded["elements"]) == len(_theory(new_doc, project).elements)
    assert [t.name for t in list_templates([workdir])][-1] == "Mijn sjabloon"
    bad = workdir / "kapot.json"
    for content in ("{niet json", json.dumps({"elements": [{"kind": "raket"}]}),
                    json.dumps({"elements": [{"kind": "doel", "title": 5}]}),
                    json.dumps({"elements": [], "links": [{"from": "x", "to": "y"}]})):
        bad.write_text(content, encoding="utf-8")
        with pytest.raises(ValidationError, match="sjabloon"):
            load_template(bad)


def test_each_check(new_doc: Document, project: str) -> None:
    def build(s):  # noqa: ANN001, ANN202
        return {
            "a": add_element(s, project, K.ACTIVITEIT, "a"),
            "o": add_element(s, project, K.OUTPUT, "o"),
            "m": add_element(s, project, K.MECHANISME, "m"),
            "u": add_element(s, project, K.DIRECTE_OUTCOME, "u"),
            "g": add_element(s, project, K.DOEL, "g"),
            "c": add_element(s, project, K.CONTEXTFACTOR, "c",
                             values={"polarity": Polarity.VERZWAKKEND}),
            "c2": add_element(s, project, K.CONTEXTFACTOR, "versterkend, geen notitie nodig"),
        }

    ids, _ = new_doc.write(build)

    def found() -> set[tuple[str, str]]:
        return {(f.code, f.element_id) for f in check_theory(_theory(new_doc, project))}

    assert found() == {("activity_without_output", ids["a"]), ("output_leads_nowhere", ids["o"]),
                       ("outcome_unreached", ids["u"]), ("goal_not_smart", ids["g"]),
                       ("outside_without_note", ids["c"])}
    new_doc.write(lambda s: connect(s, ids["a"], ids["o"]))
    new_doc.write(lambda s: connect(s, ids["o"], ids["m"]))
    new_doc.write(lambda s: connect(s, ids["m"], ids["u"]))
    new_doc.write(lambda s: update_element(s, ids["c"], {"handling": "Agenderen in het RBO"}))
    assert found() == {("goal_not_smart", ids["g"])}
    new_doc.write(lambda s: set_quadrant(s, ids["m"], Polarity.VERSTERKEND, Influence.BUITEN))
    assert ("outside_without_note", ids["m"]) in found()
    for key in ("specifiek", "meetbaar", "acceptabel", "realistisch", "tijdgebonden"):
        new_doc.write(lambda s, key=key: set_smart(s, ids["g"], key, "ingevuld"))
    assert ("goal_not_smart", ids["g"]) not in found()


def test_layout_lanes_grow_to_fit(new_doc: Document, project: str) -> None:
    eid, _ = new_doc.write(lambda s: add_element(s, project, K.OUTPUT, "o"))
    small = compute_layout(_theory(new_doc, project).elements)
    assert [small.lanes[k].x for k in COLUMNS] == sorted(small.lanes[k].x for k in COLUMNS)
    new_doc.write(lambda s: move_elements(s, {eid: (K.OUTPUT, 400.0, 900.0)}))
    big = compute_layout(_theory(new_doc, project).elements)
    assert big.lanes[K.OUTPUT].w > small.lanes[K.OUTPUT].w
    assert big.lanes[K.DOEL].h > 900 and big.lanes[K.CONTEXTFACTOR].y > 900
    x, y, _w, _h = big.cards[eid]
    assert big.lane_at(x + 5, y + 5) is K.OUTPUT
    assert big.lane_at(10, big.lanes[K.CONTEXTFACTOR].y + 50) is K.CONTEXTFACTOR
    assert big.to_relative(K.OUTPUT, x, y) == (400.0, 900.0)


def test_example_and_counts(example_path: Path) -> None:
    doc = Document.open(example_path, read_only=True)
    try:
        with doc.session() as s:
            from zvdesk.models.example import ExampleContext  # noqa: F401
            pids = [p.id for p in ops.list_live(s, "project", "sort_order")]
            pilot = theory_for_project(s, pids[0])
            assert len(pilot.of_kind(K.ACTIVITEIT)) == 14
            assert len(pilot.of_kind(K.MECHANISME)) == 8
            other = theory_for_project(s, pids[1])
            assert other.elements and other.links
            assert s.scalar(select(ImpactElement).limit(1)) is not None
    finally:
        doc.close()
    lines = summarize(example_path)
    assert any(line.strip() == "activiteiten: 14" for line in lines)
    assert any(line.strip() == "mechanismen: 8" for line in lines)


def test_tidy_lanes_stacks_in_visual_order(new_doc: Document, project: str) -> None:
    def build(s):  # noqa: ANN001, ANN202
        low = add_element(s, project, K.OUTPUT, "onder", x=50, y=400)
        high = add_element(s, project, K.OUTPUT, "boven", x=30, y=5)
        return low, high

    (low, high), _ = new_doc.write(build)
    _, edit = new_doc.write(lambda s: tidy_lanes(s, project))
    t = _theory(new_doc, project).by_id()
    assert (t[high].x, t[high].y) == (0.0, 0.0)
    assert t[low].x == 0.0 and 0 < t[low].y < 150
    new_doc.apply(edit, undo=True)
    assert _theory(new_doc, project).by_id()[low].y == 400


def test_wild_geometry_from_a_file_is_clamped(new_doc: Document, project: str) -> None:
    eid, _ = new_doc.write(lambda s: add_element(s, project, K.OUTPUT, "o"))
    with new_doc.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE impact_element SET x = 1e300, y = -5, w = 3, h = 1e9 "
                             "WHERE id = ?", (eid,))
    e = _theory(new_doc, project).by_id()[eid]
    assert (e.x, e.y, e.w, e.h) == (1e5, 0.0, 120.0, 2000.0)
    layout = compute_layout([e])
    assert layout.width < 2e5 and layout.height < 2e5
