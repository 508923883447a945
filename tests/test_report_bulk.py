"""The renderers' fast paths write what the slow library calls wrote.

The Word body is written as XML text in bulk (zvdesk/reports/docxml.py): its tables, key-value
tables, headings, notes and bullets must read back through python-docx exactly as the ones
python-docx's own API builds. The PDF's contents is seeded before the first pass so the build
takes two passes, also when a heading travels with a figure.
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.shared import Cm, Pt, RGBColor
from pypdf import PdfReader
from reportlab.graphics.shapes import Drawing, Rect

from zvdesk.reports import pdf
from zvdesk.reports.data import (
    Bullets,
    Cover,
    Figure,
    Heading,
    KeyValues,
    Paragraph,
    ReportData,
    Table,
)
from zvdesk.reports.docx import write_docx

AWKWARD = ["  spatie vooraf", "a < b & c > d", "twee\nregels", "", "tab\tin tekst",
           "‘Zorg’ – één", "laatste "]


def _data(blocks: list) -> ReportData:
    cover = Cover(title="Proef", subtitle="Sub", region="Regio", project="Project",
                  date_text="1 januari 2026", version="1.0", status="concept", author="",
                  organisation="")
    return ReportData(cover=cover, blocks=blocks)


def _reference_table(word, columns: list[str], rows: list[list[str]], widths: list[int]):  # noqa: ANN001, ANN202
    """The table as python-docx's cell API builds it (the way the renderer used to)."""
    table = word.add_table(rows=1, cols=len(columns))
    table.style = "Table Grid"
    for i, (title, cell) in enumerate(zip(columns, table.rows[0].cells, strict=True)):
        run = cell.paragraphs[0].add_run(title)
        run.bold, run.font.size = True, Pt(9)
        run.font.color.rgb = RGBColor(255, 255, 255)
        cell.width = widths[i]
    for values in rows:
        cells = table.add_row().cells
        for i, cell in enumerate(cells):
            text = values[i] if i < len(values) else ""
            for j, line in enumerate(text.split("\n")):
                if j:
                    cell.paragraphs[0].add_run().add_break()
                cell.paragraphs[0].add_run(line)
            cell.width = widths[i]
    return table


def _cells(table) -> list[list[str]]:  # noqa: ANN001
    return [[c.text for c in row.cells] for row in table.rows]


def test_bulk_word_tables_read_back_like_the_python_docx_api(workdir: Path) -> None:
    columns = ["Naam", "Toelichting", "Stand"]
    rows = [AWKWARD[:3], AWKWARD[3:6], [AWKWARD[6]]]  # the last row is short
    out = workdir / "bulk.docx"
    write_docx(_data([
        Heading("Hoofdstuk", 1),
        Paragraph("Eerste regel\nTweede regel"),
        Paragraph("Een opmerking", "note"),
        Bullets(["punt één", "punt <twee>"]),
        Table(columns, rows, widths=[1, 2, 1], caption="Bijschrift"),
        KeyValues([("Sleutel", "waarde & meer"), ("Twee", "regels\nhier")]),
        Table(["Leeg"], [], empty_text="Niets hier."),
    ]), out)
    word = docx.Document(str(out))
    text_width = Cm(21.0) - Cm(4.0)

    cover_kv, table, kv = word.tables
    assert _cells(cover_kv)[0] == ["Regio", "Regio"]
    expected_rows = [columns] + [[*r, *([""] * (3 - len(r)))] for r in rows]
    assert _cells(table) == expected_rows
    reference = _reference_table(docx.Document(), columns, rows,
                                 [int(text_width * w / 4) for w in (1, 2, 1)])
    assert _cells(table) == _cells(reference)
    assert [[c.width for c in r.cells] for r in table.rows] == [
        [c.width for c in r.cells] for r in reference.rows]
    assert table.style.name == "Table Grid"
    head = table.rows[0]
    assert head._tr.trPr.xml.count("tblHeader") == 1, "the header row repeats on every page"
    assert all(r.bold and r.font.color.rgb == RGBColor(255, 255, 255)
               for c in head.cells for r in c.paragraphs[0].runs)
    assert 'w:fill="1D4F91"' in head.cells[0]._tc.xml
    assert all(r.font.size == Pt(9) for c in table.rows[1].cells for p in c.paragraphs
               for r in p.runs if r.text.strip())

    assert _cells(kv) == [["Sleutel", "waarde & meer"], ["Twee", "regels\nhier"]]
    label, value = kv.rows[0].cells
    assert label.paragraphs[0].runs[0].bold and value.paragraphs[0].runs[0].bold is False
    assert label.paragraphs[0].runs[0].font.color.rgb == RGBColor(0x5F, 0x6B, 0x7A)
    assert label.width == int(text_width * 0.3) // 635 * 635 or abs(
        label.width - int(text_width * 0.3)) < 635

    paragraphs = [(p.text, p.style.name) for p in word.paragraphs]
    assert ("Hoofdstuk", "Heading 1") in paragraphs
    assert ("Eerste regel\nTweede regel", "Normal") in paragraphs
    assert ("punt <twee>", "List Bullet") in paragraphs
    assert ("Bijschrift", "Heading 4") in paragraphs
    note = next(p for p in word.paragraphs if p.text == "Een opmerking")
    assert note.runs[0].italic and note.runs[0].font.size == Pt(9)
    assert "Niets hier." in [p.text for p in word.paragraphs]


def test_word_pictures_keep_their_place_and_alt_text(workdir: Path) -> None:
    drawing = Drawing(300, 120)
    drawing.add(Rect(10, 10, 280, 100))
    out = workdir / "figuren.docx"
    write_docx(_data([Heading("Een", 1), Figure(drawing, "eerste plaatje", "Figuur 1"),
                      Paragraph("tussen"),
                      Figure(drawing, "tweede plaatje", "Figuur 2", landscape=True),
                      Paragraph("na")]), out)
    word = docx.Document(str(out))
    texts = [p.text for p in word.paragraphs]
    assert texts.index("Figuur 1") < texts.index("tussen") < texts.index("Figuur 2")
    shapes = list(word.inline_shapes)
    assert [s._inline.docPr.get("descr") for s in shapes] == ["eerste plaatje",
                                                              "tweede plaatje"]
    body = word.element.body
    pictures = [p for p in body.iter(body[0].tag) if p.xpath(".//pic:pic")]
    assert [p.getnext() is not None and docx.text.paragraph.Paragraph(
        p.getnext(), None).text for p in pictures] == ["Figuur 1", "Figuur 2"]


def test_pdf_contents_with_a_heading_before_a_figure_takes_two_passes(
        workdir: Path, monkeypatch) -> None:  # noqa: ANN001
    passes = []
    begin = pdf.ReportDocTemplate.handle_documentBegin

    def counting(self) -> None:  # noqa: ANN001
        passes.append(1)
        begin(self)

    monkeypatch.setattr(pdf.ReportDocTemplate, "handle_documentBegin", counting)
    drawing = Drawing(300, 120)
    drawing.add(Rect(10, 10, 280, 100))
    blocks = []
    for i in range(60):  # the headings that travel with a figure fill more than a page
        blocks += [Heading(f"Figuur {i}", 1),
                   Figure(drawing, "plaatje", f"Bijschrift {i}"),
                   Paragraph("tekst " * 100)]
    out = workdir / "twee.pdf"
    pdf.write_pdf(_data(blocks), out)
    assert len(passes) == 2
    reader = PdfReader(str(out))
    lines = "\n".join(reader.pages[n].extract_text() for n in (1, 2, 3)).splitlines()
    for i in (0, 30, 59):  # the contents' page numbers point at the headings' pages
        # pypdf reads the dotted leader with its number before the entry's title
        at = lines.index(f"Figuur {i}")
        page = int(lines[at - 1].rsplit(" ", 1)[-1])
        assert f"Figuur {i}" in reader.pages[page - 1].extract_text()
