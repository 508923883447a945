"""WordprocessingML written as text for the Word renderer, in bulk.

python-docx builds every paragraph, run and table cell through its object API, which looks up
styles by scanning all of them, searches the table per cell and inserts each element in
schema order: a report of the large region took half a minute that way. These helpers write
the very same XML (the elements and attributes python-docx writes for the same calls) as
strings; :class:`BodyWriter` parses them in chunks and puts them into the document body.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

_W = nsdecls("w")


def _t(text: str) -> str:
    space = ' xml:space="preserve"' if text.strip() != text else ""
    return f"<w:t{space}>{escape(text)}</w:t>"


def run_content(text: str) -> str:
    """The inside of one run holding ``text`` as python-docx's ``run.text`` writes it.

    A tab becomes ``<w:tab/>``, a line break (``\\n`` or ``\\r``) ``<w:br/>``.
    """
    out: list[str] = []
    piece: list[str] = []
    for ch in text:
        if ch in "\t\n\r":
            if piece:
                out.append(_t("".join(piece)))
                piece = []
            out.append("<w:tab/>" if ch == "\t" else "<w:br/>")
        else:
            piece.append(ch)
    if piece:
        out.append(_t("".join(piece)))
    return "".join(out)


def rpr(*, bold: bool | None = None, italic: bool = False, colour: str | None = None,
        half_points: int | None = None) -> str:
    """Run properties in schema order (b, i, color, sz), empty when there are none.

    ``bold=False`` writes an explicit "not bold" (as python-docx's ``run.bold = False``).
    """
    parts = []
    if bold is not None:
        parts.append("<w:b/>" if bold else '<w:b w:val="0"/>')
    if italic:
        parts.append("<w:i/>")
    if colour:
        parts.append(f'<w:color w:val="{colour}"/>')
    if half_points:
        parts.append(f'<w:sz w:val="{half_points}"/>')
    return f"<w:rPr>{''.join(parts)}</w:rPr>" if parts else ""


def paragraph(text: str = "", style_id: str | None = None, run_props: str = "") -> str:
    """A paragraph as ``add_paragraph(text, style)`` (plus run properties) writes it."""
    ppr = f'<w:pPr><w:pStyle w:val="{style_id}"/></w:pPr>' if style_id else ""
    run = f"<w:r>{run_props}{run_content(text)}</w:r>" if text else ""
    return f"<w:p>{ppr}{run}</w:p>"


def cell_paragraph(text: str, run_props: str) -> str:
    """A table cell's paragraph: no space after, one run per line joined by breaks."""
    lines = (text or "").split("\n")
    runs = []
    for i, line in enumerate(lines):
        brk = "<w:br/>" if i < len(lines) - 1 else ""
        runs.append(f"<w:r>{run_props}{_t(line) if line else ''}{brk}</w:r>")
    return f'<w:p><w:pPr><w:spacing w:after="0"/></w:pPr>{"".join(runs)}</w:p>'


def twips(emu: float) -> int:
    """EMU to twentieths of a point, rounded as python-docx's ``Length.twips`` does."""
    return int(round(emu / 635))


def _tc(width: int, content: str, shade: str | None = None) -> str:
    shd = (f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>' if shade else "")
    return (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shd}</w:tcPr>'
            f"{content}</w:tc>")


def table(columns: list[str], rows: list, widths: list[int], block_width: int,
          style_id: str | None) -> str:
    """A data table: shaded header row repeated on every page, 9 pt cells.

    Args:
        columns: Header texts.
        rows: Rows of cell values (shorter rows get empty cells).
        widths: Column widths in EMU.
        block_width: The text width in EMU (the grid divides it evenly, as python-docx does).
        style_id: The table style's id ("Table Grid"), or None.
    """
    n = len(columns)
    head_props = rpr(bold=True, colour="FFFFFF", half_points=18)
    parts = [_tbl_start(n, block_width, style_id),
             '<w:tr><w:trPr><w:tblHeader w:val="true"/></w:trPr>']
    parts += [_tc(twips(widths[i]), cell_paragraph(title, head_props), "1D4F91")
              for i, title in enumerate(columns)]
    parts.append("</w:tr>")
    size = '<w:rPr><w:sz w:val="18"/></w:rPr>'
    row_widths = [int(w / 635) for w in widths]  # the body rows always had these
    for values in rows:
        cells = []
        for i, width in enumerate(row_widths):
            text = str(values[i]) if i < len(values) else ""
            runs = "<w:r><w:br/></w:r>".join(
                f'<w:r>{size}<w:t xml:space="preserve">{escape(line)}</w:t></w:r>'
                for line in text.split("\n"))
            cells.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
                         f'<w:p><w:pPr><w:spacing w:after="0"/></w:pPr>{runs}</w:p></w:tc>')
        parts.append(f"<w:tr>{''.join(cells)}</w:tr>")
    parts.append("</w:tbl>")
    return "".join(parts)


def key_values(pairs: list[tuple[str, str]], block_width: int, label_colour: str) -> str:
    """A two-column table without style: bold muted labels (30 %), values (70 %), 9.5 pt."""
    widths = [twips(int(block_width * 0.3)), twips(int(block_width * 0.7))]
    label = rpr(bold=True, colour=label_colour, half_points=19)
    value = rpr(bold=False, half_points=19)
    parts = [_tbl_start(2, block_width, None)]
    for key, val in pairs:
        parts.append(f"<w:tr>{_tc(widths[0], cell_paragraph(key, label))}"
                     f"{_tc(widths[1], cell_paragraph(val, value))}</w:tr>")
    parts.append("</w:tbl>")
    return "".join(parts)


def _tbl_start(cols: int, block_width: int, style_id: str | None) -> str:
    style = f'<w:tblStyle w:val="{style_id}"/>' if style_id else ""
    col = twips(block_width // cols) if cols else 0
    grid = "".join(f'<w:gridCol w:w="{col}"/>' for _ in range(cols))
    return (f'<w:tbl><w:tblPr>{style}<w:tblW w:type="auto" w:w="0"/>'
            '<w:tblLook w:firstColumn="1" w:firstRow="1" w:lastColumn="0" w:lastRow="0" '
            'w:noHBand="0" w:noVBand="1" w:val="04A0"/></w:tblPr>'
            f"<w:tblGrid>{grid}</w:tblGrid>")


class BodyWriter:
    """Collects body XML as text and moves it into the document in parsed chunks.

    Everything goes before the body's final ``w:sectPr``, where python-docx puts what it
    adds; call :meth:`flush` before adding anything through python-docx itself.
    """

    def __init__(self, body) -> None:  # noqa: ANN001 - the w:body element
        self.body = body
        self.pending: list[str] = []
        self.marked: dict[str, object] = {}

    def add(self, xml: str) -> None:
        """Queues one body element (a ``w:p`` or ``w:tbl``) as XML text."""
        self.pending.append(xml)

    def mark(self, key: str) -> None:
        """Queues an empty paragraph that :attr:`marked` hands back under ``key``."""
        self.pending.append(f'<w:p zvmark="{key}"/>')

    def flush(self) -> None:
        """Parses the queued XML and inserts it at the end of the body."""
        if not self.pending:
            return
        chunk = parse_xml(f"<w:body {_W}>{''.join(self.pending)}</w:body>")
        self.pending = []
        sect = self.body.find(qn("w:sectPr"))
        for element in list(chunk):
            key = element.get("zvmark")
            if key is not None:
                del element.attrib["zvmark"]
                self.marked[key] = element
            if sect is not None:
                sect.addprevious(element)
            else:
                self.body.append(element)
