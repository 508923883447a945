"""The impact framework shows which indicators of Monitoring measure its elements, and its
checks ask for an indicator where an outcome has none (issue 16.8)."""

from __future__ import annotations

from pypdf import PdfReader

from zvdesk.models.core import ops
from zvdesk.models.core.document import Document
from zvdesk.models.impact.checks import check_theory
from zvdesk.models.impact.measures import theory_with_measures
from zvdesk.models.impact.ops import add_element, connect
from zvdesk.models.impact.tables import ElementKind as K
from zvdesk.models.monitoring import ops as mon
from zvdesk.models.region.ops import live_projects
from zvdesk.models.steps.read import stappenplan_for_project
from zvdesk.reports.data import ReportOptions
from zvdesk.reports.engine import generate
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.instruments.impact.widget import ImpactTab

from .test_impact_canvas import centre, click


def _project(doc: Document) -> tuple[str, dict[str, str]]:
    def build(s):  # noqa: ANN001, ANN202
        pid = ops.create_record(s, "project", {"name": "Pilot"})
        mech = add_element(s, pid, K.MECHANISME, "Vertrouwen", x=0, y=0)
        calls = add_element(s, pid, K.DIRECTE_OUTCOME, "Minder E33-meldingen", x=0, y=0)
        cells = add_element(s, pid, K.DIRECTE_OUTCOME, "Minder insluitingen", x=0, y=0)
        connect(s, mech, calls)
        connect(s, mech, cells)
        return pid, {"mech": mech, "calls": calls, "cells": cells}

    return doc.write(build)[0]


def _codes(doc: Document, pid: str) -> list[tuple[str, str]]:
    with doc.session() as s:
        return [(f.code, f.element_id) for f in check_theory(theory_with_measures(s, pid))]


def test_unmeasured_outcome_is_flagged_only_when_monitoring_is_used(new_doc: Document) -> None:
    pid, ids = _project(new_doc)
    assert not [c for c in _codes(new_doc, pid) if c[0] == "outcome_unmeasured"]
    new_doc.write(lambda s: mon.add_indicator(s, pid, "E33-meldingen",
                                              chain_element_id=ids["calls"]))
    unmeasured = [e for code, e in _codes(new_doc, pid) if code == "outcome_unmeasured"]
    assert unmeasured == [ids["cells"]]
    with new_doc.session() as s:
        theory = theory_with_measures(s, pid)
        assert theory.measured_by(ids["calls"]) == ("E33-meldingen",)
        step3 = stappenplan_for_project(s, pid).impact_findings
    assert any("Geen indicator meet outcome ‘Minder insluitingen’" in m for m in step3)


def test_canvas_table_panel_and_checks_show_the_indicators(qtbot, new_doc: Document) -> None:  # noqa: ANN001
    pid, ids = _project(new_doc)
    (indicator, _) = new_doc.write(lambda s: mon.add_indicator(
        s, pid, "E33-meldingen", chain_element_id=ids["calls"]))
    controller = DocumentController(new_doc)
    tab = ImpactTab(controller, pid)
    qtbot.addWidget(tab)
    tab.resize(1600, 900)
    tab.show()
    qtbot.waitExposed(tab)
    tab.view.resetTransform()
    tab.view.horizontalScrollBar().setValue(tab.view.horizontalScrollBar().minimum())
    tab.view.verticalScrollBar().setValue(tab.view.verticalScrollBar().minimum())
    cards = tab.scene.cards
    assert cards[ids["calls"]].measured == ("E33-meldingen",)
    assert cards[ids["cells"]].measured == ()
    assert "Gemeten met: E33-meldingen" in cards[ids["calls"]].toolTip()
    assert tab.table.rows[ids["calls"]].text(4) == "E33-meldingen"
    findings = [tab.checks.item(i).text() for i in range(tab.checks.count())]
    assert any("Geen indicator meet outcome ‘Minder insluitingen’" in f for f in findings)
    assert not any("‘Minder E33-meldingen’" in f for f in findings)

    click(tab.view, centre(tab, ids["calls"]))
    assert tab.scene.selected_ids() == [ids["calls"]]
    assert "E33-meldingen" in tab.panel.measured.text()
    click(tab.view, centre(tab, ids["cells"]))
    assert tab.panel.measured.text() == "Geen indicator van Monitoring meet dit onderdeel."

    # Monitoring points the indicator at the other outcome: the canvas follows, and undo too.
    controller.execute("Indicator wijzigen", lambda s: ops.update_record(
        s, "mon_indicator", indicator, {"chain_element_id": ids["cells"]}))
    assert cards[ids["cells"]].measured == ("E33-meldingen",)
    assert cards[ids["calls"]].measured == ()
    assert tab.panel.measured.text() == "• E33-meldingen"
    controller.undo_stack.undo()
    assert cards[ids["calls"]].measured == ("E33-meldingen",)
    controller.undo_stack.clear()


def test_report_names_the_indicators_of_an_element(example_doc: Document, workdir) -> None:  # noqa: ANN001
    with example_doc.session() as s:
        pid = next(p.id for p in live_projects(s) if "verward" in p.name)
    pdf = generate(example_doc, ReportOptions(project_id=pid, instruments=("impact",)),
                   workdir / "impact.pdf")
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    assert "Gemeten met: Inzet politiecel bij verward gedrag; E33-meldingen" in text
