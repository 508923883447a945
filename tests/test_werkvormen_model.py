"""Work forms (toolbox deel 2): sessions, agenda, votes and results, on real files."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from docx import Document as WordDocument

from zvdesk.models.core import ops as core_ops
from zvdesk.models.core.document import Document
from zvdesk.models.core.edits import apply_rows
from zvdesk.models.core.errors import ValidationError
from zvdesk.models.core.summary import summarize
from zvdesk.models.werkvormen import ops
from zvdesk.models.werkvormen.catalogue import tips, work_form, work_forms
from zvdesk.models.werkvormen.read import count_words, ordered_doubts, session_data
from zvdesk.reports.data import ReportOptions
from zvdesk.reports.engine import find_project, generate


def _flat(text: str) -> str:
    return " ".join(text.split())


def _setup(doc: Document) -> tuple[str, str, list[str]]:
    """A project with a session of three people of the region; returns ids."""
    def make(s):  # noqa: ANN001, ANN202
        pid = core_ops.create_record(s, "project", {"name": "Pilot"})
        people = [core_ops.create_record(s, "person", {"name": n})
                  for n in ("Anna Aal", "Bram Bos", "Cor Cats")]
        sid = ops.add_session(s, pid, "Werksessie")
        parts = [ops.add_participant(s, sid, person_id=p) for p in people]
        return pid, sid, parts

    result, _edit = doc.write(make)
    return result


def test_catalogue_has_the_toolbox_forms_questions_and_tips() -> None:
    keys = [f.key for f in work_forms()]
    for key in ("groen_geel_rood", "belronde", "bedenktijd", "woordenwolk", "denkhoeden",
                "vissenkom", "mystery_guest"):
        assert key in keys
    vote = work_form("groen_geel_rood")
    assert [(c.key, c.meaning) for c in vote.categories] == [
        ("groen", "eens"), ("geel", "een vraag of twijfel"), ("rood", "oneens")]
    assert "Wat versta jij onder het woord 'Veiligheid'?" in work_form("woordenwolk").prompts
    assert "het belangrijkste doel van deze sessie is voor mij..." in \
        work_form("bedenktijd").prompts
    hats = {c.key: c.meaning for c in work_form("denkhoeden").categories}
    assert hats["blauw"] == "Hoe kijk ik naar dit idee vanuit het proces, controle, systeem?"
    assert len(hats) == 6
    assert len(tips()) == 7


def test_agenda_and_votes_round_trip_and_one_vote_per_participant(new_doc: Document) -> None:
    _pid, sid, parts = _setup(new_doc)
    (item, intro), _ = new_doc.write(lambda s: (
        ops.add_item(s, sid, "groen_geel_rood", "Eén RBO", 15), ops.add_item(s, sid, "bedenktijd")))
    new_doc.write(lambda s: ops.set_vote(s, item, parts[0], "groen"))
    new_doc.write(lambda s: ops.set_vote(s, item, parts[1], "rood", "Te groot"))
    new_doc.write(lambda s: ops.set_vote(s, item, parts[2], "geel", "Wie zit er?"))
    # A second vote of the same person replaces the first; the doubt stays.
    new_doc.write(lambda s: ops.set_vote(s, item, parts[1], "geel"))
    new_doc.write(lambda s: ops.move_item(s, intro, -1))
    new_doc.write(lambda s: ops.set_tip(s, sid, "pauzes", True))
    path = new_doc.path
    new_doc.close()
    doc = Document.open(path)
    try:
        with doc.session() as s:
            data = session_data(s, sid)
        assert [i.form_key for i in data.items] == ["bedenktijd", "groen_geel_rood"]
        assert data.items[0].question == "het belangrijkste doel van deze sessie is voor mij..."
        assert data.items[1].start_minute == 5 and data.total_minutes == 20
        vote = data.items[1]
        assert vote.votes() == {"groen": 1, "geel": 2, "rood": 0}
        assert [(e.who, e.text) for e in ordered_doubts(vote)] == [
            ("Bram Bos", "Te groot"), ("Cor Cats", "Wie zit er?")]
        assert data.tips_done == ["pauzes"]
        with pytest.raises(ValidationError):
            doc.write(lambda s: ops.set_vote(s, intro, parts[0], "groen"))
        with pytest.raises(ValidationError):
            doc.write(lambda s: ops.add_entry(s, item, participant_id=parts[0], category="blauw"))
        # Withdrawing a vote, then undoing that.
        _r, edit = doc.write(lambda s: ops.set_vote(s, item, parts[0], None))
        with doc.session() as s:
            assert session_data(s, sid).items[1].votes()["groen"] == 0
        doc.write(lambda s: apply_rows(s, edit, undo=True))
        with doc.session() as s:
            assert session_data(s, sid).items[1].votes()["groen"] == 1
    finally:
        doc.close()


def test_deleting_a_session_tombstones_its_agenda_and_results(new_doc: Document) -> None:
    _pid, sid, parts = _setup(new_doc)
    item, _ = new_doc.write(lambda s: ops.add_item(s, sid, "groen_geel_rood"))
    new_doc.write(lambda s: ops.set_vote(s, item, parts[0], "groen"))
    new_doc.write(lambda s: core_ops.delete_records(s, "wv_session", [sid]))
    with new_doc.session() as s:
        for kind in ("wv_item", "wv_entry", "wv_participant", "wv_session"):
            assert core_ops.list_live(s, kind) == [], kind


def test_words_are_counted_without_function_words() -> None:
    assert count_words(["Rust, vertrouwen en bescherming", "bescherming; de rust",
                        "Bescherming"]) == [("bescherming", 3), ("rust", 2), ("vertrouwen", 1)]


def test_example_session_check_counts_and_report(example_path: Path, workdir: Path) -> None:
    lines = summarize(example_path)
    assert "    werksessies: 1" in lines
    assert any(line.startswith("    resultaten van werkvormen: ") and int(line.split()[-1]) > 30
               for line in lines)
    doc = Document.open(example_path)
    try:
        with doc.session() as s:
            terms = {t.term for t in core_ops.list_live(s, "coop_term")}
            assert {"bescherming", "vertrouwen"} <= terms  # the cloud's words reached 1.4
        pid = find_project(doc, "Regiopilot Zorg + Veiligheid")
        pdf, docx = workdir / "sessie.pdf", workdir / "sessie.docx"
        generate(doc, ReportOptions(project_id=pid, instruments=("werkvormen",)), pdf)
        generate(doc, ReportOptions(project_id=pid, instruments=("werkvormen",)), docx)
    finally:
        doc.close()
    text = _flat(" ".join(p.extract_text() for p in pypdf.PdfReader(str(pdf)).pages))
    for expected in ("Werksessies", "Werksessie overlegstructuur Z+V", "Agenda",
                     "Eén RBO in plaats van aparte tafels", "Woordenwolk",
                     "Wat versta jij onder het woord 'Veiligheid'?", "bescherming",
                     "Zwarte pet", "Gespreksleider", "Hoe houden de kleine gemeenten hun stem?"):
        assert expected in text, expected
    word = WordDocument(str(docx))
    headings = [p.text for p in word.paragraphs if p.style.name.startswith("Heading")]
    assert "Werksessies" in headings
    assert word.inline_shapes, "the bars and the word cloud are pictures in Word"


def test_votes_of_two_copies_merge_into_one_row_per_participant(new_doc: Document,
                                                                 workdir: Path) -> None:
    from sqlalchemy import select

    from zvdesk.models.core.sharing.copy import CopyOptions, make_share_copy
    from zvdesk.models.core.sharing.merge_apply import apply_merge, plan_with_file

    _pid, sid, parts = _setup(new_doc)
    item, _ = new_doc.write(lambda s: ops.add_item(s, sid, "groen_geel_rood", "Eén RBO"))
    make_share_copy(new_doc, workdir / "collega.zvdb", CopyOptions())
    theirs = Document.open(workdir / "collega.zvdb")
    try:
        # Both record Anna's vote (the same), each records one more person's vote.
        new_doc.write(lambda s: (ops.set_vote(s, item, parts[0], "groen"),
                                 ops.set_vote(s, item, parts[1], "rood", "Te groot")))
        theirs.write(lambda s: (ops.set_vote(s, item, parts[0], "groen"),
                                ops.set_vote(s, item, parts[2], "geel", "Wie zit er?")))
        plan = plan_with_file(new_doc, theirs.path)
    finally:
        theirs.close()
    assert not plan.conflicts
    new_doc.write(lambda s: apply_merge(s, plan))
    with new_doc.session() as s:
        assert len(list(s.scalars(select(ops.t.WvEntry)))) == 3
        assert session_data(s, sid).items[0].votes() == {"groen": 1, "geel": 1, "rood": 1}
