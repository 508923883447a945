"""The Word renderer: the same report data as an editable .docx.

Real Heading 1–4 styles (Word builds the contents from them: the contents field asks Word to
update on opening), tables whose header row repeats on every page, diagrams as PNG pictures
(rasterised from the same vector drawings as the PDF) with alt text, Dutch (nl-NL) as the
document language, landscape sections for wide diagrams, "pagina X van Y" in the footer.
"""

from __future__ import annotations

import io
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

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
from zvdesk.reports import docxml, texts
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


class _Writer:
    """Keeps track of the page width and orientation while writing blocks."""

    def __init__(self, data: ReportData) -> None:
        self.data = data
        self.doc = WordDocument()
        self.landscape = False
        self.figures: list[tuple[Figure, int]] = []
        self.out = docxml.BodyWriter(self.doc.element.body)
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
        self.out.flush()
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
        self.out.flush()
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
            self.out.add(docxml.paragraph(block.caption, self.style_id("Heading 4")))
        if not block.rows:
            self.note(block.empty_text)
            return
        n = len(block.columns)
        weights = block.widths or [1.0] * n
        total = sum(weights)
        widths = [int(self.text_width * w / total) for w in weights]
        # Written as XML text: python-docx's cell API searches the whole table per call,
        # which makes a report with thousands of rows take minutes.
        self.out.add(docxml.table(list(block.columns), block.rows, widths, self.text_width,
                                  self.style_id("Table Grid")))
        self.out.add(docxml.paragraph())

    def key_values(self, block: KeyValues) -> None:
        self.out.add(docxml.key_values(list(block.pairs), self.text_width, str(MUTED)))
        self.out.add(docxml.paragraph())

    def note(self, text: str) -> None:
        self.out.add(docxml.paragraph(text, run_props=docxml.rpr(
            italic=True, colour=str(MUTED), half_points=18)))

    def figure(self, block: Figure) -> None:
        """Leaves room for the picture; :meth:`pictures_in` puts it there."""
        max_h = (Cm(21.0) if self.landscape else Cm(29.7)) - Cm(2.2) - Cm(2.0) - Cm(3)
        ratio = block.drawing.height / block.drawing.width
        width = min(self.text_width, int(max_h / ratio))
        if block.drawing.width < 400 and not block.landscape:
            width = min(width, int(self.text_width * block.drawing.width / 480))
        key = str(len(self.figures))
        self.figures.append((block, width))
        self.out.mark(key)
        if block.caption:
            self.out.add(docxml.paragraph(block.caption, self.style_id("Caption")))

    def pictures_in(self, pictures: list[bytes | None]) -> None:
        """Puts each figure's picture (or, without one, its alt text) in its place."""
        for index, ((block, width), png) in enumerate(zip(self.figures, pictures,
                                                          strict=True)):
            place = self.out.marked[str(index)]
            if png is None:
                place.addprevious(parse_xml(f"<w:body {nsdecls('w')}>{self._note_xml(block)}"
                                            "</w:body>")[0])
                place.getparent().remove(place)
                continue
            # python-docx numbers a new picture by searching every id in the document,
            # which grows with the report; the writer counts its pictures itself.
            # It also compares every new picture with all earlier ones (hashing each
            # again); the report's pictures are all different: each is its own part.
            image = DocxImage.from_blob(png)
            self.shape_id += 1
            part = ImagePart.from_image(image, PackURI(f"/word/media/zv{self.shape_id}.png"))
            r_id = self.doc.part.relate_to(part, RT.IMAGE)
            cx, cy = image.scaled_dimensions(width, None)
            self.shape_id += 1
            inline = CT_Inline.new_pic_inline(self.shape_id, r_id, image.filename, cx, cy)
            run = place.makeelement(qn("w:r"), {})
            place.append(run)
            run.add_drawing(inline)
            doc_pr = inline.docPr
            doc_pr.set("descr", block.alt)
            doc_pr.set("title", block.caption or block.alt[:60])

    @staticmethod
    def _note_xml(block: Figure) -> str:
        return docxml.paragraph(f"[Afbeelding: {block.alt}]", run_props=docxml.rpr(
            italic=True, colour=str(MUTED), half_points=18))

    def style(self, name: str):  # noqa: ANN201 - a python-docx style
        """A style by name (looked up once: python-docx searches the styles every time)."""
        if name not in self._styles:
            self._styles[name] = self.doc.styles[name]
        return self._styles[name]

    def style_id(self, name: str) -> str:
        """The id of a style (what the XML names it by)."""
        return self.style(name).style_id

    def body(self) -> None:
        blocks = self.data.blocks
        drawings = [b.drawing for b in blocks if isinstance(b, Figure)]
        # The pictures are rasterised beside the writing: PDFium and the PNG encoder release
        # the interpreter, so on two cores the two overlap.
        with ThreadPoolExecutor(max_workers=1) as pool:
            pictures = pool.submit(drawings_png, drawings)
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
                    self.out.add(docxml.paragraph(block.text, self.style_id(
                        f"Heading {min(block.level, 4)}")))
                elif isinstance(block, Paragraph):
                    if block.style == "note":
                        self.note(block.text)
                    else:
                        self.out.add(docxml.paragraph(block.text))
                elif isinstance(block, Bullets):
                    bullet = self.style_id("List Bullet")
                    for item in block.items:
                        self.out.add(docxml.paragraph(item, bullet))
                elif isinstance(block, Table):
                    self.table(block)
                elif isinstance(block, KeyValues):
                    self.key_values(block)
                elif isinstance(block, Figure):
                    self.figure(block)
            self.orientation(False)
            self.out.flush()
            self.pictures_in(pictures.result())


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
