"""Regioplan and merging: a plan both copies started, and a project both copies chose, are one
row each; different fields of the plan merge field by field."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from zvdesk.models.core import ops
from zvdesk.models.core.document import Document
from zvdesk.models.core.sharing.copy import CopyOptions, make_share_copy
from zvdesk.models.core.sharing.merge_apply import apply_merge, plan_with_file
from zvdesk.models.regioplan import ops as plan_ops
from zvdesk.models.regioplan import tables as rp


def _set(field: str, text: str):  # noqa: ANN202
    return lambda s: ops.update_record(s, "regioplan", rp.PLAN_ID, {field: text})


def test_both_copies_start_the_plan_and_choose_a_project(new_doc: Document,
                                                         workdir: Path) -> None:
    project, _ = new_doc.write(lambda s: ops.create_record(s, "project", {"name": "Pilot"}))
    make_share_copy(new_doc, workdir / "collega.zvdb", CopyOptions())
    theirs = Document.open(workdir / "collega.zvdb")
    try:
        # Each side starts the plan on its own, fills another part and chooses the project.
        for doc, field, text in ((new_doc, "strategic_focus", "Lokaal waar het kan"),
                                 (theirs, "risks", "Subsidie stopt")):
            doc.write(plan_ops.start_plan)
            doc.write(_set(field, text))
            doc.write(lambda s: plan_ops.set_project_covered(s, project, True))
        theirs.write(lambda s: ops.create_record(s, "regioplan_trend", {
            "title": "Vergrijzing", "relevance": 4, "valence": rp.Valence.BEDREIGING}))
        plan = plan_with_file(new_doc, theirs.path)
    finally:
        theirs.close()
    assert not plan.conflicts
    new_doc.write(lambda s: apply_merge(s, plan))
    with new_doc.session() as s:
        assert len(list(s.scalars(select(rp.RegioPlan)))) == 1
        merged = plan_ops.get_plan(s)
        assert (merged.strategic_focus, merged.risks) == ("Lokaal waar het kan",
                                                          "Subsidie stopt")
        assert len(list(s.scalars(select(rp.RegioplanProject)))) == 1
        assert plan_ops.covered_project_ids(s) == {project}
        assert [t.title for t in ops.list_live(s, "regioplan_trend")] == ["Vergrijzing"]
