"""Stappenplan and merging: steps both copies created lazily become one row per step."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from zvdesk.models.core import ops
from zvdesk.models.core.document import Document
from zvdesk.models.core.sharing.copy import CopyOptions, make_share_copy
from zvdesk.models.core.sharing.merge_apply import apply_merge, plan_with_file
from zvdesk.models.steps.read import stappenplan_for_project
from zvdesk.models.steps.tables import ProjectStep, StepKey, StepStatus, update_step


def test_both_copies_start_the_stappenplan_and_merge_cleanly(new_doc: Document,
                                                              workdir: Path) -> None:
    project_id, _ = new_doc.write(lambda s: ops.create_record(s, "project", {"name": "Pilot"}))
    make_share_copy(new_doc, workdir / "collega.zvdb", CopyOptions())
    theirs = Document.open(workdir / "collega.zvdb")
    try:
        # Each side makes its first stappenplan edit, so each creates the six steps.
        new_doc.write(lambda s: update_step(s, project_id, StepKey.STAP_1,
                                            {"ambition": "Samen eerder helpen"}))
        theirs.write(lambda s: update_step(s, project_id, StepKey.STAP_4,
                                           {"status": StepStatus.BEZIG,
                                            "who": "Politie en GGZ"}))
        plan = plan_with_file(new_doc, theirs.path)
    finally:
        theirs.close()
    assert not plan.conflicts
    new_doc.write(lambda s: apply_merge(s, plan))
    with new_doc.session() as s:
        rows = list(s.scalars(select(ProjectStep).where(ProjectStep.project_id == project_id,
                                                        ProjectStep.deleted_at.is_(None))))
        merged = stappenplan_for_project(s, project_id)
    assert len(rows) == 6  # one row per step: the ids are the same in both copies
    assert merged.step("stap1").ambition == "Samen eerder helpen"
    assert merged.step("stap4").status is StepStatus.BEZIG
    assert merged.step("stap4").answers["who"] == "Politie en GGZ"
