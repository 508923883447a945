"""2.3 and 2.4 and merging: two copies edited apart come back together, field by field."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from zvdesk.models.core import ops
from zvdesk.models.core.document import Document
from zvdesk.models.core.sharing.copy import CopyOptions, make_share_copy
from zvdesk.models.core.sharing.merge_apply import apply_merge, plan_with_file
from zvdesk.models.escalatie import ops as ave
from zvdesk.models.escalatie.read import regiekaart
from zvdesk.models.escalatie.tables import AveCard
from zvdesk.models.overleg import ops as ov
from zvdesk.models.overleg.read import inventory
from zvdesk.models.overleg.tables import Decision, MeetingReview, MeetingTheme


def test_meetings_themes_review_and_regiekaart_merge(new_doc: Document, workdir: Path) -> None:
    project, _ = new_doc.write(lambda s: ops.create_record(s, "project", {"name": "Pilot"}))
    with new_doc.session() as s:
        theme = next(t.id for t in ops.list_live(s, "theme"))

    def base(s):  # noqa: ANN001, ANN202
        rbo = ov.add_meeting(s, "RBO", frequency=4)
        ave.add_default_phases(s, project)
        return rbo

    rbo, _ = new_doc.write(base)
    make_share_copy(new_doc, workdir / "collega.zvdb", CopyOptions())
    theirs = Document.open(workdir / "collega.zvdb")
    try:
        # Mine: a decision, a theme, question 2, the card's title.
        new_doc.write(lambda s: (
            ops.update_record(s, "meeting", rbo, {"decision": Decision.AANPASSEN}),
            ov.set_theme(s, rbo, theme, True),
            ov.set_review(s, answer_missing="Mensenhandel"),
            ave.set_label(s, project, "title", "Onze kaart")))
        # Theirs: a new meeting, the same theme, the frequency, a row label.
        theirs.write(lambda s: (
            ov.add_meeting(s, "Tactisch overleg", frequency=10),
            ov.set_theme(s, rbo, theme, True),
            ops.update_record(s, "meeting", rbo, {"frequency": 6}),
            ave.set_label(s, project, "scale_up", "Opschalen als")))
        plan = plan_with_file(new_doc, theirs.path)
    finally:
        theirs.close()
    assert not plan.conflicts
    new_doc.write(lambda s: apply_merge(s, plan))
    with new_doc.session() as s:
        data = inventory(s)
        card = regiekaart(s, project)
        assert len(list(s.scalars(select(MeetingTheme)))) == 1  # one row, not two
        assert len(list(s.scalars(select(MeetingReview)))) == 1
        assert len(list(s.scalars(select(AveCard)))) == 1
    cards = {m.name: m for m in data.meetings}
    assert set(cards) == {"RBO", "Tactisch overleg"}
    assert (cards["RBO"].decision, cards["RBO"].frequency) == ("Aanpassen", 6)
    assert card.title == "Onze kaart"
    assert dict(card.rows)["scale_up"] == "Opschalen als"
