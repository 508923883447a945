"""Regioplan model: start, trends, goal tree, covered projects, example and document."""

from __future__ import annotations

import pytest
from docx import Document as DocxDocument
from pypdf import PdfReader

from zvdesk.models.core import ops
from zvdesk.models.core.document import Document
from zvdesk.models.core.errors import ValidationError
from zvdesk.models.core.summary import summarize
from zvdesk.models.region.ops import live_projects
from zvdesk.models.regioplan import ops as plan_ops
from zvdesk.models.regioplan import tables as rp
from zvdesk.models.regioplan.layout import tree_layout
from zvdesk.models.regioplan.read import goal_tree, plan_view
from zvdesk.reports.sections.regioplan.document import generate_regioplan


def test_start_plan_is_one_row_and_undoable(new_doc: Document) -> None:
    new_doc.write(plan_ops.start_plan)
    new_doc.write(plan_ops.start_plan)
    with new_doc.session() as s:
        assert plan_ops.get_plan(s) is not None
        assert len(ops.list_live(s, "regioplan")) == 1


def test_relevance_is_one_to_five(new_doc: Document) -> None:
    with pytest.raises(ValidationError, match="1 tot en met 5"):
        new_doc.write(lambda s: ops.create_record(s, "regioplan_trend", {"relevance": 6}))


def test_goal_tree_numbers_and_refuses_a_cycle(new_doc: Document) -> None:
    def make(s):  # noqa: ANN001, ANN202
        top = ops.create_record(s, "regioplan_goal", {"title": "Top", "sort_order": 1})
        sub = ops.create_record(s, "regioplan_goal", {"title": "Sub", "parent_id": top,
                                                      "sort_order": 2})
        return top, sub

    (top, sub), _ = new_doc.write(make)
    with new_doc.session() as s:
        walk = goal_tree(s).walk()
        assert [(d, n.number, n.title) for d, n in walk] == [(0, "1", "Top"), (1, "1.1", "Sub")]
        layout = tree_layout(goal_tree(s))
        assert (layout.columns, layout.rows) == (1, 2)
    with pytest.raises(ValidationError, match="onder zichzelf"):
        new_doc.write(lambda s: ops.update_record(s, "regioplan_goal", top, {"parent_id": sub}))
    new_doc.write(lambda s: ops.delete_records(s, "regioplan_goal", [top]))
    with new_doc.session() as s:
        assert s.get(rp.RegioplanGoal, sub).parent_id is None  # lifted, not lost


def test_covering_a_project_is_one_row_per_project(new_doc: Document) -> None:
    pid, _ = new_doc.write(lambda s: ops.create_record(s, "project", {"name": "P"}))
    for on in (True, False, True, True):
        new_doc.write(lambda s, on=on: plan_ops.set_project_covered(s, pid, on))
    with new_doc.session() as s:
        assert plan_ops.covered_project_ids(s) == {pid}
        assert len(ops.list_live(s, "regioplan_project")) == 1
    new_doc.write(lambda s: ops.delete_records(s, "project", [pid]))
    with new_doc.session() as s:
        assert plan_ops.covered_project_ids(s) == set()


def test_example_has_the_focus_trends_goals_and_projects(example_doc: Document) -> None:
    with example_doc.session() as s:
        view = plan_view(s)
        assert view.plan is not None
        assert "lokaal waar het kan, (boven-)regionaal waar het nodig is" in (
            view.plan.strategic_focus.lower())
        assert {tr.kind for tr in view.trends} == set(rp.TrendKind)
        assert any(node.spearhead for _d, node in view.tree.walk())
        assert {p.id for p in view.projects} == {p.id for p in live_projects(s)}


def test_check_counts_the_plan(example_path) -> None:  # noqa: ANN001
    assert "Regioplan: 7 trends, 7 doelen (3 speerpunten), 2 projecten" in summarize(
        example_path)


def test_document_pdf_and_word(example_doc: Document, workdir) -> None:  # noqa: ANN001
    pdf = generate_regioplan(example_doc, workdir / "plan.pdf")
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())
    for part in ("Inhoud", "1 Een vliegende start", "2.3 Trends", "3.2 Doelenboom",
                 "3.3 Speerpunten", "Bijlage D Communicatieplan",
                 "Bijlage E Beleidstheorieën van de projecten", "Bijlage F Mijlpalenplanning",
                 "Bijlage G Monitoring", "Wat bepaalde het succes van eerdere regionale "
                 "samenwerking?", "Regioplan Zorg en Veiligheid Zaanstreek-Waterland"):
        assert part in text, part
    docx = DocxDocument(str(generate_regioplan(example_doc, workdir / "plan.docx")))
    headings = [p.text for p in docx.paragraphs if p.style.name.startswith("Heading")]
    assert "1 Een vliegende start" in headings
    assert "Bijlage D Communicatieplan" in headings
    alts = [el.get("descr") for el in docx.element.body.iter()
            if el.tag.endswith("}docPr")]
    assert any(a and a.startswith("Doelenboom") for a in alts)
    assert any(a and a.startswith("Trendkaart") for a in alts)


def test_cli_writes_the_regioplan(example_path, workdir, capsys) -> None:  # noqa: ANN001
    from zvdesk.cli import main

    out = workdir / "regioplan.docx"
    assert main(["report", str(example_path), "-o", str(out), "--regioplan"]) == 0
    assert "Regioplan geschreven" in capsys.readouterr().out
    headings = [p.text for p in DocxDocument(str(out)).paragraphs
                if p.style.name.startswith("Heading")]
    assert "2 De analyse van de regio" in headings


def test_cli_refuses_a_file_without_plan(new_doc: Document, workdir, capsys) -> None:  # noqa: ANN001
    from zvdesk.cli import main

    path = new_doc.path
    new_doc.close()
    assert main(["report", str(path), "-o", str(workdir / "p.pdf"), "--regioplan"]) == 2
    assert "nog geen regioplan" in capsys.readouterr().err


def test_the_ordinary_report_has_the_plan_as_a_section(example_doc: Document, workdir) -> None:  # noqa: ANN001
    from zvdesk.reports.data import ReportOptions
    from zvdesk.reports.engine import generate

    path = generate(example_doc, ReportOptions(instruments=("regioplan",)), workdir / "r.pdf")
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())
    assert "Regioplan" in text and "3.3 Speerpunten" in text
