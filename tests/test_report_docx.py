"""The Word report: heading styles, repeating table headers, pictures with alt text, Dutch."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT

from zvdesk.models.core.document import Document
from zvdesk.reports.data import ReportOptions
from zvdesk.reports.engine import find_project, generate
from zvdesk.reports.raster import drawing_png
from zvdesk.reports.sections.region.overview import domain_chart


def test_docx_has_headings_tables_pictures_and_dutch(example_doc: Document,
                                                     workdir: Path) -> None:
    pid = find_project(example_doc, "Regiopilot Zorg + Veiligheid")
    out = workdir / "pilot.docx"
    generate(example_doc, ReportOptions(project_id=pid, title="Raadsvoorstel Z+V",
                                        author="Lotte Jansen"), out)
    word = docx.Document(str(out))
    headings = {p.text: p.style.name for p in word.paragraphs
                if p.style.name.startswith("Heading")}
    assert headings["Regio en partners"] == "Heading 1"
    assert headings["Impact framework / beleidstheorie"] == "Heading 1"
    assert headings["De impactketen"] == "Heading 2"
    assert headings["Communicatiestrategie"] == "Heading 2"
    assert len(word.tables) > 10
    header_cells = [t.rows[0].cells[0].text for t in word.tables]
    assert "Activiteit" in header_cells and "Speler" in header_cells
    body = word.element.body.xml
    assert body.count("w:tblHeader") >= 10, "header rows repeat on every page"
    assert 'TOC \\o "1-3"' in body, "Word builds the contents from the headings"
    shapes = list(word.inline_shapes)
    assert len(shapes) >= 4
    assert all(s._inline.docPr.get("descr") for s in shapes), "every picture has alt text"
    assert any(s.orientation == WD_ORIENT.LANDSCAPE for s in word.sections)
    assert word.core_properties.title == "Raadsvoorstel Z+V"
    assert word.core_properties.author == "Lotte Jansen"
    assert word.core_properties.language == "nl-NL"
    with zipfile.ZipFile(out) as z:
        assert 'w:val="nl-NL"' in z.read("word/styles.xml").decode()
    text = "\n".join(p.text for p in word.paragraphs)
    assert "CONCEPT" in text and "Raadsvoorstel Z+V" in text


def test_drawings_rasterise_to_png() -> None:
    png = drawing_png(domain_chart({}))
    assert png and png.startswith(b"\x89PNG")
