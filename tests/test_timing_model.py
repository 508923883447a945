"""§2.2 Timing model: recurring cycles, clashes with their solution, checklist, report."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import docx
import pypdf
import pytest

from zvdesk.models.core import ops
from zvdesk.models.core.document import Document
from zvdesk.models.core.errors import ValidationError
from zvdesk.models.core.summary import summarize
from zvdesk.models.region.ops import populate_new_region
from zvdesk.models.timing import ops as tim
from zvdesk.models.timing.read import timing_for_project
from zvdesk.models.timing.tables import CycleKind, MomentKind, Recurrence, TimCycle
from zvdesk.reports.data import ReportOptions
from zvdesk.reports.engine import find_project, generate


@pytest.fixture
def doc(workdir: Path):  # noqa: ANN201
    ids: dict[str, str] = {}

    def populate(s) -> None:  # noqa: ANN001
        populate_new_region(s, "Testregio", ["Zaanstad"])
        ids["project"] = ops.create_record(s, "project", {"name": "Werkagenda"})

    d = Document.create(workdir / "regio.zvdb", populate=populate)
    d.project_id = ids["project"]
    yield d
    d.close()


def test_a_yearly_cycle_is_entered_once_and_recurs() -> None:
    cycle = TimCycle(title="Kadernota", kind=CycleKind.BEGROTING,
                     recurrence=Recurrence.JAARLIJKS, start_date=date(2024, 6, 1),
                     end_date=date(2024, 6, 30))
    periods = tim.occurrences(cycle, date(2025, 1, 1), date(2027, 12, 31))
    assert periods == [(date(y, 6, 1), date(y, 6, 30)) for y in (2025, 2026, 2027)]
    cycle.recurrence = Recurrence.VIERJAARLIJKS
    cycle.start_date = cycle.end_date = date(2022, 3, 16)
    assert tim.occurrences(cycle, date(2025, 1, 1), date(2031, 1, 1)) == [
        (date(2026, 3, 16), date(2026, 3, 16)), (date(2030, 3, 16), date(2030, 3, 16))]


def test_clash_found_solved_and_kept_and_gone_when_the_moment_moves(doc: Document) -> None:
    pid = doc.project_id
    mid, _ = doc.write(lambda s: ops.create_record(s, "tim_moment", {
        "project_id": pid, "title": "Werkagenda in het RBO", "kind": MomentKind.RBO,
        "on_date": date(2026, 3, 12)}))
    cid, _ = doc.write(lambda s: ops.create_record(s, "tim_cycle", {
        "project_id": pid, "title": "Gemeenteraadsverkiezingen",
        "kind": CycleKind.VERKIEZINGEN, "recurrence": Recurrence.VIERJAARLIJKS,
        "start_date": date(2022, 3, 16), "end_date": date(2022, 3, 16), "margin_days": 0}))
    with doc.session() as s:
        assert tim.clashes(s, pid) == []  # 16-3-2026 is four days after the moment
    doc.write(lambda s: ops.update_record(s, "tim_cycle", cid, {"margin_days": 42}))
    with doc.session() as s:
        (clash,) = tim.clashes(s, pid)
    assert clash.moment == "Werkagenda in het RBO" and clash.start == date(2026, 3, 16)
    doc.write(lambda s: tim.set_solution(s, pid, mid, cid, clash.start, "Eerder: februari"))
    with doc.session() as s:
        assert tim.clashes(s, pid)[0].solution == "Eerder: februari"
        assert "1 botsingen, 1 opgelost" == tim.progress_text(s, pid)
    doc.write(lambda s: ops.update_record(s, "tim_moment", mid, {"on_date": date(2026, 9, 1)}))
    with doc.session() as s:
        assert tim.clashes(s, pid) == []
    with pytest.raises(ValidationError, match="einddatum"):
        doc.write(lambda s: ops.update_record(s, "tim_cycle", cid, {
            "end_date": date(2020, 1, 1)}))


def test_checklist_has_the_five_steps(doc: Document) -> None:
    pid = doc.project_id
    assert len(tim.PLANNING_STEPS) == 5
    assert tim.PLANNING_STEPS[0][1].startswith("Maak een planning voor het project.")
    doc.write(lambda s: tim.set_step_done(s, pid, "delen", True))
    doc.write(lambda s: tim.set_step_done(s, pid, "delen", True))  # same row, not two
    with doc.session() as s:
        assert tim.checklist(s, pid)["delen"] is True
        assert ops.list_live(s, "tim_checklist").__len__() == 1


def test_example_holds_the_werkagenda_against_the_elections(example_doc: Document) -> None:
    pid = find_project(example_doc, "Regiopilot Zorg + Veiligheid")
    with example_doc.session() as s:
        data = timing_for_project(s, pid)
    clash = next(c for c in data.clashes if c.cycle == "Gemeenteraadsverkiezingen")
    assert clash.moment.startswith("Werkagenda") and clash.solution
    assert {e.stream.value for e in data.streams} == {"problemen", "politiek", "oplossingen",
                                                      "raam"}
    assert "Politie" in data.partners


def test_check_counts(example_path: Path) -> None:
    text = "\n".join(summarize(example_path))
    assert "momenten: 5" in text and "cycli van partners: 5" in text
    assert "botsingen: 3" in text


def test_report_shows_timeline_clashes_and_beleidsraam(example_doc: Document,
                                                       workdir: Path) -> None:
    pid = find_project(example_doc, "Regiopilot Zorg + Veiligheid")
    out = generate(example_doc, ReportOptions(project_id=pid), workdir / "pilot.pdf")
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in pypdf.PdfReader(out).pages))
    assert "Timing bij samenwerken en agenderen" in text
    assert "Tijdlijn: de momenten van het project" in text
    assert "Gemeenteraadsverkiezingen" in text and "Problemenstroom" in text
    assert "Maak een planning voor het project." in text
    word = docx.Document(str(generate(example_doc, ReportOptions(project_id=pid),
                                      workdir / "pilot.docx")))
    headings = [p.text for p in word.paragraphs if p.style.name.startswith("Heading")]
    assert "Botsingen en gekozen oplossingen" in headings and "Beleidsraam" in headings
    alts = [sh._inline.docPr.get("descr") for sh in word.inline_shapes]
    assert any(a.startswith("Tijdlijn met") for a in alts)
    assert any(a.startswith("Beleidsraam.") for a in alts)
