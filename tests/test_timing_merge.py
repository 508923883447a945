"""Timing, Monitoring and merging: what both copies create for the same thing is one row."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from zvdesk.models.core import ops
from zvdesk.models.core.document import Document
from zvdesk.models.core.sharing.copy import CopyOptions, make_share_copy
from zvdesk.models.core.sharing.merge_apply import apply_merge, plan_with_file
from zvdesk.models.monitoring import ops as mon
from zvdesk.models.timing import ops as tim
from zvdesk.models.timing.tables import (
    CycleKind,
    MomentKind,
    Recurrence,
    TimChecklist,
    TimClashSolution,
)


def test_checklist_and_clash_solution_merge_and_measurements_add_up(new_doc: Document,
                                                                    workdir: Path) -> None:
    project, _ = new_doc.write(lambda s: ops.create_record(s, "project", {"name": "Pilot"}))

    def base(s):  # noqa: ANN001, ANN202
        moment = ops.create_record(s, "tim_moment", {
            "project_id": project, "title": "RBO", "kind": MomentKind.RBO,
            "on_date": date(2026, 3, 12)})
        cycle = ops.create_record(s, "tim_cycle", {
            "project_id": project, "title": "Verkiezingen", "kind": CycleKind.VERKIEZINGEN,
            "recurrence": Recurrence.VIERJAARLIJKS, "start_date": date(2026, 3, 18),
            "end_date": date(2026, 3, 18), "margin_days": 30})
        indicator = mon.add_indicator(s, project, "E33-meldingen")
        return moment, cycle, indicator

    (moment, cycle, indicator), _ = new_doc.write(base)
    make_share_copy(new_doc, workdir / "collega.zvdb", CopyOptions())
    theirs = Document.open(workdir / "collega.zvdb")
    try:
        new_doc.write(lambda s: (tim.set_step_done(s, project, "delen", True),
                                 tim.set_solution(s, project, moment, cycle, date(2026, 3, 18),
                                                  "Eerder vaststellen"),
                                 mon.add_measurement(s, indicator, date(2025, 3, 31), 10.0)))
        theirs.write(lambda s: (tim.set_step_done(s, project, "delen", True),
                                tim.set_step_done(s, project, "planning", True),
                                mon.add_measurement(s, indicator, date(2025, 6, 30), 12.0)))
        plan = plan_with_file(new_doc, theirs.path)
    finally:
        theirs.close()
    assert not plan.conflicts
    new_doc.write(lambda s: apply_merge(s, plan))
    with new_doc.session() as s:
        assert tim.checklist(s, project)["delen"] and tim.checklist(s, project)["planning"]
        assert len(list(s.scalars(select(TimChecklist)))) == 2
        assert len(list(s.scalars(select(TimClashSolution)))) == 1
        assert tim.clashes(s, project)[0].solution == "Eerder vaststellen"
        assert [m.value for m in mon.measurements(s, indicator)] == [10.0, 12.0]
