"""The PDF renderer: A4, cover, contents, running header, "pagina X van Y", outline.

Built on reportlab's platypus. Diagrams stay vector graphics (``Drawing`` flowables scaled to
fit). Wide diagrams get a landscape page of their own. The document is built in passes
(:meth:`BaseDocTemplate.multiBuild`) until the contents' page numbers and the page total are
stable, so the footer's "van Y" is always right.
"""

from __future__ import annotations

import io
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    LongTable,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
)
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Table as RLTable
from reportlab.platypus.tableofcontents import IndexingFlowable, TableOfContents

from zvdesk import __version__
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
from zvdesk.reports.fonts import BOLD, REGULAR, register_fonts
from zvdesk.reports.pdfstyles import (
    CONCEPT_RED,
    MUTED,
    RULE,
    data_table_style,
    key_value_style,
    styles,
    toc_styles,
    toc_table_style,
)

MARGIN_X = 2.0 * cm
MARGIN_TOP = 2.2 * cm
MARGIN_BOTTOM = 1.9 * cm
#: Deepest heading level (0-based) listed in the contents; the outline holds every level.
TOC_MAX_LEVEL = 1


def _draft(flowable: Flowable) -> bool:
    """True during the first pass, whose output is thrown away: only the layout counts."""
    doc = getattr(flowable.canv, "_doctemplate", None)
    return bool(getattr(doc, "draft", False))


class _Para(RLParagraph):
    """A paragraph that remembers its line breaks for the last width it was wrapped to.

    Tables wrap every cell several times per pass (measuring, then drawing) and the build
    runs two passes; the lines only depend on the width, so they are computed once.
    """

    _wrapped_at: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if self._wrapped_at == availWidth and hasattr(self, "blPara"):
            return self.width, self.height
        result = super().wrap(availWidth, availHeight)
        self._wrapped_at = availWidth
        return result

    def draw(self) -> None:
        if not _draft(self):
            super().draw()


class _Table(RLTable):
    """A table that is not drawn in the (discarded) first pass."""

    def draw(self) -> None:
        if not _draft(self):
            super().draw()


class _LongTable(LongTable):
    """A long table that is not drawn in the (discarded) first pass."""

    def draw(self) -> None:
        if not _draft(self):
            super().draw()


def para(text: str, style: str = "body") -> RLParagraph:
    """A reportlab paragraph of plain text (escaped; newlines kept)."""
    return _Para(escape(text or "").replace("\n", "<br/>"), styles()[style])


def cell(text: str, width: float, style: str = "cell") -> RLParagraph | str:
    """A table cell: a plain string when it fits on one line (cheap to draw), else wrapped."""
    text = str(text or "")
    st = styles()[style]
    if "\n" not in text and len(text) < 90 and stringWidth(
            text, st.fontName, st.fontSize) <= width - 8.5:
        return text
    return para(text, style)


class _PageTotal(IndexingFlowable):
    """Invisible flowable that keeps the build going until the page total is stable."""

    def __init__(self) -> None:
        super().__init__()
        self.previous = 0  # the total the footers of the current pass show
        self.seen = 0
        self.total = -1

    def beforeBuild(self) -> None:  # noqa: N802 - reportlab API
        self.previous = max(self.total, 0)
        self.seen = 0

    def afterBuild(self) -> None:  # noqa: N802 - reportlab API
        self.total = self.seen

    def isSatisfied(self) -> bool:  # noqa: N802 - reportlab API
        return self.total == self.previous

    def wrap(self, _w: float, _h: float) -> tuple[float, float]:
        return (0, 0)

    def draw(self) -> None:
        return None


class ScaledDrawing(Flowable):
    """A vector drawing scaled down (never up) to fit the given box."""

    def __init__(self, drawing: Drawing, max_width: float, max_height: float) -> None:
        super().__init__()
        self.drawing = drawing
        self.scale = min(1.0, max_width / drawing.width, max_height / drawing.height)
        self.hAlign = "CENTER"

    def wrap(self, _w: float, _h: float) -> tuple[float, float]:
        return self.drawing.width * self.scale, self.drawing.height * self.scale

    def draw(self) -> None:
        from reportlab.graphics import renderPDF

        if _draft(self):
            return
        self.canv.saveState()
        self.canv.scale(self.scale, self.scale)
        renderPDF.draw(self.drawing, self.canv, 0, 0)
        self.canv.restoreState()


class _HeadingPara(RLParagraph):
    """A heading paragraph that knows its level and bookmark key."""

    def __init__(self, text: str, level: int, key: str) -> None:
        super().__init__(escape(text), styles()[f"h{min(level, 4)}"])
        self.level = level
        self.plain = text
        self.key = key


class ReportDocTemplate(BaseDocTemplate):
    """A4 report with cover, portrait and landscape page templates."""

    def __init__(self, target: str | io.BytesIO, data: ReportData) -> None:
        cover = data.cover
        super().__init__(
            target, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=cover.title,
            author=cover.author or cover.organisation or "ZV Desk",
            subject=f"{cover.subtitle} – {cover.region}: {cover.project}",
            keywords=["zorg en veiligheid", cover.region, cover.status],
            creator=f"ZV Desk {__version__}", lang="nl-NL", invariant=0,
            initialFontName=REGULAR, initialFontSize=9.5,
        )
        self.data = data
        self.draft = False
        self.total = _PageTotal()
        self._last_outline_level = -1
        pw, ph = A4
        lw, lh = landscape(A4)
        portrait_frame = Frame(MARGIN_X, MARGIN_BOTTOM, pw - 2 * MARGIN_X,
                               ph - MARGIN_TOP - MARGIN_BOTTOM, id="portrait",
                               leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        landscape_frame = Frame(MARGIN_X, MARGIN_BOTTOM, lw - 2 * MARGIN_X,
                                lh - MARGIN_TOP - MARGIN_BOTTOM, id="landscape",
                                leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        cover_frame = Frame(2.5 * cm, 2.5 * cm, pw - 5 * cm, ph - 5 * cm, id="cover",
                            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([
            PageTemplate("cover", [cover_frame], onPage=self._on_cover, pagesize=A4),
            PageTemplate("portrait", [portrait_frame], onPage=self._on_page, pagesize=A4),
            PageTemplate("landscape", [landscape_frame], onPage=self._on_page,
                         pagesize=landscape(A4)),
        ])
        self.portrait_size = (portrait_frame._width, portrait_frame._height)
        self.landscape_size = (landscape_frame._width, landscape_frame._height)

    # -- page decoration ----------------------------------------------------------------

    def _watermark(self, canv, width: float, height: float) -> None:  # noqa: ANN001
        if not self.data.is_concept:
            return
        canv.saveState()
        canv.setFillColor(CONCEPT_RED)
        canv.setFillAlpha(0.08)
        canv.setFont(BOLD, 96)
        canv.translate(width / 2, height / 2)
        canv.rotate(40)
        canv.drawCentredString(0, -30, texts.CONCEPT_MARK)
        canv.restoreState()

    def _on_cover(self, canv, doc) -> None:  # noqa: ANN001
        self.total.seen = max(self.total.seen, doc.page)
        width, height = canv._pagesize
        canv.saveState()
        canv.setFillColor(styles()["h1"].textColor)
        canv.rect(0, height - 1.1 * cm, width, 1.1 * cm, stroke=0, fill=1)
        canv.setFont(REGULAR, 8)
        canv.setFillColor(MUTED)
        total = self.total.previous or doc.page
        canv.drawRightString(width - MARGIN_X, MARGIN_BOTTOM - 0.9 * cm,
                             texts.PAGE_OF.format(page=doc.page, total=total))
        canv.restoreState()
        self._watermark(canv, width, height)

    def _on_page(self, canv, doc) -> None:  # noqa: ANN001
        self.total.seen = max(self.total.seen, doc.page)
        width, height = canv._pagesize
        self._watermark(canv, width, height)
        cover = self.data.cover
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        top = height - MARGIN_TOP + 0.55 * cm
        canv.line(MARGIN_X, top - 4, width - MARGIN_X, top - 4)
        canv.setFont(REGULAR, 8)
        canv.setFillColor(MUTED)
        canv.drawString(MARGIN_X, top + 1, _clip(cover.title, REGULAR, 8, width * 0.55))
        right = cover.project if cover.project != texts.WHOLE_REGION else cover.region
        if self.data.is_concept:
            canv.setFillColor(CONCEPT_RED)
            canv.setFont(BOLD, 8)
            canv.drawRightString(width - MARGIN_X, top + 1, texts.CONCEPT_MARK)
            right_edge = width - MARGIN_X - 60
        else:
            right_edge = width - MARGIN_X
        canv.setFillColor(MUTED)
        canv.setFont(REGULAR, 8)
        canv.drawRightString(right_edge, top + 1, _clip(right, REGULAR, 8, width * 0.3))
        bottom = MARGIN_BOTTOM - 0.9 * cm
        canv.line(MARGIN_X, bottom + 10, width - MARGIN_X, bottom + 10)
        canv.drawString(MARGIN_X, bottom, f"{cover.date_text} · {texts.VERSION.lower()} "
                                          f"{cover.version}")
        total = self.total.previous or doc.page
        canv.drawRightString(width - MARGIN_X, bottom,
                             texts.PAGE_OF.format(page=doc.page, total=total))
        canv.restoreState()

    # -- contents and outline -------------------------------------------------------------

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab API
        if isinstance(flowable, _HeadingPara):
            level = min(flowable.level - 1, self._last_outline_level + 1)
            self._last_outline_level = level
            self.canv.bookmarkPage(flowable.key)
            self.canv.addOutlineEntry(flowable.plain, flowable.key, level=level,
                                      closed=level >= 1)
            if level <= TOC_MAX_LEVEL:
                self.notify("TOCEntry", (level, escape(flowable.plain), self.page,
                                         flowable.key))

    def handle_documentBegin(self) -> None:  # noqa: N802 - reportlab API
        self._last_outline_level = -1
        # the first pass only measures (its canvas is thrown away): skip the drawing
        self.draft = self.total.total < 0
        super().handle_documentBegin()


def _clip(text: str, font: str, size: float, width: float) -> str:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


# -- story ------------------------------------------------------------------------------


def _cover_story(data: ReportData) -> list[Flowable]:
    cover = data.cover
    s = styles()
    story: list[Flowable] = [Spacer(1, 1.2 * cm)]
    if usable_logo(cover.logo):  # measured from its header before anything decodes it
        try:
            ImageReader(io.BytesIO(cover.logo)).getRGBData()  # decodes: a broken logo fails here
            img = Image(io.BytesIO(cover.logo))
            scale = min(1.0, 5 * cm / img.drawWidth, 2.5 * cm / img.drawHeight)
            img.drawWidth *= scale
            img.drawHeight *= scale
            img.hAlign = "LEFT"
            story += [img, Spacer(1, 1 * cm)]
        except Exception:  # noqa: BLE001 - any undecodable logo
            pass  # an unreadable logo is left out; the rest of the cover still prints
    else:
        story.append(Spacer(1, 2 * cm))
    story += [RLParagraph(escape(cover.title), s["covertitle"]),
              RLParagraph(escape(cover.subtitle), s["coversub"])]
    rows = [(texts.REGION, cover.region), (texts.PROJECT, cover.project),
            (texts.DATE, cover.date_text), (texts.VERSION, cover.version),
            (texts.STATUS, texts.STATUS_LABELS.get(cover.status, cover.status))]
    if cover.author:
        rows.append((texts.AUTHOR, cover.author))
    if cover.organisation:
        rows.append((texts.ORGANISATION, cover.organisation))
    table = RLTable([[para(k, "celllabel"), para(v, "body")] for k, v in rows],
                    colWidths=[3.4 * cm, 12.5 * cm], hAlign="LEFT")
    table.setStyle(key_value_style())
    story += [Spacer(1, 1.5 * cm), table]
    if data.is_concept:
        story += [Spacer(1, 1.2 * cm), RLParagraph(
            f'<font color="#b3261e"><b>{texts.CONCEPT_MARK}</b></font> – dit rapport is nog '
            "niet definitief vastgesteld.", s["body"])]
    return story


def _table(block: Table, width: float) -> list[Flowable]:
    out: list[Flowable] = []
    if block.caption:
        out.append(para(block.caption, "h4"))
    if not block.rows:
        out.append(para(block.empty_text, "note"))
        return out
    weights = block.widths or [1.0] * len(block.columns)
    total = sum(weights)
    col_widths = [width * w / total for w in weights]
    rows = [[para(c, "cellhead") for c in block.columns]]
    rows += [[cell(c, w) for c, w in zip(row, col_widths, strict=False)] for row in block.rows]
    cls = _LongTable if len(rows) > 60 else _Table
    # splitInRow: a row with a long text flows over pages instead of failing the report.
    table = cls(rows, colWidths=col_widths, repeatRows=1, hAlign="LEFT", splitByRow=1,
                splitInRow=1)
    table.setStyle(data_table_style(len(rows)))
    out += [table, Spacer(1, 8)]
    return out


def _key_values(block: KeyValues, width: float) -> list[Flowable]:
    table = RLTable([[para(k, "celllabel"), para(v, "body")] for k, v in block.pairs],
                    colWidths=[width * 0.3, width * 0.7], hAlign="LEFT", splitInRow=1)
    table.setStyle(key_value_style())
    return [table, Spacer(1, 10)]


def _figure(block: Figure, width: float, height: float) -> list[Flowable]:
    scaled = ScaledDrawing(block.drawing, width, height)
    parts: list[Flowable] = [Spacer(1, 4), scaled]
    if block.caption:
        parts.append(para(block.caption, "caption"))
    else:
        parts.append(Spacer(1, 10))
    return parts


def build_story(data: ReportData, doc: ReportDocTemplate) -> list[Flowable]:
    """Turns report data into flowables: cover, contents, then every block."""
    s = styles()
    toc = TableOfContents(levelStyles=toc_styles(), dotsMinLevel=0,
                          tableStyle=toc_table_style())
    story: list[Flowable] = [*_cover_story(data), NextPageTemplate("portrait"), PageBreak(),
                             doc.total, RLParagraph(texts.CONTENTS, s["toctitle"]), toc,
                             PageBreak()]
    orientation = "portrait"
    blocks = data.blocks
    n = 0
    for i, block in enumerate(blocks):
        wants = "portrait"
        if isinstance(block, Figure) and block.landscape:
            wants = "landscape"
        elif isinstance(block, Heading):
            # headings right before a landscape figure go onto its page
            j = i + 1
            while j < len(blocks) and isinstance(blocks[j], Heading):
                j += 1
            following = blocks[j] if j < len(blocks) else None
            if isinstance(following, Figure) and following.landscape:
                wants = "landscape"
        if wants != orientation:
            if isinstance(story[-1], PageBreak):  # a page starts here anyway: no blank page
                story.insert(len(story) - 1, NextPageTemplate(wants))
            else:
                story += [NextPageTemplate(wants), PageBreak()]
            orientation = wants
        width, height = doc.landscape_size if orientation == "landscape" else doc.portrait_size
        if isinstance(block, Heading):
            n += 1
            if block.level == 1 and story and not isinstance(story[-1], PageBreak) and n > 1:
                story.append(PageBreak())
            story.append(_HeadingPara(block.text, block.level, f"h{n}"))
        elif isinstance(block, Paragraph):
            story.append(para(block.text, block.style if block.style in s else "body"))
        elif isinstance(block, Bullets):
            story += [RLParagraph(escape(item), s["bullet"], bulletText="•")
                      for item in block.items]
            story.append(Spacer(1, 6))
        elif isinstance(block, Table):
            story += _table(block, width)
        elif isinstance(block, KeyValues):
            story += _key_values(block, width)
        elif isinstance(block, Figure):
            # room for the headings and the caption on the same page
            parts = _figure(block, width, height - (118 if block.landscape else 75))
            if story and isinstance(story[-1], _HeadingPara):  # never a heading alone
                parts.insert(0, story.pop())
            story.append(KeepTogether(parts))
    return story


def write_pdf(data: ReportData, target: Path | str | io.BytesIO) -> None:
    """Renders report data to a PDF file (or a BytesIO)."""
    register_fonts()
    # Binary (zlib) streams without the ASCII85 layer: a fifth smaller and faster to write;
    # every PDF reader since PDF 1.2 reads them. Only the report engine writes PDFs.
    rl_config.useA85 = 0
    out = str(target) if isinstance(target, Path | str) else target
    doc = ReportDocTemplate(out, data)
    story = build_story(data, doc)
    _seed_contents(story)
    doc.multiBuild(story, maxPasses=8)


def _seed_contents(story: list[Flowable]) -> None:
    """Gives the contents its entries (page 0) before the first pass.

    The first pass then lays out a contents of the right length, so the page numbers it
    finds are final and the build needs two passes instead of three.
    """
    toc = next((f for f in story if isinstance(f, TableOfContents)), None)
    if toc is None:
        return
    last = -1
    entries = []
    for flowable in _flat(story):
        if isinstance(flowable, _HeadingPara):
            level = min(flowable.level - 1, last + 1)
            last = level
            if level <= TOC_MAX_LEVEL:
                entries.append((level, escape(flowable.plain), 0, flowable.key))
    toc._entries = entries


def _flat(story: list[Flowable]):  # noqa: ANN202 - an iterator of flowables
    """Every flowable of the story in order, also those inside a :class:`KeepTogether`.

    A heading right before a figure travels inside the figure's KeepTogether: it must be
    counted too, or the first pass lays out a shorter contents and a third pass follows.
    """
    for flowable in story:
        if isinstance(flowable, KeepTogether):
            yield from _flat(flowable._content)
        else:
            yield flowable


def pdf_bytes(data: ReportData) -> bytes:
    """Renders report data and returns the PDF as bytes."""
    buf = io.BytesIO()
    write_pdf(data, buf)
    return buf.getvalue()


__all__ = ["write_pdf", "pdf_bytes", "ScaledDrawing"]
