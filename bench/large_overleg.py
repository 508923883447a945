"""The large region's meetings: 300 meetings with participants, themes, links and decisions."""

from __future__ import annotations

import random

from sqlalchemy.orm import Session

from zvdesk.models.overleg.tables import (
    Decision,
    LinkKind,
    Meeting,
    MeetingLink,
    MeetingParticipant,
    MeetingTheme,
    stable_id,
)
from zvdesk.models.region.tables import Level, Person, Theme


def add_large_overleg(session: Session, _project_ids: list[str], count: int) -> None:
    """Adds ``count`` meetings on a grid, 4–12 participants each, 1–3 themes, one link each."""
    rng = random.Random(2303)
    people = [p.id for p in session.query(Person)]
    themes = [t.id for t in session.query(Theme)]
    decisions = [None, *Decision]
    ids = []
    for i in range(count):
        meeting = Meeting(name=f"Overleg {i + 1:03d}", purpose="Afstemming in de regio. " * 3,
                          frequency=rng.choice((4, 5, 6, 10, 12, 24)),
                          level=rng.choice(list(Level)), decision=rng.choice(decisions),
                          x=float((i % 20) * 220), y=float((i // 20) * 110))
        session.add(meeting)
        session.flush()
        ids.append(meeting.id)
        for person in rng.sample(people, rng.randint(4, 12)):
            session.add(MeetingParticipant(meeting_id=meeting.id, person_id=person,
                                           role="lid"))
        for theme in rng.sample(themes, rng.randint(1, 3)):
            session.add(MeetingTheme(id=stable_id("meeting_theme", meeting.id, theme),
                                     meeting_id=meeting.id, theme_id=theme))
        if i:
            session.add(MeetingLink(source_id=meeting.id, target_id=rng.choice(ids[:-1]),
                                    kind=rng.choice(list(LinkKind))))
    session.flush()
