"""The PDF report of the example region: cover, contents, headings, outline, pages, fonts."""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

import pypdf
import pytest

from zvdesk.models.core.document import Document
from zvdesk.models.core.report_settings import get_report_settings, set_report_settings
from zvdesk.reports.data import ReportOptions
from zvdesk.reports.engine import ReportError, build_report, find_project, generate
from zvdesk.reports.sections import section_keys, sections

REPORTS = Path(__file__).resolve().parent.parent / "zvdesk" / "reports"


def _png() -> bytes:
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (40, 20), (29, 79, 145)).save(buf, format="PNG")
    return buf.getvalue()


PNG_LOGO = _png()


def _text(path: Path) -> str:
    reader = pypdf.PdfReader(str(path))
    return "\n".join(page.extract_text() for page in reader.pages)


def _outline_titles(items, out=None) -> list[str]:  # noqa: ANN001
    out = [] if out is None else out
    for item in items:
        if isinstance(item, list):
            _outline_titles(item, out)
        else:
            out.append(item.title)
    return out


def test_reports_package_imports_no_qt() -> None:
    for path in REPORTS.rglob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                assert not name.startswith(("PySide6", "PyQt", "zvdesk.ui", "shiboken")), (
                    f"{path.name} imports {name}")


def test_section_registry_has_unique_keys_and_titles() -> None:
    keys = section_keys()
    assert keys[:2] == ["region", "projects"]
    assert len(set(keys)) == len(keys)
    assert all(spec.title and spec.scope in ("region", "project") for spec in sections())


def test_region_report_has_cover_contents_headings_and_outline(example_doc: Document,
                                                                workdir: Path) -> None:
    out = workdir / "regio.pdf"
    generate(example_doc, ReportOptions(report_date=date(2026, 11, 22), version="0.4",
                                        author="Peter Kramer"), out)
    reader = pypdf.PdfReader(str(out))
    text = _text(out)
    for needle in ("Rapportage regio Zaanstreek-Waterland", "22 november 2026", "Inhoud",
                   "Regio en partners", "Projecten", "pagina 1 van", "CONCEPT",
                   "Regiopilot Zorg + Veiligheid", "Peter Kramer", "0.4",
                   "Partners: veiligheid"):
        assert needle in text, needle
    total = len(reader.pages)
    assert f"pagina {total} van {total}" in reader.pages[-1].extract_text()
    titles = _outline_titles(reader.outline)
    assert "Regio en partners" in titles and "Projecten" in titles
    meta = reader.metadata
    assert meta.title == "Rapportage regio Zaanstreek-Waterland"
    assert meta.author == "Peter Kramer"
    assert reader.trailer["/Root"]["/Lang"] == "nl-NL"
    fonts = set()
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert any("ZVSans" in f or "DejaVu" in f for f in fonts), fonts
    assert all("Helvetica" not in f for f in fonts), fonts


def test_definitief_has_no_concept_mark_and_keeps_accents(example_doc: Document,
                                                          workdir: Path) -> None:
    out = workdir / "def.pdf"
    generate(example_doc, ReportOptions(status="definitief", title="Raadsinformatie “één” €"),
             out)
    text = _text(out)
    assert "CONCEPT" not in text
    assert "Raadsinformatie “één” €" in text
    assert "Definitief" in text


def test_project_report_and_unknown_choices(example_doc: Document, workdir: Path) -> None:
    pid = find_project(example_doc, "regiopilot zorg + veiligheid")
    data = build_report(example_doc, ReportOptions(project_id=pid, instruments=("projects",)))
    assert data.cover.project == "Regiopilot Zorg + Veiligheid"
    assert data.section_titles == ["Projecten"]
    with pytest.raises(ReportError, match="staat niet in dit bestand"):
        find_project(example_doc, "Bestaat niet")
    with pytest.raises(ReportError, match="Onbekend onderdeel"):
        build_report(example_doc, ReportOptions(instruments=("toverstaf",)))


def test_report_settings_fill_the_cover_and_logo(example_doc: Document, workdir: Path) -> None:
    example_doc.write(lambda s: set_report_settings(
        s, organisation="Gemeente Zaanstad", author="Team Z+V", logo=PNG_LOGO,
        logo_name="logo.png"))
    with example_doc.session() as s:
        assert get_report_settings(s).logo == PNG_LOGO
    out = workdir / "logo.pdf"
    generate(example_doc, ReportOptions(instruments=("region",)), out)
    reader = pypdf.PdfReader(str(out))
    cover = reader.pages[0].extract_text()
    assert "Gemeente Zaanstad" in cover and "Team Z+V" in cover
    assert reader.pages[0]["/Resources"].get("/XObject"), "the logo is on the cover"


def test_failed_render_leaves_no_half_file(example_doc: Document, workdir: Path) -> None:
    with pytest.raises(ReportError, match="de map ‘.*geen-map’ bestaat niet"):
        generate(example_doc, ReportOptions(), workdir / "geen-map" / "r.pdf")
    with pytest.raises(ReportError, match=".pdf of als .docx"):
        generate(example_doc, ReportOptions(), workdir / "r.txt")
    assert not list(workdir.glob(".~*.tmp"))


def test_long_words_in_narrow_columns_break_at_syllables(workdir) -> None:  # noqa: ANN001
    """'Woningcorporatie' in a narrow column breaks as 'Woningcor-poratie' (Dutch
    hyphenation), never mid-syllable without a hyphen ('Woningcorp|oratie')."""
    from zvdesk.reports.data import Cover, ReportData
    from zvdesk.reports.data import Table as DataTable
    from zvdesk.reports.engine import render

    cover = Cover(title="T", subtitle="", region="R", project="", date_text="1 december 2026",
                  version="1", status="concept", author="", organisation="")
    table = DataTable(columns=["Organisatie", "Rol en mandaat in de regionale samenwerking"],
                      rows=[["Woningcorporatie Veiligheidsregio", "Partner"]], widths=[1, 9])
    out = render(ReportData(cover=cover, blocks=[table]), workdir / "smal.pdf")
    import pypdf

    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(str(out)).pages)
    lines = [line.strip() for line in text.splitlines()]
    broken = [a + "|" + b for a, b in zip(lines, lines[1:], strict=False)
              if a and b and a[-1].isalpha() and b[0].islower()]
    assert not broken, broken  # a word cut without a hyphen
    assert any(line.endswith("-") for line in lines), lines  # hyphenated where it must
