"""Read models of the work forms for the tab, the presentation window and the report."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from zvdesk.models.werkvormen import ops
from zvdesk.models.werkvormen.catalogue import VOTE_ASK_ORDER, VOTE_COLOURS, WorkForm, work_form

#: Words a word cloud leaves out (Dutch function words).
STOP_WORDS = frozenset(
    "de het een en of van in op te voor met aan dat die is zijn er om als bij tot door naar "
    "ook maar niet wel dan je jij ik we wij u ze zij hun mijn onze ons dit deze wat wie hoe "
    "elkaar iets".split())

_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)


def count_words(texts: list[str]) -> list[tuple[str, int]]:
    """Counts the words of a word cloud's answers, most frequent first.

    Words are compared in lower case; Dutch function words (:data:`STOP_WORDS`) and words of
    one letter are left out. Ties keep the order in which the words were first given.
    """
    counts: Counter[str] = Counter()
    for text in texts:
        for word in _WORD.findall(text.lower()):
            word = word.strip("'’-")
            if len(word) > 1 and word not in STOP_WORDS:
                counts[word] += 1
    return counts.most_common()


@dataclass(frozen=True)
class EntryData:
    """One result of an agenda item, with its participant's name."""

    id: str
    participant_id: str | None
    who: str
    category: str
    subject: str
    text: str
    group_no: int


@dataclass
class ItemData:
    """An agenda item with its work form and results."""

    id: str
    form_key: str
    form: WorkForm | None
    title: str
    question: str
    minutes: int
    start_minute: int
    outcome: str
    entries: list[EntryData] = field(default_factory=list)

    @property
    def result(self) -> str:
        """What the item's work form records ("stemmen", "woorden" …)."""
        return self.form.result if self.form else "notities"

    def votes(self) -> dict[str, int]:
        """Number of votes per colour (groen, geel, rood), all three present."""
        counts = {c: 0 for c in VOTE_COLOURS}
        for e in self.entries:
            if e.category in counts:
                counts[e.category] += 1
        return counts

    def words(self) -> list[tuple[str, int]]:
        """The counted words of a woordenwolk."""
        return count_words([e.text for e in self.entries])

    def groups(self) -> dict[int, list[EntryData]]:
        """The entries per duo or subgroup number."""
        found: dict[int, list[EntryData]] = {}
        for e in self.entries:
            found.setdefault(e.group_no, []).append(e)
        return dict(sorted(found.items()))


@dataclass
class SessionData:
    """A session with its participants, tips and agenda."""

    id: str
    title: str
    held_on: date | None
    goal: str
    outcome: str
    tips_done: list[str]
    participants: list[tuple[str, str]]  # (participant id, name)
    items: list[ItemData]

    @property
    def total_minutes(self) -> int:
        """The length of the agenda."""
        return sum(i.minutes for i in self.items)


def session_data(session: Session, session_id: str) -> SessionData:
    """Everything of one session, for the tab's views, the projector and the report."""
    s = session.get(ops.t.WvSession, session_id)
    parts = ops.participants(session, session_id)
    names = {p.id: ops.participant_label(session, p) for p in parts}
    data = SessionData(id=s.id, title=s.title, held_on=s.held_on, goal=s.goal,
                       outcome=s.outcome, tips_done=[k for k in s.tips_done.split(",") if k],
                       participants=list(names.items()), items=[])
    start = 0
    for item in ops.items(session, session_id):
        form = work_form(item.form_key)
        entry_rows = [EntryData(e.id, e.participant_id,
                                names.get(e.participant_id or "", "") or e.name, e.category,
                                e.subject, e.text, e.group_no)
                      for e in ops.entries(session, item.id)]
        data.items.append(ItemData(item.id, item.form_key, form,
                                   form.title if form else item.form_key, item.question,
                                   item.minutes, start, item.outcome, entry_rows))
        start += item.minutes
    return data


def sessions_for_project(session: Session, project_id: str) -> list[SessionData]:
    """Every session of a project, the most recent first."""
    return [session_data(session, s.id) for s in ops.sessions(session, project_id)]


def cloud_sizes(words: list[tuple[str, int]], smallest: float, largest: float,
                limit: int = 40) -> list[tuple[str, int, float]]:
    """Font sizes of a word cloud: the most frequent word ``largest``, a word named once
    ``smallest``, linear in between; at most ``limit`` words, most frequent first."""
    shown = words[:limit]
    if not shown:
        return []
    top = shown[0][1]
    low = min(n for _w, n in shown)
    span = max(1, top - low)
    return [(w, n, smallest + (largest - smallest) * (n - low) / span if top > low
             else (smallest + largest) / 2) for w, n in shown]


def ordered_doubts(item: ItemData) -> list[EntryData]:
    """The votes with a doubt or reason, yellow first (as the toolbox asks them), then red,
    then green."""
    rank = {c: i for i, c in enumerate(VOTE_ASK_ORDER)}
    return sorted((e for e in item.entries if e.text.strip()),
                  key=lambda e: rank.get(e.category, len(rank)))


def vote_reasoning(session: Session, item_id: str) -> str:
    """The result of a groen/geel/rood vote as a reasoning for the decision it leads to: the
    session, the proposal, the counts and the doubts (yellow first), in Dutch.

    Written into the meeting of 2.3 when the vote's decision is taken over there.
    """
    item = session.get(ops.t.WvItem, item_id)
    if item is None or item.deleted_at is not None:
        return ""
    sess = session_data(session, item.session_id)
    data = next((i for i in sess.items if i.id == item_id), None)
    if data is None or data.result != "stemmen":
        return ""
    counts = data.votes()
    when = f" van {sess.held_on.strftime('%d-%m-%Y')}" if sess.held_on else ""
    lines = [f"Uit de stemming (groen, geel, rood) in ‘{sess.title or 'sessie'}’{when} over "
             f"‘{data.question.strip()}’: groen {counts['groen']} · geel {counts['geel']} · "
             f"rood {counts['rood']}."]
    doubts = ordered_doubts(data)
    if doubts:
        lines.append("Vragen en twijfels:")
        lines += [f"– {e.who} ({e.category}): {e.text.strip()}" for e in doubts]
    return "\n".join(lines)
