"""Probleemscan (1.1): questions, answers, stable rows, rules, example, check, report, merge."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import docx
import pypdf
import pytest
from sqlalchemy import select

from zvdesk.models.core import ops
from zvdesk.models.core.document import Document
from zvdesk.models.core.errors import ValidationError
from zvdesk.models.core.sharing.copy import CopyOptions, make_share_copy
from zvdesk.models.core.sharing.merge_apply import apply_merge, plan_with_file
from zvdesk.models.core.sharing.personal import Share
from zvdesk.models.probleemscan import ops as scan
from zvdesk.models.probleemscan.read import progress_text, realistic_result, scan_questions
from zvdesk.models.probleemscan.tables import STANDARD_QUESTIONS, ScanAnswer, ScanQuestion
from zvdesk.reports.data import ReportOptions
from zvdesk.reports.engine import find_project, generate

#: The eight questions of INSTRUMENTS.md §1.1, verbatim.
TOOLBOX = [
    "Wat is het probleem waarvoor samenwerking nodig is? Waarom?",
    "Waarom is het nog niet opgelost?",
    "Wat is het ideale eindresultaat?",
    "Wat is een realistisch eindresultaat?",
    "Is er voldoende draagvlak vanuit jou(w organisatie) om aan de slag te gaan met dit "
    "probleem (zowel in de uitvoering als op bestuurlijk niveau)?",
    "Welke stappen zijn er al ondernomen, en waarom werkten deze wel/niet?",
    "Waar zit de energie om dit aan te pakken?",
    "Waar zit geen energie in de aanpak van dit probleem?",
]


@pytest.fixture
def project(new_doc: Document) -> str:
    pid, _ = new_doc.write(lambda s: ops.create_record(s, "project", {"name": "Pilot"}))
    return pid


def _person(doc: Document, name: str) -> str:
    pid, _ = doc.write(lambda s: ops.create_record(s, "person", {"name": name}))
    return pid


def test_the_eight_questions_are_verbatim_and_shown_before_any_row(new_doc, project) -> None:  # noqa: ANN001
    assert [q.text for q in STANDARD_QUESTIONS] == TOOLBOX
    with new_doc.session() as s:
        questions = scan_questions(s, project)
        assert [q.text for q in questions] == TOOLBOX
        assert all(q.used and not q.stored for q in questions)
        assert progress_text(s, project) == ""
        assert s.scalars(select(ScanQuestion)).first() is None  # reading writes nothing


def test_first_edit_makes_the_row_with_a_stable_id_and_undo_removes_it(new_doc, project) -> None:  # noqa: ANN001
    qid = scan.standard_question_id(project, "realistic")
    _, first = new_doc.write(lambda s: scan.set_question(s, project, qid, {"summary": "Meldpunt"}))
    _, second = new_doc.write(lambda s: scan.set_question(s, project, qid,
                                                          {"proposal": "Verken het."}))
    with new_doc.session() as s:
        rows = list(s.scalars(select(ScanQuestion)))
        assert [(r.id, r.question_key, r.summary, r.proposal) for r in rows] == [
            (qid, "realistic", "Meldpunt", "Verken het.")]
        assert realistic_result(s, project) == "Meldpunt"
        assert progress_text(s, project) == "1 van 8 vragen samengevat"
    new_doc.apply(second, undo=True)
    new_doc.apply(first, undo=True)
    with new_doc.session() as s:
        assert s.get(ScanQuestion, qid).deleted_at is not None
        assert not scan_questions(s, project)[3].stored
    # A new edit after the undo starts afresh: nothing of the undone text comes back.
    new_doc.write(lambda s: scan.set_question(s, project, qid, {"proposal": "Anders"}))
    with new_doc.session() as s:
        row = s.get(ScanQuestion, qid)
        assert (row.deleted_at, row.summary, row.proposal) == (None, "", "Anders")


def test_switching_off_own_questions_and_answers(new_doc, project) -> None:  # noqa: ANN001
    lotte = _person(new_doc, "Lotte Jansen")
    off = scan.standard_question_id(project, "no_energy")
    new_doc.write(lambda s: scan.set_question(s, project, off, {"used": False}))
    own, _ = new_doc.write(lambda s: scan.add_own_question(s, project, " Wie betaalt? "))
    new_doc.write(lambda s: scan.add_answer(s, project, own, person_id=lotte, answer="De regio"))
    problem = scan.standard_question_id(project, "problem")
    new_doc.write(lambda s: scan.add_answer(s, project, problem, "problem", name="Cliëntenraad",
                                            answer="Niemand luistert"))
    with new_doc.session() as s:
        questions = scan_questions(s, project)
        assert [q.number for q in questions] == list(range(1, 10))
        assert questions[-1].text == "Wie betaalt?" and questions[-1].own
        assert [(a.participant, a.answer) for a in questions[-1].answers] == [
            ("Lotte Jansen", "De regio")]
        assert [(a.participant, a.answer) for a in questions[0].answers] == [
            ("Cliëntenraad", "Niemand luistert")]
        assert not next(q for q in questions if q.key == "no_energy").used
    with pytest.raises(ValidationError, match="Vul de vraag in"):
        new_doc.write(lambda s: scan.add_own_question(s, project, "  "))
    with pytest.raises(KeyError):
        new_doc.write(lambda s: scan.set_question(s, project, problem, {"question": "Anders"}))


def test_deleting_keeps_who_answered_and_drops_what_belongs_to_the_question(
        new_doc, project) -> None:  # noqa: ANN001
    ruud = _person(new_doc, "Ruud Visser")
    own, _ = new_doc.write(lambda s: scan.add_own_question(s, project, "Eigen vraag"))
    answer, _ = new_doc.write(lambda s: scan.add_answer(s, project, own, person_id=ruud,
                                                        answer="Ja"))
    new_doc.write(lambda s: ops.delete_records(s, "person", [ruud]))
    with new_doc.session() as s:
        row = s.get(ScanAnswer, answer)
        assert (row.person_id, row.name) == (None, "Ruud Visser")
    new_doc.write(lambda s: ops.delete_records(s, "problemscan_question", [own]))
    with new_doc.session() as s:
        assert s.get(ScanAnswer, answer).deleted_at is not None
    with pytest.raises(ValidationError, match="bestaat niet meer"):
        new_doc.write(lambda s: ops.create_record(s, "problemscan_answer",
                                                  {"question_id": own, "answer": "x"}))
    qid = scan.standard_question_id(project, "problem")
    new_doc.write(lambda s: scan.add_answer(s, project, qid, "problem", answer="Te laat"))
    new_doc.write(lambda s: ops.delete_records(s, "project", [project]))
    with new_doc.session() as s:
        assert all(r.deleted_at is not None for r in s.scalars(select(ScanQuestion)))
        assert all(r.deleted_at is not None for r in s.scalars(select(ScanAnswer)))


def test_initials_copy_reduces_names_and_scrubs_answers(example_doc: Document,
                                                       workdir: Path) -> None:
    pid = find_project(example_doc, "Aanpak personen met verward gedrag")
    qid = scan.standard_question_id(pid, "energy")
    example_doc.write(lambda s: scan.add_answer(
        s, pid, qid, name="Ruud Visser", answer="Marieke Vos wil dit ook (06-12345678)."))
    assert {c.name: c.info["share"] for c in ScanAnswer.__table__.columns if c.info}["name"] \
        is Share.PLAYER
    target = workdir / "initialen.zvdb"
    make_share_copy(example_doc, target, CopyOptions(initials=True))
    copy = Document.open(target)
    try:
        with copy.session() as s:
            energy = scan_questions(s, pid)[6]
            (answer,) = energy.answers
            assert answer.participant == "RV"
            assert "Marieke Vos" not in answer.answer and "MV" in answer.answer
            assert "12345678" not in answer.answer
            assert "E33" in scan_questions(s, pid)[0].summary  # the scan itself stays
    finally:
        copy.close()


def test_both_copies_editing_one_standard_question_merge_into_one_row(new_doc, project,
                                                                      workdir: Path) -> None:
    make_share_copy(new_doc, workdir / "collega.zvdb", CopyOptions())
    problem = scan.standard_question_id(project, "problem")
    energy = scan.standard_question_id(project, "energy")
    theirs = Document.open(workdir / "collega.zvdb")
    try:
        new_doc.write(lambda s: scan.set_question(s, project, problem, {"summary": "Te laat"}))
        theirs.write(lambda s: (
            scan.set_question(s, project, problem, {"summary": "Te laat"}),
            scan.set_question(s, project, energy, {"summary": "Wijkagenten"}),
            scan.add_answer(s, project, energy, "energy", name="Ruud", answer="Bij ons")))
        plan = plan_with_file(new_doc, theirs.path)
    finally:
        theirs.close()
    # The same question made in both copies is one row (its fields may differ, never its id).
    assert {c.id for c in plan.conflicts} <= {problem}
    new_doc.write(lambda s: apply_merge(s, plan, prefer="mine"))
    with new_doc.session() as s:
        rows = {r.id: r for r in s.scalars(select(ScanQuestion))}
        assert set(rows) == {problem, energy}
        assert rows[problem].summary == "Te laat"
        assert rows[energy].summary == "Wijkagenten"
        assert [a.answer for a in scan_questions(s, project)[6].answers] == ["Bij ons"]


def test_example_follows_the_source(example_doc: Document) -> None:
    pid = find_project(example_doc, "Aanpak personen met verward gedrag")
    with example_doc.session() as s:
        questions = scan_questions(s, pid)
        realistic = next(q for q in questions if q.key == "realistic")
        assert realistic.proposal == "Verken een regionaal meldpunt niet-acute zorg."
        assert "E33" in questions[0].summary
        assert sum(len(q.answers) for q in questions) >= 8
        assert any(q.own for q in questions)
    pilot = find_project(example_doc, "Regiopilot Zorg + Veiligheid")
    with example_doc.session() as s:
        assert any(q.answers for q in scan_questions(s, pilot))
        assert any(not q.used for q in scan_questions(s, pilot))


def test_zvdesk_check_shows_the_counts(example_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "zvdesk", "check", str(example_path)],
                            capture_output=True, text=True, encoding="utf-8", check=False)
    assert result.returncode == 0, result.stderr
    verward = result.stdout.split("- Aanpak personen met verward gedrag")[1]
    assert "    vragen probleemscan: 9" in verward
    assert "    antwoorden probleemscan: 10" in verward
    assert "    vragen samengevat: 9" in verward


def test_report_section_in_pdf_and_word(example_doc: Document, workdir: Path) -> None:
    pid = find_project(example_doc, "Aanpak personen met verward gedrag")
    pdf = workdir / "scan.pdf"
    generate(example_doc, ReportOptions(project_id=pid), pdf)
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in pypdf.PdfReader(
        str(pdf)).pages))
    assert "Probleemscan" in text
    assert "Verken een regionaal meldpunt niet-acute zorg." in text
    assert "Antwoorden van de deelnemers" in text
    out = workdir / "scan.docx"
    generate(example_doc, ReportOptions(project_id=pid), out)
    word = docx.Document(str(out))
    headings = {p.text: p.style.name for p in word.paragraphs
                if p.style.name.startswith("Heading")}
    assert headings["Probleemscan"] == "Heading 1"
    table = next(t for t in word.tables if [c.text for c in t.rows[0].cells] == [
        "Vraag", "Samenvatting", "Voorstel"])
    assert len(table.rows) == 1 + 9
    assert table.rows[4].cells[2].text == "Verken een regionaal meldpunt niet-acute zorg."


def test_empty_scan_leaves_the_section_out(new_doc: Document, project: str,
                                           workdir: Path) -> None:
    out = workdir / "leeg.pdf"
    generate(new_doc, ReportOptions(project_id=project), out)
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(str(out)).pages)
    assert "Probleemscan" not in text
