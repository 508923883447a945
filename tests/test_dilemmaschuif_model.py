"""Dilemmaschuif (3.1): dilemmas, positions, rules, example, check, report picture, privacy."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import docx
import pypdf
import pytest
from reportlab.graphics.shapes import Circle, String
from sqlalchemy import select

from zvdesk.models.core import ops
from zvdesk.models.core.document import Document
from zvdesk.models.core.errors import ValidationError
from zvdesk.models.core.sharing.copy import CopyOptions, make_share_copy
from zvdesk.models.dilemmaschuif import ops as dil
from zvdesk.models.dilemmaschuif.example import EFFICIENCY, INFLUENCE
from zvdesk.models.dilemmaschuif.read import dilemmas, marker_levels, progress_text
from zvdesk.models.dilemmaschuif.tables import DilemmaPosition, Mode, Outcome
from zvdesk.reports.data import ReportOptions
from zvdesk.reports.engine import find_project, generate
from zvdesk.reports.sections.dilemmaschuif import spread_drawing


@pytest.fixture
def project(new_doc: Document) -> str:
    pid, _ = new_doc.write(lambda s: ops.create_record(s, "project", {"name": "Pilot"}))
    return pid


def test_several_dilemmas_with_positions_and_outcome(new_doc, project) -> None:  # noqa: ANN001
    lotte, _ = new_doc.write(lambda s: ops.create_record(s, "person", {
        "name": "Lotte Jansen", "initials": "LJ"}))
    first, _ = new_doc.write(lambda s: dil.add_dilemma(s, project, "Invloed of efficiëntie",
                                                       "Invloed", "Efficiëntie"))
    second, _ = new_doc.write(lambda s: dil.add_dilemma(s, project, "Privacy of veiligheid",
                                                        mode=Mode.WALL))
    new_doc.write(lambda s: dil.add_position(s, first, person_id=lotte, position=30,
                                             explanation="Mijn raad wil dat ik er zit"))
    new_doc.write(lambda s: dil.add_position(s, first, name="Cliëntenraad", position=80))
    new_doc.write(lambda s: ops.update_record(s, "dilemma", first, {
        "outcome_kind": Outcome.RELATE, "outcome": "Alleen het RBO", "chosen_position": 60}))
    with new_doc.session() as s:
        views = dilemmas(s, project)
        assert [v.title for v in views] == ["Invloed of efficiëntie", "Privacy of veiligheid"]
        view = views[0]
        assert [(m.name, m.initials, m.position, m.side) for m in view.markers] == [
            ("Lotte Jansen", "LJ", 30, "links"), ("Cliëntenraad", "C", 80, "rechts")]
        assert (view.spread, view.average, view.chosen_position) == ((30, 80), 55.0, 60)
        assert view.outcome_label == "We verhouden ons ertoe"
        assert views[1].mode_label == "Eén grote schuif aan de muur"
        assert progress_text(s, project) == "2 dilemma's, 1 met uitkomst"


def test_positions_stay_on_the_line_and_need_a_live_dilemma(new_doc, project) -> None:  # noqa: ANN001
    did, _ = new_doc.write(lambda s: dil.add_dilemma(s, project, "D"))
    pos, _ = new_doc.write(lambda s: dil.add_position(s, did, name="A"))
    with pytest.raises(ValidationError, match="tussen 0 .* en 100"):
        new_doc.write(lambda s: ops.update_record(s, "dilemma_position", pos, {"position": 130}))
    new_doc.write(lambda s: dil.set_position(s, pos, -20))  # a drag past the end: clamped
    with new_doc.session() as s:
        assert s.get(DilemmaPosition, pos).position == 0
    with pytest.raises(ValidationError, match="Geef het dilemma een naam"):
        new_doc.write(lambda s: dil.add_dilemma(s, project, " "))
    new_doc.write(lambda s: ops.delete_records(s, "dilemma", [did]))
    with new_doc.session() as s:
        assert s.get(DilemmaPosition, pos).deleted_at is not None
    with pytest.raises(ValidationError, match="bestaat niet meer"):
        new_doc.write(lambda s: dil.add_position(s, did, name="B"))


def test_person_leaving_keeps_the_marker_and_project_delete_drops_all(new_doc, project) -> None:  # noqa: ANN001
    ruud, _ = new_doc.write(lambda s: ops.create_record(s, "person", {"name": "Ruud Visser"}))
    did, _ = new_doc.write(lambda s: dil.add_dilemma(s, project, "D"))
    pos, _ = new_doc.write(lambda s: dil.add_position(s, did, person_id=ruud, position=70))
    new_doc.write(lambda s: ops.delete_records(s, "person", [ruud]))
    with new_doc.session() as s:
        assert [(m.name, m.initials) for m in dilemmas(s, project)[0].markers] == [
            ("Ruud Visser", "RV")]
    new_doc.write(lambda s: ops.delete_records(s, "project", [project]))
    with new_doc.session() as s:
        assert s.get(DilemmaPosition, pos).deleted_at is not None


def test_close_markers_stack_instead_of_overlapping(new_doc, project) -> None:  # noqa: ANN001
    did, _ = new_doc.write(lambda s: dil.add_dilemma(s, project, "D"))
    for name, position in (("A", 50), ("B", 52), ("C", 90), ("D", 51)):
        new_doc.write(lambda s, n=name, p=position: dil.add_position(s, did, name=n,
                                                                      position=p))
    with new_doc.session() as s:
        markers = dilemmas(s, project)[0].markers
    assert marker_levels(markers) == [0, 2, 0, 1]


def test_initials_copy_reduces_names_and_scrubs_explanations(example_doc: Document,
                                                            workdir: Path) -> None:
    pid = find_project(example_doc, "Regiopilot Zorg + Veiligheid")
    with example_doc.session() as s:
        did = dilemmas(s, pid)[0].id
    example_doc.write(lambda s: dil.add_position(s, did, name="Ruud Visser", position=90,
                                                 explanation="Net als Marieke Vos."))
    target = workdir / "initialen.zvdb"
    make_share_copy(example_doc, target, CopyOptions(initials=True))
    copy = Document.open(target)
    try:
        with copy.session() as s:
            view = dilemmas(s, pid)[0]
            marker = next(m for m in view.markers if m.position == 90)
            assert (marker.name, marker.initials) == ("RV", "RV")
            assert marker.explanation == "Net als MV."
            assert all("Marieke Vos" not in m.name for m in view.markers)
            assert view.left_value == INFLUENCE  # the dilemma itself stays
    finally:
        copy.close()


def test_example_uses_the_toolbox_pair(example_doc: Document) -> None:
    pid = find_project(example_doc, "Regiopilot Zorg + Veiligheid")
    with example_doc.session() as s:
        view = dilemmas(s, pid)[0]
    assert view.left_value == INFLUENCE == ("Door bij alle belangrijke overleggen te zitten heb "
                                            "ik invloed (en dat wil mijn achterban ook).")
    assert view.right_value == EFFICIENCY == ("Door bestuurlijke drukte te verminderen, bespaar "
                                              "ik tijd en werken we efficiënter")
    assert len(view.markers) >= 5 and view.chosen_position is not None and view.outcome


def test_zvdesk_check_shows_the_counts(example_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "zvdesk", "check", str(example_path)],
                            capture_output=True, text=True, encoding="utf-8", check=False)
    assert result.returncode == 0, result.stderr
    pilot = result.stdout.split("- Regiopilot Zorg + Veiligheid")[1].split("\n- ")[0]
    assert "    dilemma's: 1" in pilot
    assert "    posities op de dilemmaschuif: 7" in pilot


def test_spread_picture_is_vectors_with_every_marker(example_doc: Document) -> None:
    pid = find_project(example_doc, "Regiopilot Zorg + Veiligheid")
    with example_doc.session() as s:
        view = dilemmas(s, pid)[0]
    drawing = spread_drawing(view)
    shapes = drawing.getContents()
    assert sum(isinstance(x, Circle) for x in shapes) == len(view.markers)
    texts = {x.text for x in shapes if isinstance(x, String)}
    assert {m.initials for m in view.markers} <= texts
    assert f"Keuze ({view.chosen_position})" in texts


def test_report_section_in_pdf_and_word(example_doc: Document, workdir: Path) -> None:
    pid = find_project(example_doc, "Regiopilot Zorg + Veiligheid")
    pdf = workdir / "dilemma.pdf"
    generate(example_doc, ReportOptions(project_id=pid), pdf)
    reader = pypdf.PdfReader(str(pdf))
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in reader.pages))
    for expected in ("Dilemmaschuif", "Invloed of efficiëntie", "Keuze (60)",
                     "We verhouden ons ertoe", "Marieke Vos"):
        assert expected in text, expected
    out = workdir / "dilemma.docx"
    generate(example_doc, ReportOptions(project_id=pid), out)
    word = docx.Document(str(out))
    headings = {p.text: p.style.name for p in word.paragraphs
                if p.style.name.startswith("Heading")}
    assert headings["Dilemmaschuif"] == "Heading 1"
    assert headings["Invloed of efficiëntie"] == "Heading 2"
    assert any([c.text for c in t.rows[0].cells][:2] == ["Deelnemer", "Positie"]
               for t in word.tables)
    alts = [s._inline.docPr.get("descr") for s in word.inline_shapes]
    assert any(a.startswith("Dilemmaschuif van 0") and "Marieke Vos" in a for a in alts)


def test_no_dilemma_no_section(new_doc: Document, project: str, workdir: Path) -> None:
    out = workdir / "leeg.pdf"
    generate(new_doc, ReportOptions(project_id=project), out)
    assert "Dilemmaschuif" not in " ".join(p.extract_text() for p in
                                           pypdf.PdfReader(str(out)).pages)
    with new_doc.session() as s:
        assert s.scalars(select(DilemmaPosition)).first() is None
