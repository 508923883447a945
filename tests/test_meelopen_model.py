"""Meelopen in de praktijk (3.2): visits, participants, reflection, rota, example, check, report."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import docx
import pypdf
import pytest
from sqlalchemy import select

from zvdesk.models.core import ops
from zvdesk.models.core.document import Document
from zvdesk.models.core.errors import ValidationError
from zvdesk.models.core.sharing.copy import CopyOptions, make_share_copy
from zvdesk.models.meelopen import ops as visits_ops
from zvdesk.models.meelopen.read import progress_text, rota, visits
from zvdesk.models.meelopen.tables import (
    REFLECTION,
    Role,
    Visit,
    VisitKind,
    VisitParticipant,
    VisitStatus,
)
from zvdesk.reports.data import ReportOptions
from zvdesk.reports.engine import find_project, generate


@pytest.fixture
def region(new_doc: Document) -> dict[str, str]:
    def make(s) -> dict[str, str]:  # noqa: ANN001
        orgs = {o.name: o.id for o in ops.list_live(s, "organisation")}
        ids = {"project": ops.create_record(s, "project", {"name": "Pilot"})}
        for name, org in (("Ruud Visser", "Politie"), ("Hanneke Bakker", "GGZ-instelling"),
                          ("Els Mulder", "Veilig Thuis")):
            ids[name] = ops.create_record(s, "person", {"name": name,
                                                        "organisation_id": orgs[org]})
        ids.update(orgs)
        return ids

    ids, _ = new_doc.write(make)
    return ids


def test_reflection_questions_follow_the_toolbox() -> None:
    assert [q for _f, q in REFLECTION] == [
        "Wat hebben jullie gedaan?", "Wat hebben jullie gezien?",
        "Wat hebben jullie meegemaakt?", "Wat betekent dat voor jullie samenwerking?"]


def test_visit_with_participants_partner_and_reflection(new_doc, region) -> None:  # noqa: ANN001
    pid = region["project"]
    vid, _ = new_doc.write(lambda s: visits_ops.add_visit(
        s, pid, host_organisation_id=region["Politie"], visit_date=date(2026, 3, 3),
        focus="Avonddienst"))
    new_doc.write(lambda s: visits_ops.add_participant(s, vid, person_id=region["Ruud Visser"],
                                                       role=Role.HOST))
    new_doc.write(lambda s: visits_ops.add_participant(
        s, vid, person_id=region["Hanneke Bakker"], partner_person_id=region["Ruud Visser"]))
    new_doc.write(lambda s: visits_ops.add_participant(s, vid, name="Wethouder", partner_name="x"))
    new_doc.write(lambda s: ops.update_record(s, "practice_visit", vid, {
        "status": VisitStatus.DONE, "reflection_meaning": "Vaste contactpersoon"}))
    with new_doc.session() as s:
        (view,) = visits(s, pid)
        assert (view.kind_label, view.host, view.status_label) == ("Meeloopdag", "Politie",
                                                                    "Gedaan")
        assert [p.label for p in view.participants] == [
            "Ruud Visser (ontvangt)", "Hanneke Bakker ↔ Ruud Visser", "Wethouder ↔ x"]
        assert view.reflection[3] == ("Wat betekent dat voor jullie samenwerking?",
                                      "Vaste contactpersoon")
        assert view.has_reflection
        assert progress_text(s, pid) == "1 van 1 met reflectie"


def test_exchange_period_must_not_end_before_it_starts(new_doc, region) -> None:  # noqa: ANN001
    vid, _ = new_doc.write(lambda s: visits_ops.add_visit(
        s, region["project"], VisitKind.EXCHANGE, visit_date=date(2026, 9, 1)))
    with pytest.raises(ValidationError, match="einddatum ligt vóór de begindatum"):
        new_doc.write(lambda s: ops.update_record(s, "practice_visit", vid,
                                                  {"end_date": date(2026, 3, 1)}))
    new_doc.write(lambda s: ops.update_record(s, "practice_visit", vid, {
        "end_date": date(2027, 2, 28), "period": "een half jaar"}))


def test_rota_lists_who_has_not_hosted_and_suggestion_plans_them(new_doc, region) -> None:  # noqa: ANN001
    pid = region["project"]
    with new_doc.session() as s:
        assert rota(s, pid).missing == [] and rota(s, pid).hosted == {}
    vid, _ = new_doc.write(lambda s: visits_ops.add_visit(
        s, pid, host_organisation_id=region["Politie"], visit_date=date(2026, 3, 3)))
    new_doc.write(lambda s: visits_ops.add_participant(s, vid, person_id=region["Els Mulder"],
                                                       partner_person_id=region["Hanneke Bakker"]))
    with new_doc.session() as s:
        plan = rota(s, pid)
        assert plan.hosted == {"Politie": 1}
        assert plan.missing == ["GGZ-instelling", "Veilig Thuis"]
    new, _ = new_doc.write(lambda s: visits_ops.suggest_rota(s, pid, date(2026, 1, 1)))
    with new_doc.session() as s:
        rows = {v.id: v for v in s.scalars(select(Visit).where(Visit.id.in_(new)))}
        assert [rows[i].visit_date for i in new] == [date(2026, 3, 31), date(2026, 4, 28)]
        assert {rows[i].host_organisation_id for i in new} == {region["GGZ-instelling"],
                                                               region["Veilig Thuis"]}
        assert rota(s, pid).missing == []
    again, _ = new_doc.write(lambda s: visits_ops.suggest_rota(s, pid, date(2026, 1, 1)))
    assert again == []


def test_deletes_keep_names_and_drop_what_belongs(new_doc, region) -> None:  # noqa: ANN001
    pid = region["project"]
    vid, _ = new_doc.write(lambda s: visits_ops.add_visit(
        s, pid, host_organisation_id=region["Politie"]))
    part, _ = new_doc.write(lambda s: visits_ops.add_participant(
        s, vid, person_id=region["Ruud Visser"], partner_person_id=region["Els Mulder"]))
    new_doc.write(lambda s: ops.delete_records(s, "person", [region["Ruud Visser"],
                                                             region["Els Mulder"]]))
    new_doc.write(lambda s: ops.delete_records(s, "organisation", [region["Politie"]]))
    with new_doc.session() as s:
        row = s.get(VisitParticipant, part)
        assert (row.person_id, row.name, row.partner_person_id, row.partner_name) == (
            None, "Ruud Visser", None, "Els Mulder")
        assert s.get(Visit, vid).focus == "Bij Politie"
    new_doc.write(lambda s: ops.delete_records(s, "project", [pid]))
    with new_doc.session() as s:
        assert s.get(Visit, vid).deleted_at is not None
        assert s.get(VisitParticipant, part).deleted_at is not None
    with pytest.raises(ValidationError, match="bestaat niet meer"):
        new_doc.write(lambda s: visits_ops.add_participant(s, vid, name="Later"))


def test_initials_copy_reduces_names_and_scrubs_reflections(example_doc: Document,
                                                           workdir: Path) -> None:
    pid = find_project(example_doc, "Regiopilot Zorg + Veiligheid")
    with example_doc.session() as s:
        vid = visits(s, pid)[0].id
    example_doc.write(lambda s: (
        visits_ops.add_participant(s, vid, name="Ruud Visser", partner_name="Els Mulder"),
        ops.update_record(s, "practice_visit", vid, {"reflection_seen": "Ruud Visser belde."})))
    target = workdir / "initialen.zvdb"
    make_share_copy(example_doc, target, CopyOptions(initials=True))
    copy = Document.open(target)
    try:
        with copy.session() as s:
            view = visits(s, pid)[0]
            assert "RV ↔ EM" in [p.label for p in view.participants]
            assert dict(view.reflection)["Wat hebben jullie gezien?"] == "RV belde."
            assert view.host == "Politie"  # organisations keep their names
    finally:
        copy.close()


def test_example_politie_ggz_and_veilig_thuis_each_host_a_day(example_doc: Document) -> None:
    pid = find_project(example_doc, "Regiopilot Zorg + Veiligheid")
    with example_doc.session() as s:
        found = visits(s, pid)
        days = [v for v in found if v.kind is VisitKind.DAY]
        assert [v.host for v in days] == ["Politie", "GGZ-instelling", "Veilig Thuis"]
        assert all(v.participants and v.has_reflection for v in days)
        exchange = next(v for v in found if v.kind is VisitKind.EXCHANGE)
        assert exchange.period == "een half jaar"
        assert [p.label for p in exchange.participants] == [
            "Jeroen de Wit ↔ Karim Ouali", "Karim Ouali ↔ Jeroen de Wit"]


def test_zvdesk_check_shows_the_counts(example_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "zvdesk", "check", str(example_path)],
                            capture_output=True, text=True, encoding="utf-8", check=False)
    assert result.returncode == 0, result.stderr
    pilot = result.stdout.split("- Regiopilot Zorg + Veiligheid")[1].split("\n- ")[0]
    for line in ("meeloopdagen: 3", "uitwisselingstrajecten: 1", "meelopen met reflectie: 3",
                 "meelopen gedaan: 3"):
        assert f"    {line}" in pilot, line


def test_report_section_in_pdf_and_word(example_doc: Document, workdir: Path) -> None:
    pid = find_project(example_doc, "Regiopilot Zorg + Veiligheid")
    pdf = workdir / "meelopen.pdf"
    generate(example_doc, ReportOptions(project_id=pid), pdf)
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in pypdf.PdfReader(
        str(pdf)).pages))
    for expected in ("Meelopen in de praktijk", "Rooster", "Reflecties",
                     "Wat betekent dat voor jullie samenwerking?", "een half jaar",
                     "Nog geen meeloopdag georganiseerd"):
        assert expected in text, expected
    out = workdir / "meelopen.docx"
    generate(example_doc, ReportOptions(project_id=pid), out)
    word = docx.Document(str(out))
    headings = {p.text: p.style.name for p in word.paragraphs
                if p.style.name.startswith("Heading")}
    assert headings["Meelopen in de praktijk"] == "Heading 1"
    assert headings["Rooster"] == "Heading 2"
    assert any(t.rows[0].cells[0].text == "Wanneer" and len(t.rows) == 5 for t in word.tables)


def test_no_visits_no_section(new_doc: Document, region, workdir: Path) -> None:  # noqa: ANN001
    out = workdir / "leeg.pdf"
    generate(new_doc, ReportOptions(project_id=region["project"]), out)
    assert "Meelopen in de praktijk" not in " ".join(
        p.extract_text() for p in pypdf.PdfReader(str(out)).pages)
