"""Samenwerken aan opgaven and merging: cells both copies create become one row each."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from zvdesk.models.cooperation import tables as coop
from zvdesk.models.cooperation.tables import CoopAnswer, CoopMeaning, CoopSeat
from zvdesk.models.core import ops
from zvdesk.models.core.document import Document
from zvdesk.models.core.sharing.copy import CopyOptions, make_share_copy
from zvdesk.models.core.sharing.merge_apply import apply_merge, plan_with_file


def test_glossary_cells_answers_and_seats_merge_into_one_row(new_doc: Document,
                                                             workdir: Path) -> None:
    project, _ = new_doc.write(lambda s: ops.create_record(s, "project", {"name": "Pilot"}))
    with new_doc.session() as s:
        orgs = {o.name: o.id for o in ops.list_live(s, "organisation")}

    def base(s):  # noqa: ANN001, ANN202
        term = coop.add_term(s, project, "veiligheid")
        level = coop.add_level(s, project, "Regio")
        participant = coop.add_participant(s, project, organisation_id=orgs["Politie"])
        return term, level, participant

    (term, level, participant), _ = new_doc.write(base)
    make_share_copy(new_doc, workdir / "collega.zvdb", CopyOptions())
    theirs = Document.open(workdir / "collega.zvdb")
    try:
        # Both sides fill the same glossary cell, the same question and the same seat.
        new_doc.write(lambda s: (coop.set_meaning(s, term, orgs["Politie"], "Geen misdaad"),
                                 coop.set_answer(s, project, "alive", "Kwartaalbrief"),
                                 coop.set_seat(s, level, participant, True)))
        theirs.write(lambda s: (coop.set_meaning(s, term, orgs["GGZ-instelling"], "Geen gevaar"),
                                coop.set_answer(s, project, "values", "Vertrouwen"),
                                coop.set_seat(s, level, participant, True)))
        plan = plan_with_file(new_doc, theirs.path)
    finally:
        theirs.close()
    assert not plan.conflicts
    new_doc.write(lambda s: apply_merge(s, plan))
    with new_doc.session() as s:
        assert coop.meanings(s, term) == {orgs["Politie"]: "Geen misdaad",
                                          orgs["GGZ-instelling"]: "Geen gevaar"}
        assert coop.answers(s, project) == {"alive": "Kwartaalbrief", "values": "Vertrouwen"}
        assert len(list(s.scalars(select(CoopMeaning)))) == 2
        assert len(list(s.scalars(select(CoopAnswer)))) == 2
        assert len(list(s.scalars(select(CoopSeat)))) == 1
        assert coop.seated_participant_ids(s, level) == {participant}


def test_two_meanings_for_the_same_cell_are_a_conflict_not_two_rows(new_doc: Document,
                                                                    workdir: Path) -> None:
    project, _ = new_doc.write(lambda s: ops.create_record(s, "project", {"name": "Pilot"}))
    with new_doc.session() as s:
        politie = next(o.id for o in ops.list_live(s, "organisation") if o.name == "Politie")
    term, _ = new_doc.write(lambda s: coop.add_term(s, project, "effectief"))
    make_share_copy(new_doc, workdir / "collega.zvdb", CopyOptions())
    theirs = Document.open(workdir / "collega.zvdb")
    try:
        new_doc.write(lambda s: coop.set_meaning(s, term, politie, "Snel ter plaatse"))
        theirs.write(lambda s: coop.set_meaning(s, term, politie, "Minder meldingen"))
        plan = plan_with_file(new_doc, theirs.path)
    finally:
        theirs.close()
    assert len(plan.conflicts) == 1
