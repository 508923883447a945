"""The instrument sections of the regiopilot report: impact chain, stappenplan, stakeholders."""

from __future__ import annotations

import re
from pathlib import Path

import pypdf

from zvdesk.models.core.document import Document
from zvdesk.models.impact.templates import builtin_template
from zvdesk.reports.data import Figure, Heading, ReportOptions, Table
from zvdesk.reports.engine import build_report, find_project, generate


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _outline(items, out=None) -> list[str]:  # noqa: ANN001
    out = [] if out is None else out
    for item in items:
        if isinstance(item, list):
            _outline(item, out)
        else:
            out.append(item.title)
    return out


def test_regiopilot_pdf_has_every_activity_and_a_landscape_chain(example_doc: Document,
                                                                   workdir: Path) -> None:
    pid = find_project(example_doc, "Regiopilot Zorg + Veiligheid")
    out = workdir / "pilot.pdf"
    generate(example_doc, ReportOptions(project_id=pid), out)
    reader = pypdf.PdfReader(str(out))
    text = _flat(" ".join(page.extract_text() for page in reader.pages))
    activities = [e["title"] for e in builtin_template("regiopilots_z_v")["elements"]
                  if getattr(e["kind"], "value", e["kind"]) == "activiteit"]
    assert len(activities) == 14
    for title in activities:
        assert _flat(title) in text, title
    for heading in ("Stappenplan", "Impact framework / beleidstheorie", "De impactketen",
                    "Mechanismenkwadrant", "Controle: open punten", "Activiteiten",
                    "Stakeholder- en krachtenveldanalyse", "Communicatiestrategie",
                    "Samenwerken aan opgaven"):
        assert heading in text, heading
    titles = _outline(reader.outline)
    for heading in ("Stappenplan", "Impact framework / beleidstheorie",
                    "Stakeholder- en krachtenveldanalyse", "Samenwerken aan opgaven"):
        assert heading in titles, heading
    landscape = [i for i, page in enumerate(reader.pages)
                 if float(page.mediabox.width) > float(page.mediabox.height)]
    assert landscape, "the chain gets a landscape page"
    # other sections have landscape pages too (the network map, the regiekaart)
    chain = next(i for i in landscape if "De impactketen" in reader.pages[i].extract_text())
    portrait = [i for i, page in enumerate(reader.pages) if i not in landscape]
    assert portrait and portrait[-1] > chain, "back to portrait after the chain"


def test_sections_are_chosen_and_nested_per_project(example_doc: Document) -> None:
    data = build_report(example_doc, ReportOptions(instruments=("impact", "stakeholders")))
    headings = [(b.level, b.text) for b in data.blocks if isinstance(b, Heading)]
    assert (1, "Project: Regiopilot Zorg + Veiligheid") in headings
    assert (2, "Impact framework / beleidstheorie") in headings
    assert not any(text in ("Stappenplan", "Regio en partners") for _l, text in headings)
    figures = [b for b in data.blocks if isinstance(b, Figure)]
    assert any(f.landscape for f in figures)
    assert all(f.alt for f in figures), "every diagram has alt text"
    tables = [b for b in data.blocks if isinstance(b, Table)]
    assert any(t.columns[:2] == ["Speler", "Invloed"] for t in tables)


def test_empty_instruments_leave_their_section_out(new_doc: Document) -> None:
    from zvdesk.models.core.ops import create_record

    new_doc.write(lambda s: create_record(s, "project", {"name": "Leeg project"}))
    pid = find_project(new_doc, "Leeg project")
    data = build_report(new_doc, ReportOptions(project_id=pid))
    assert "Impact framework / beleidstheorie" not in data.section_titles
    assert "Stakeholder- en krachtenveldanalyse" not in data.section_titles
    assert "Stappenplan" in data.section_titles  # six steps always exist (niet gestart)


def test_a_long_project_name_fits_the_krachtenveld_centre() -> None:
    """'Aanpak huiselijk geweld en kindermishandeling in de regio' is shown whole in the
    centre of the circle map (smaller, on more lines), never cut off with an ellipsis."""
    from zvdesk.reports.sections.stakeholders import CENTRE_RADIUS, centre_lines

    name = "Aanpak huiselijk geweld en kindermishandeling in de regio"
    size, lines = centre_lines(name, CENTRE_RADIUS * 180)
    assert " ".join(lines).replace("- ", "") == name and size >= 5.5
    assert not any(line.endswith("…") for line in lines)
    _size, cut = centre_lines(name * 4, CENTRE_RADIUS * 180)  # too long even so: cut once
    assert cut[-1].endswith("…") and not cut[-1].endswith("……")
