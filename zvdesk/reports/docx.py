"""The Word renderer: the same report data as an editable .docx.

Real Heading 1–4 styles (Word builds the contents from them: the contents field asks Word to
update on opening), tables whose header row repeats on every page, diagrams as PNG pictures
(rasterised from the same vector drawings as the PDF) with alt text, Dutch (nl-NL) as the
document language, landscape sections for wide diagrams, "pagina X van Y" in the footer.
"""

from __future__ import annotations

import io
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

from docx import Document as WordDocument
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK
from docx.image.image import Image as DocxImage
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.shape import CT_Inline
from docx.parts.image import ImagePart
from docx.shared import Cm, Pt, RGBColor

from zvdesk.models.core.images import usable_logo
from zvdesk.reports import texts
from zvdesk.reports.data import (
    Bullets,
    Figure,
    Heading,
    KeyValues,
    Paragraph,
    ReportData,
    Table,
)
from zvdesk.reports.raster import drawings_png

ACCENT = RGBColor(0x1D, 0x4F, 0x91)
MUTED = RGBColor(0x5F, 0x6B, 0x7A)
RED = RGBColor(0xB3, 0x26, 0x1E)
LANG = "nl-NL"


def _set_language(doc) -> None:  # noqa: ANN001
    """Marks every style and the document defaults as Dutch (spelling check, hyphenation)."""
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    targets = []
    if defaults is not None:
        rpr_default = defaults.find(qn("w:rPrDefault"))
        if rpr_default is not None:
            rpr = rpr_default.find(qn("w:rPr"))
            if rpr is None:
                rpr = OxmlElement("w:rPr")
                rpr_default.append(rpr)
            targets.append(rpr)
    for style in doc.styles:
        try:
            targets.append(style.element.get_or_add_rPr())
        except AttributeError:
            continue
    for rpr in targets:
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        lang.set(qn("w:val"), LANG)
        lang.set(qn("w:eastAsia"), LANG)
        lang.set(qn("w:bidi"), "ar-SA")
    doc.core_properties.language = LANG


def _field(paragraph, instruction: str, placeholder: str = "") -> None:  # noqa: ANN001
    """Appends a Word field (PAGE, NUMPAGES, TOC …) to a paragraph."""
    def fld(kind: str):  # noqa: ANN202
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        return el

    run = paragraph.add_run()
    run._r.append(fld("begin"))
    run = paragraph.add_run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run._r.append(instr)
    run = paragraph.add_run()
    run._r.append(fld("separate"))
    paragraph.add_run(placeholder)
    run = paragraph.add_run()
    run._r.append(fld("end"))


def _update_fields_on_open(doc) -> None:  # noqa: ANN001
    settings = doc.settings.element
    el = settings.find(qn("w:updateFields"))
    if el is None:
        el = OxmlElement("w:updateFields")
        settings.append(el)
    el.set(qn("w:val"), "true")


def _repeat_header(row) -> None:  # noqa: ANN001
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _shade(cell, fill: str) -> None:  # noqa: ANN001
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _cell_text(cell, text: str, *, bold: bool = False, colour: RGBColor | None = None,  # noqa: ANN001
               size: float = 9) -> None:
    lines = (text or "").split("\n")
    paragraph = cell.paragraphs[0]
    paragraph.paragraph_format.space_after = Pt(0)
    for i, line in enumerate(lines):
        run = paragraph.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if colour is not None:
            run.font.color.rgb = colour
        if i < len(lines) - 1:
            run.add_break()


def _row_xml(values: list[str], widths: list[int]) -> str:
    """One table row as WordprocessingML (9 pt text, line breaks kept, fixed widths)."""
    cells = []
    for i, width in enumerate(widths):
        text = str(values[i]) if i < len(values) else ""
        runs = "<w:r><w:br/></w:r>".join(
            f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve">'
            f"{xml_escape(line)}</w:t></w:r>" for line in text.split("\n"))
        cells.append(f'<w:tc><w:tcPr><w:tcW w:w="{int(width / 635)}" w:type="dxa"/></w:tcPr>'
                     f'<w:p><w:pPr><w:spacing w:after="0"/></w:pPr>{runs}</w:p></w:tc>')
    return f"<w:tr {nsdecls('w')}>{''.join(cells)}</w:tr>"


class _Writer:
    """Keeps track of the page width and orientation while writing blocks."""

    def __init__(self, data: ReportData) -> None:
        self.data = data
        self.doc = WordDocument()
        self.landscape = False
        self.pictures: dict[int, bytes | None] = {}
        self._widths: dict[bool, int] = {}
        self._styles: dict[str, object] = {}
        self.shape_id = 5000  # above the few ids python-docx gives headers and the logo
        section = self.doc.sections[0]
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        for side in ("left_margin", "right_margin"):
            setattr(section, side, Cm(2.0))
        section.top_margin, section.bottom_margin = Cm(2.2), Cm(2.0)

    @property
    def text_width(self) -> int:
        # python-docx rebuilds its section list on every access: remember it per orientation
        if self.landscape not in self._widths:
            section = self.doc.sections[-1]
            self._widths[self.landscape] = (section.page_width - section.left_margin
                                            - section.right_margin)
        return self._widths[self.landscape]

    def orientation(self, landscape: bool) -> None:
        if landscape == self.landscape:
            return
        section = self.doc.add_section()
        section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        long_side, short_side = Cm(29.7), Cm(21.0)
        section.page_width = long_side if landscape else short_side
        section.page_height = short_side if landscape else long_side
        self.landscape = landscape

    def header_footer(self) -> None:
        cover = self.data.cover
        section = self.doc.sections[0]
        section.different_first_page_header_footer = True
        header = section.header.paragraphs[0]
        run = header.add_run(cover.title)
        run.font.size, run.font.color.rgb = Pt(8), MUTED
        if self.data.is_concept:
            run = header.add_run(f"    {texts.CONCEPT_MARK}")
            run.bold, run.font.size, run.font.color.rgb = True, Pt(8), RED
        footer = section.footer.paragraphs[0]
        run = footer.add_run(f"{cover.date_text} · {texts.VERSION.lower()} {cover.version}    ")
        run.font.size = Pt(8)
        footer.add_run("pagina ").font.size = Pt(8)
        _field(footer, "PAGE", "1")
        footer.add_run(" van ").font.size = Pt(8)
        _field(footer, "NUMPAGES", "1")

    def cover(self) -> None:
        cover = self.data.cover
        doc = self.doc
        if usable_logo(cover.logo):  # measured from its header before anything decodes it
            try:
                doc.add_picture(io.BytesIO(cover.logo), height=Cm(2.0))
            except Exception:  # noqa: BLE001 - an unreadable logo is left out
                pass
        doc.add_paragraph(cover.title, style="Title")
        sub = doc.add_paragraph(cover.subtitle)
        sub.runs[0].font.size, sub.runs[0].font.color.rgb = Pt(13), MUTED
        rows = [(texts.REGION, cover.region), (texts.PROJECT, cover.project),
                (texts.DATE, cover.date_text), (texts.VERSION, cover.version),
                (texts.STATUS, texts.STATUS_LABELS.get(cover.status, cover.status))]
        if cover.author:
            rows.append((texts.AUTHOR, cover.author))
        if cover.organisation:
            rows.append((texts.ORGANISATION, cover.organisation))
        self.key_values(KeyValues(rows))
        if self.data.is_concept:
            p = doc.add_paragraph()
            run = p.add_run(texts.CONCEPT_MARK)
            run.bold, run.font.size, run.font.color.rgb = True, Pt(20), RED
            p.add_run(" – dit rapport is nog niet definitief vastgesteld.")
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        title = doc.add_paragraph().add_run(texts.CONTENTS)  # not a heading: not in the TOC
        title.bold, title.font.size, title.font.color.rgb = True, Pt(16), ACCENT
        toc = doc.add_paragraph()
        _field(toc, 'TOC \\o "1-3" \\h \\z \\u', texts.TOC_FIELD_HINT)
        _update_fields_on_open(doc)
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def table(self, block: Table) -> None:
        if block.caption:
            self.doc.add_paragraph(block.caption, style=self.style("Heading 4"))
        if not block.rows:
            self.note(block.empty_text)
            return
        n = len(block.columns)
        table = self.doc.add_table(rows=1, cols=n)
        table.style = "Table Grid"
        weights = block.widths or [1.0] * n
        total = sum(weights)
        widths = [int(self.text_width * w / total) for w in weights]
        header = table.rows[0]
        _repeat_header(header)
        for i, (title, cell) in enumerate(zip(block.columns, header.cells, strict=True)):
            _shade(cell, "1D4F91")
            _cell_text(cell, title, bold=True, colour=RGBColor(255, 255, 255))
            cell.width = widths[i]
        tbl = table._tbl
        for values in block.rows:
            # Built as XML text: python-docx's cell API searches the whole table per call,
            # which makes a report with thousands of rows take minutes.
            tbl.append(parse_xml(_row_xml(values, widths)))
        self.doc.add_paragraph()

    def key_values(self, block: KeyValues) -> None:
        table = self.doc.add_table(rows=0, cols=2)
        for label, value in block.pairs:
            cells = table.add_row().cells
            _cell_text(cells[0], label, bold=True, colour=MUTED, size=9.5)
            _cell_text(cells[1], value, size=9.5)
            cells[0].width = int(self.text_width * 0.3)
            cells[1].width = int(self.text_width * 0.7)
        self.doc.add_paragraph()

    def note(self, text: str) -> None:
        p = self.doc.add_paragraph()
        run = p.add_run(text)
        run.italic, run.font.color.rgb, run.font.size = True, MUTED, Pt(9)

    def figure(self, block: Figure) -> None:
        png = self.pictures.get(id(block))
        if png is None:
            self.note(f"[Afbeelding: {block.alt}]")
            return
        max_h = (Cm(21.0) if self.landscape else Cm(29.7)) - Cm(2.2) - Cm(2.0) - Cm(3)
        ratio = block.drawing.height / block.drawing.width
        width = min(self.text_width, int(max_h / ratio))
        if block.drawing.width < 400 and not block.landscape:
            width = min(width, int(self.text_width * block.drawing.width / 480))
        # python-docx numbers a new picture by searching every id in the document, which
        # grows with the report; the writer counts its pictures itself.
        # It also compares every new picture with all earlier ones (hashing each again);
        # the report's pictures are all different, so each becomes its own image part.
        image = DocxImage.from_blob(png)
        self.shape_id += 1
        part = ImagePart.from_image(image, PackURI(f"/word/media/zv{self.shape_id}.png"))
        r_id = self.doc.part.relate_to(part, RT.IMAGE)
        cx, cy = image.scaled_dimensions(width, None)
        self.shape_id += 1
        inline = CT_Inline.new_pic_inline(self.shape_id, r_id, image.filename, cx, cy)
        self.doc.add_paragraph().add_run()._r.add_drawing(inline)
        doc_pr = inline.docPr
        doc_pr.set("descr", block.alt)
        doc_pr.set("title", block.caption or block.alt[:60])
        if block.caption:
            self.doc.add_paragraph(block.caption, style=self.style("Caption"))

    def style(self, name: str):  # noqa: ANN201 - a python-docx style
        """A style by name (looked up once: python-docx searches the styles every time)."""
        if name not in self._styles:
            self._styles[name] = self.doc.styles[name]
        return self._styles[name]

    def body(self) -> None:
        blocks = self.data.blocks
        figures = [b for b in blocks if isinstance(b, Figure)]
        self.pictures = dict(zip((id(f) for f in figures),
                                 drawings_png([f.drawing for f in figures]), strict=True))
        for i, block in enumerate(blocks):
            wants = isinstance(block, Figure) and block.landscape
            if isinstance(block, Heading):
                j = i + 1
                while j < len(blocks) and isinstance(blocks[j], Heading):
                    j += 1
                nxt = blocks[j] if j < len(blocks) else None
                wants = isinstance(nxt, Figure) and nxt.landscape
            self.orientation(wants)
            if isinstance(block, Heading):
                self.doc.add_paragraph(block.text, style=self.style(
                    f"Heading {min(block.level, 4)}"))
            elif isinstance(block, Paragraph):
                if block.style == "note":
                    self.note(block.text)
                else:
                    self.doc.add_paragraph(block.text)
            elif isinstance(block, Bullets):
                for item in block.items:
                    self.doc.add_paragraph(item, style=self.style("List Bullet"))
            elif isinstance(block, Table):
                self.table(block)
            elif isinstance(block, KeyValues):
                self.key_values(block)
            elif isinstance(block, Figure):
                self.figure(block)
        self.orientation(False)


def write_docx(data: ReportData, target: Path | str | io.BytesIO) -> None:
    """Renders report data to a Word file (or a BytesIO)."""
    writer = _Writer(data)
    doc = writer.doc
    doc.core_properties.title = data.cover.title
    doc.core_properties.author = data.cover.author or data.cover.organisation or "ZV Desk"
    doc.core_properties.subject = f"{data.cover.subtitle} – {data.cover.region}"
    doc.core_properties.keywords = f"zorg en veiligheid; {data.cover.status}"
    for name, size, colour in (("Heading 1", 16, ACCENT), ("Heading 2", 13, ACCENT),
                               ("Heading 3", 11, None), ("Heading 4", 10, MUTED)):
        style = doc.styles[name]
        style.font.size = Pt(size)
        if colour is not None:
            style.font.color.rgb = colour
    doc.styles["Normal"].font.size = Pt(10)
    _set_language(doc)
    writer.header_footer()
    writer.cover()
    writer.body()
    doc.save(target if isinstance(target, io.BytesIO) else str(target))
