"""The shared participants list: adding in the stappenplan or in 1.4 fills one list; undo."""

from __future__ import annotations

from sqlalchemy import select

from zvdesk.models.cooperation import tables as coop
from zvdesk.models.core import ops
from zvdesk.models.core.document import Document
from zvdesk.models.region.participants import project_participants
from zvdesk.models.region.tables import Organisation
from zvdesk.models.steps import tables as steps


def test_one_participant_added_in_both_instruments_is_listed_once(new_doc: Document) -> None:
    project_id, _ = new_doc.write(lambda s: ops.create_record(s, "project", {"name": "Pilot"}))
    with new_doc.session() as s:
        org_id = s.scalars(select(Organisation.id)).first()
    step_row, step_edit = new_doc.write(
        lambda s: steps.add_participant(s, project_id, organisation_id=org_id))
    coop_row, _ = new_doc.write(
        lambda s: coop.add_participant(s, project_id, organisation_id=org_id))
    new_doc.write(lambda s: coop.add_participant(s, project_id, name="Cliëntenraad"))
    with new_doc.session() as s:
        shared = project_participants(s, project_id)
        assert [(p.organisation_id, p.name) for p in shared] == [(org_id, ""),
                                                                  (None, "Cliëntenraad")]
        assert s.get(steps.StepParticipant, step_row).participant_id == shared[0].id
        assert s.get(coop.CoopParticipant, coop_row).participant_id == shared[0].id
    assert {row.kind for row in step_edit.rows} == {"step_participant", "project_participant"}
