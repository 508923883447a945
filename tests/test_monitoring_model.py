"""Monitoring model: catalogue, indicators and measurements, import, counts, example, report."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import docx
import pypdf
import pytest
from reportlab.graphics.shapes import PolyLine

from zvdesk.models.core import ops
from zvdesk.models.core.document import Document
from zvdesk.models.core.errors import ValidationError, ZvdbError
from zvdesk.models.core.summary import summarize
from zvdesk.models.monitoring import ops as mon
from zvdesk.models.monitoring.importing import (
    apply_measurements,
    parse_day,
    parse_number,
    plan_measurements,
)
from zvdesk.models.monitoring.read import CAVEATS, WHOLE_REGION, monitoring_for_project
from zvdesk.models.monitoring.tables import Block, MonIndicator, MonMeasurement
from zvdesk.models.region.ops import live_projects, populate_new_region
from zvdesk.models.region.tabular import read_sheet
from zvdesk.reports.data import ReportOptions
from zvdesk.reports.engine import find_project, generate
from zvdesk.reports.sections.monitoring import chart


@pytest.fixture
def doc(workdir: Path):  # noqa: ANN201
    ids: dict[str, str] = {}

    def populate(s) -> None:  # noqa: ANN001
        populate_new_region(s, "Testregio", ["Zaanstad", "Purmerend"])
        ids["project"] = ops.create_record(s, "project", {"name": "Verward gedrag"})

    d = Document.create(workdir / "regio.zvdb", populate=populate)
    d.project_id = ids["project"]
    yield d
    d.close()


def test_catalogue_holds_the_toolbox_blocks() -> None:
    entries = mon.catalogue()
    names = {e.name for e in entries}
    assert {"E33-meldingen", "Duur tot afschaling", "Gedeeld eigenaarschap",
            "Casussen in het Zorg- en Veiligheidshuis", "(Spoed)opnames GGZ"} <= names
    assert {e.block for e in entries} == set(Block)
    assert len(entries) == 24


def test_indicator_from_catalogue_with_measurements_and_cascade(doc: Document) -> None:
    pid = doc.project_id
    (iid,), _ = doc.write(lambda s: mon.add_from_catalogue(s, pid, ["e33-meldingen"]))
    again, _ = doc.write(lambda s: mon.add_from_catalogue(s, pid, ["e33-meldingen"]))
    assert again == []
    doc.write(lambda s: mon.add_measurement(s, iid, date(2025, 3, 31), 120.0))
    with doc.session() as s:
        row = s.get(MonIndicator, iid)
        assert row.block is Block.KWALITEIT and row.unit == "meldingen"
        assert len(mon.measurements(s, iid)) == 1
    doc.write(lambda s: ops.delete_records(s, "mon_indicator", [iid]))
    with doc.session() as s:
        assert mon.measurements(s, iid) == []
    with pytest.raises(ValidationError):
        doc.write(lambda s: mon.add_indicator(s, pid, "  "))


def test_dutch_numbers_and_dates() -> None:
    assert parse_number("1.234,5") == 1234.5
    assert parse_number("12,5") == 12.5 and parse_number("12.5") == 12.5
    assert parse_day("1-4-2024") == date(2024, 4, 1)
    assert parse_day("2024-04-01 00:00:00") == date(2024, 4, 1)
    for bad in ("abc", "nan", "inf"):
        with pytest.raises(ValueError, match="geen getal"):
            parse_number(bad)
    with pytest.raises(ValueError, match="geen datum"):
        parse_day("31-2-2024")


def test_import_csv_plans_adds_replaces_and_skips(doc: Document, workdir: Path) -> None:
    pid = doc.project_id
    iid, _ = doc.write(lambda s: mon.add_indicator(s, pid, "E33-meldingen"))
    with doc.session() as s:
        zaanstad = next(m.id for m in ops.list_live(s, "municipality") if m.name == "Zaanstad")
    doc.write(lambda s: mon.add_measurement(s, iid, date(2024, 3, 31), 200.0, zaanstad))
    sheet = workdir / "e33.csv"
    sheet.write_text("Datum;Gemeente;Waarde;Toelichting\n"
                     "31-3-2024;Zaanstad;212,5;gecorrigeerd\n"
                     "30-6-2024;Zaanstad;230;\n"
                     "30-6-2024;Purmerend;124;\n"
                     "30-6-2024;Amsterdam;999;\n"
                     "morgen;Zaanstad;1;\n"
                     "30-9-2024;;361;regio\n", encoding="utf-8")
    with doc.session() as s:
        plan = plan_measurements(s, iid, read_sheet(sheet))
    assert [r.action for r in plan.rows] == ["vervangen", "toevoegen", "toevoegen",
                                             "overslaan", "overslaan", "toevoegen"]
    assert "Amsterdam" in plan.rows[3].reason and "geen datum" in plan.rows[4].reason
    assert plan.summary() == "3 toevoegen, 1 vervangen, 2 overslaan"
    done, edit = doc.write(lambda s: apply_measurements(s, plan))
    assert done == {"toevoegen": 3, "vervangen": 1}
    data = monitoring_for_project_in(doc)
    series = data.indicators[0].series
    assert [p.value for p in series["Zaanstad"]] == [212.5, 230.0]
    assert [p.value for p in series[WHOLE_REGION]] == [361.0]
    with doc.session() as s:  # the same sheet again adds nothing
        again = plan_measurements(s, iid, read_sheet(sheet))
    assert again.count("toevoegen") == 0 and again.count("vervangen") == 0
    bad = workdir / "leeg.csv"
    bad.write_text("Naam;Aantal\nx;1\n", encoding="utf-8")
    with doc.session() as s, pytest.raises(ZvdbError, match="Datum"):
        plan_measurements(s, iid, [["Naam", "Iets"], ["x", "1"]])


def monitoring_for_project_in(doc: Document):  # noqa: ANN201
    with doc.session() as s:
        return monitoring_for_project(s, doc.project_id)


def test_import_xlsx(doc: Document, workdir: Path) -> None:
    from openpyxl import Workbook

    pid = doc.project_id
    iid, _ = doc.write(lambda s: mon.add_indicator(s, pid, "Casussen"))
    book = Workbook()
    sheet = book.active
    sheet.append(["Datum", "Waarde"])
    sheet.append([date(2024, 1, 1), 12.5])
    sheet.append(["1-2-2024", "13,5"])
    book.save(workdir / "casussen.xlsx")
    with doc.session() as s:
        plan = plan_measurements(s, iid, read_sheet(workdir / "casussen.xlsx"))
    assert [(r.action, r.value) for r in plan.rows] == [("toevoegen", 12.5),
                                                        ("toevoegen", 13.5)]


def test_example_has_fictitious_e33_per_quarter_per_municipality(example_doc: Document) -> None:
    with example_doc.session() as s:
        pid = next(p.id for p in live_projects(s) if "verward" in p.name.lower())
        data = monitoring_for_project(s, pid)
    e33 = next(i for i in data.indicators if i.name == "E33-meldingen")
    assert e33.fictitious and e33.baseline and e33.target
    assert e33.meeting == "RBO Zorg en Veiligheid"
    assert e33.chain_element == "Minder meldingen eindigen in een politiecel"
    assert set(e33.series) == {"Zaanstad", "Purmerend", "Edam-Volendam"}
    assert all(len(points) == 8 for points in e33.series.values())


def test_check_counts(example_path: Path) -> None:
    text = "\n".join(summarize(example_path))
    assert "indicatoren: 2" in text and "metingen: 28" in text


def test_report_has_vector_charts_caveats_in_pdf_and_docx(example_doc: Document,
                                                          workdir: Path) -> None:
    pid = find_project(example_doc, "Aanpak personen met verward gedrag")
    out = workdir / "verward.pdf"
    generate(example_doc, ReportOptions(project_id=pid), out)
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in pypdf.PdfReader(out).pages))
    assert "Monitoring" in text and "E33-meldingen" in text
    assert "Kosten kunnen in het begin stijgen" in text
    assert "moeilijk hard te maken" in text and "cijfers fictief" in text
    word = docx.Document(str(generate(example_doc, ReportOptions(project_id=pid),
                                      workdir / "verward.docx")))
    headings = [p.text for p in word.paragraphs if p.style.name.startswith("Heading")]
    assert "Monitoring" in headings and "E33-meldingen" in headings
    alts = [sh._inline.docPr.get("descr") for sh in word.inline_shapes]
    assert any(a.startswith("Lijngrafiek van E33-meldingen") for a in alts)
    with example_doc.session() as s:
        info = next(i for i in monitoring_for_project(s, pid).indicators
                    if i.name == "E33-meldingen")
    drawing = chart(info)
    assert sum(isinstance(shape, PolyLine) for shape in drawing.contents) == 3
    assert CAVEATS[0].startswith("Kosten")


def test_deleting_a_municipality_keeps_its_measurements(doc: Document) -> None:
    pid = doc.project_id
    iid, _ = doc.write(lambda s: mon.add_indicator(s, pid, "E33"))
    with doc.session() as s:
        muni = ops.list_live(s, "municipality")[0].id
    mid, _ = doc.write(lambda s: mon.add_measurement(s, iid, date(2024, 1, 1), 3.0, muni))
    doc.write(lambda s: ops.delete_records(s, "municipality", [muni]))
    with doc.session() as s:
        row = s.get(MonMeasurement, mid)
        assert row.deleted_at is None and row.municipality_id is None
