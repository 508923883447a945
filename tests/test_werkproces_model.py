"""1.2 Werkproces in beeld: model rules, the desired copy, what changed, counts, example, report."""

from __future__ import annotations

import pytest

from zvdesk.models.core import ops
from zvdesk.models.core.document import Document
from zvdesk.models.core.errors import ValidationError
from zvdesk.models.core.summary import summarize
from zvdesk.models.werkproces import ops as wp
from zvdesk.models.werkproces.read import change_lines, compare, process_map, process_pairs
from zvdesk.models.werkproces.tables import Cause, MarkerKind, ProcessMarker, ProcessState


@pytest.fixture
def process(new_doc: Document) -> tuple[Document, str, dict[str, str]]:
    def build(s) -> tuple[str, dict[str, str]]:  # noqa: ANN001
        project = ops.create_record(s, "project", {"name": "Pilot"})
        pid = wp.add_process(s, project, "Melding", "Een melding bij Veilig Thuis")
        a = wp.add_lane(s, pid, name="Veilig Thuis")
        b = wp.add_lane(s, pid, name="Wijkteam")
        s1 = wp.add_step(s, pid, a, "Melding aannemen")
        s2 = wp.add_step(s, pid, b, "Intake")
        f = wp.add_flow(s, s1, s2)
        return pid, {"a": a, "b": b, "s1": s1, "s2": s2, "f": f}

    (pid, ids), _ = new_doc.write(build)
    return new_doc, pid, ids


def test_steps_lanes_arrows_and_numbered_markers(process) -> None:  # noqa: ANN001
    doc, pid, ids = process
    doc.write(lambda s: wp.add_marker(s, MarkerKind.PROBLEM, flow_id=ids["f"], text="Traag",
                                      cause=Cause.DOMAINS))
    doc.write(lambda s: wp.add_marker(s, MarkerKind.GOOD, step_id=ids["s1"], text="Snel",
                                      cause=Cause.FUNDING))
    with doc.session() as s:
        data = process_map(s, pid)
    assert [lane.label for lane in data.lanes] == ["Veilig Thuis", "Wijkteam"]
    assert data.steps[1].x > data.steps[0].x  # a new step goes right of the others
    assert [(m.number, m.kind) for m in data.markers] == [(1, MarkerKind.GOOD),
                                                          (2, MarkerKind.PROBLEM)]
    assert data.markers[0].cause is None  # only a knelpunt has a cause
    assert data.markers[1].kind_label == "Knelpunt: verbinding tussen de domeinen onvoldoende"
    assert data.markers[1].anchor == "pijl Melding aannemen → Intake"


def test_rules_refuse_in_dutch(process) -> None:  # noqa: ANN001
    doc, pid, ids = process
    with pytest.raises(ValidationError, match="staat er al"):
        doc.write(lambda s: wp.add_flow(s, ids["s1"], ids["s2"]))
    with pytest.raises(ValidationError, match="andere"):
        doc.write(lambda s: wp.add_flow(s, ids["s1"], ids["s1"]))
    with pytest.raises(ValidationError, match="stap of een pijl"):
        doc.write(lambda s: wp.add_marker(s, MarkerKind.GOOD))
    with pytest.raises(ValidationError, match="naam"):
        doc.write(lambda s: ops.update_record(s, "work_process", pid, {"name": " "}))


def test_marker_moves_from_step_to_arrow_in_one_edit(process) -> None:  # noqa: ANN001
    doc, _pid, ids = process
    mid, _ = doc.write(lambda s: wp.add_marker(s, MarkerKind.GOOD, step_id=ids["s1"]))
    doc.write(lambda s: ops.update_record(s, "process_marker", mid, {"flow_id": ids["f"]}))
    with doc.session() as s:
        marker = s.get(ProcessMarker, mid)
        assert (marker.step_id, marker.flow_id) == (None, ids["f"])


def test_lanes_move_and_nudge(process) -> None:  # noqa: ANN001
    doc, pid, ids = process
    doc.write(lambda s: wp.move_lane(s, ids["b"], 0))
    doc.write(lambda s: wp.nudge_steps(s, [ids["s1"]], 10, -1))
    with doc.session() as s:
        data = process_map(s, pid)
    assert [lane.id for lane in data.lanes] == [ids["b"], ids["a"]]
    assert data.step(ids["s1"]).lane_id == ids["b"]


def test_desired_starts_as_copy_and_shows_changes(process) -> None:  # noqa: ANN001
    doc, pid, ids = process
    doc.write(lambda s: wp.add_marker(s, MarkerKind.PROBLEM, step_id=ids["s1"]))
    desired, _ = doc.write(lambda s: wp.make_desired(s, pid))
    with doc.session() as s:
        copy = process_map(s, desired)
    assert copy.state is ProcessState.DESIRED and copy.origin_id == pid
    assert len(copy.lanes) == 2 and len(copy.steps) == 2 and len(copy.flows) == 1
    assert copy.markers == []  # markers belong to the process they were put on
    with pytest.raises(ValidationError, match="al een gewenst"):
        doc.write(lambda s: wp.make_desired(s, pid))
    by_origin = {st.origin_id: st.id for st in copy.steps}
    other_lane = next(lane.id for lane in copy.lanes if lane.origin_id == ids["a"])

    def change(s) -> None:  # noqa: ANN001
        wp.delete_steps(s, [by_origin[ids["s1"]]])
        wp.move_steps(s, [(by_origin[ids["s2"]], other_lane, 300)])
        wp.add_step(s, desired, other_lane, "Warme overdracht")

    doc.write(change)
    with doc.session() as s:
        current, copy = process_map(s, pid), process_map(s, desired)
        pairs = process_pairs(s, current_project(s, pid))
    diff = compare(current, copy)
    assert diff.removed == {ids["s1"]}
    assert diff.moved == {by_origin[ids["s2"]]}
    assert len(diff.added) == 1
    assert {row[0] for row in change_lines(current, copy)} == {"Nieuw", "Verplaatst", "Vervalt"}
    assert len(pairs) == 1 and pairs[0].desired is not None
    # Deleting the current process takes its desired copy along.
    doc.write(lambda s: ops.delete_records(s, "work_process", [pid]))
    with doc.session() as s:
        assert process_pairs(s, current_project(s, pid)) == []


def current_project(session, process_id: str) -> str:  # noqa: ANN001
    return session.get(ops.record_class("work_process"), process_id).project_id


def test_deleting_a_step_takes_arrows_and_markers(process) -> None:  # noqa: ANN001
    doc, pid, ids = process
    doc.write(lambda s: wp.add_marker(s, MarkerKind.PROBLEM, flow_id=ids["f"]))
    doc.write(lambda s: wp.delete_steps(s, [ids["s2"]]))
    with doc.session() as s:
        data = process_map(s, pid)
    assert data.flows == [] and data.markers == []


def test_example_check_and_report(example_doc: Document, example_path, workdir) -> None:  # noqa: ANN001
    from zvdesk.reports.data import ReportOptions
    from zvdesk.reports.engine import generate

    with example_doc.session() as s:
        project = next(p for p in ops.list_live(s, "project") if p.name.startswith("Regiopilot"))
        pairs = process_pairs(s, project.id)
    assert len(pairs) == 1 and pairs[0].desired is not None
    current = pairs[0].current
    assert {lane.label for lane in current.lanes} >= {"VT", "Politie", "GGZ", "ZVH"}
    assert sum(m.kind is MarkerKind.PROBLEM for m in current.markers) >= 3
    assert any(m.kind is MarkerKind.IMPROVEMENT for m in pairs[0].desired.markers)
    options = ReportOptions(project_id=project.id, instruments=("werkproces",))
    pdf = generate(example_doc, options, workdir / "r.pdf")
    docx = generate(example_doc, options, workdir / "r.docx")
    from docx import Document as Docx
    from pypdf import PdfReader

    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Werkproces in beeld" in text and "Markeringen" in text and "Vervalt" in text
    words = " ".join(p.text for p in Docx(docx).paragraphs)
    assert "Gewenst proces" in words
    example_doc.close()
    lines = "\n".join(summarize(example_path))
    assert "werkprocessen: 2" in lines and "knelpunten: 4" in lines


def test_desired_made_in_two_copies_merges_as_one(process, workdir) -> None:  # noqa: ANN001
    from zvdesk.models.core.sharing.copy import CopyOptions, make_share_copy
    from zvdesk.models.core.sharing.merge_apply import apply_merge, plan_with_file

    doc, pid, ids = process
    make_share_copy(doc, workdir / "collega.zvdb", CopyOptions())
    theirs = Document.open(workdir / "collega.zvdb")
    try:
        mine_desired, _ = doc.write(lambda s: wp.make_desired(s, pid))
        theirs_desired, _ = theirs.write(lambda s: wp.make_desired(s, pid))
        theirs.write(lambda s: wp.add_marker(s, MarkerKind.PROBLEM, step_id=ids["s2"],
                                             text="Wachttijd"))
        plan = plan_with_file(doc, theirs.path)
    finally:
        theirs.close()
    assert mine_desired == theirs_desired
    assert not plan.conflicts
    doc.write(lambda s: apply_merge(s, plan))
    with doc.session() as s:
        pairs = process_pairs(s, current_project(s, pid))
    assert len(pairs) == 1 and len(pairs[0].desired.steps) == 2
    assert [m.text for m in pairs[0].current.markers] == ["Wachttijd"]


def test_desired_can_be_made_again_after_a_delete(process) -> None:  # noqa: ANN001
    doc, pid, _ids = process
    desired, _ = doc.write(lambda s: wp.make_desired(s, pid))
    doc.write(lambda s: ops.delete_records(s, "work_process", [desired]))
    again, _ = doc.write(lambda s: wp.make_desired(s, pid))
    with doc.session() as s:
        assert again == desired and len(process_map(s, again).steps) == 2


def test_lane_keeps_its_name_when_the_organisation_goes(new_doc: Document) -> None:
    with new_doc.session() as s:
        politie = next(o.id for o in ops.list_live(s, "organisation") if o.name == "Politie")

    def build(s) -> str:  # noqa: ANN001
        project = ops.create_record(s, "project", {"name": "Pilot"})
        return wp.add_process(s, project, "Melding", organisation_ids=[politie])

    pid, _ = new_doc.write(build)
    new_doc.write(lambda s: ops.delete_records(s, "organisation", [politie]))
    with new_doc.session() as s:
        lane = process_map(s, pid).lanes[0]
    assert lane.label == "Politie" and lane.organisation_id is None
