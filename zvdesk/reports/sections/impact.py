"""Report section "Impact framework" (1.3): the chain, the elements, quadrant and checks."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Rect
from sqlalchemy.orm import Session

from zvdesk.models.impact.checks import check_theory
from zvdesk.models.impact.layout import COLUMNS, LANE_TITLES
from zvdesk.models.impact.measures import theory_with_measures
from zvdesk.models.impact.tables import (
    Category,
    Element,
    ElementKind,
    Influence,
    Polarity,
    Theory,
)
from zvdesk.reports import graphics as gx
from zvdesk.reports.data import Block, Bullets, Figure, Heading, Paragraph, Table
from zvdesk.reports.sections import SectionContext, SectionSpec

CATEGORY_LABELS = {
    Category.BELEIDSONTWIKKELING: "Beleidsontwikkeling",
    Category.TACTISCHE_STURING: "Tactische (programmatische) sturing",
    Category.UITVOERING: "Uitvoering",
    Category.MONITORING_KENNISDELING: "Monitoring en kennisdeling",
    Category.SAMENWERKINGSVERBAND: "Regionaal samenwerkingsverband",
    Category.PROFESSIONALS: "Professionals",
    Category.BURGER: "Burger / cliënt",
}
POLARITY_LABELS = {Polarity.VERSTERKEND: "Impactversterkend",
                   Polarity.VERZWAKKEND: "Impactverzwakkend"}
INFLUENCE_LABELS = {Influence.BINNEN: "Binnen invloed", Influence.BUITEN: "Buiten invloed"}
HORIZON_LABELS = {"kort": "Korte termijn", "middellang": "Middellange termijn",
                  "lang": "Lange termijn"}
KIND_HEADINGS = {
    ElementKind.DOEL: "Doelen",
    ElementKind.INPUT: "Input",
    ElementKind.ACTIVITEIT: "Activiteiten",
    ElementKind.OUTPUT: "Output",
    ElementKind.MECHANISME: "Mechanismen van invloed",
    ElementKind.DIRECTE_OUTCOME: "Directe outcome",
    ElementKind.MAATSCHAPPELIJK_EFFECT: "Maatschappelijk effect",
    ElementKind.CONTEXTFACTOR: "Contextfactoren",
}
KIND_FILL = {
    ElementKind.DOEL: "#fdf0d5",
    ElementKind.INPUT: "#e8eef7",
    ElementKind.ACTIVITEIT: "#dde8f6",
    ElementKind.OUTPUT: "#dcefe6",
    ElementKind.MECHANISME: "#efe4f4",
    ElementKind.DIRECTE_OUTCOME: "#f9e2d2",
    ElementKind.MAATSCHAPPELIJK_EFFECT: "#f6d9d9",
    ElementKind.CONTEXTFACTOR: "#eeeeee",
}
CARD_FONT = 9.0
CARD_W = 150.0
LANE_PAD = 8.0
LANE_GAP = 6.0
LANE_HEAD = 30.0
CARD_GAP = 6.0
#: The landscape frame the chain must fit (points), to balance columns against height.
TARGET = (730.0, 400.0)

Box = tuple[float, float, float, float]  # x, y (from the top), w, h


def _card_height(element: Element) -> float:
    lines = gx.wrap_words(element.title or "(zonder titel)", gx.REGULAR, CARD_FONT,
                          CARD_W - 8, 5)
    return 10 + len(lines) * CARD_FONT * 1.2


def chain_layout(theory: Theory) -> tuple[dict[ElementKind, Box], dict[str, Box], float, float]:
    """A compact print layout of the chain: the user's order per lane, titles only.

    The canvas keeps the user's free arrangement (``compute_layout``); on paper every lane is
    a tidy stack, and a lane with many cards splits into sub-columns, chosen so that the whole
    chain fits a landscape page at the largest possible scale.

    Returns:
        Lane boxes, card boxes (y measured from the top), total width and height.
    """
    per_kind = {k: sorted(theory.of_kind(k), key=lambda e: (e.y, e.sort_order))
                for k in ElementKind}
    heights = {e.id: _card_height(e) for e in theory.elements}
    splits = {k: 1 for k in COLUMNS}

    def measure() -> tuple[float, float, float]:
        width = sum(splits[k] * (CARD_W + CARD_GAP) - CARD_GAP + 2 * LANE_PAD + LANE_GAP
                    for k in COLUMNS) - LANE_GAP
        chain_h = LANE_HEAD + 40
        for k in COLUMNS:
            cards = per_kind[k]
            rows = -(-len(cards) // splits[k]) if cards else 0
            for c in range(splits[k]):
                col = cards[c * rows:(c + 1) * rows]
                chain_h = max(chain_h, LANE_HEAD + sum(heights[e.id] + CARD_GAP for e in col)
                              + LANE_PAD)
        ctx_cards = per_kind[ElementKind.CONTEXTFACTOR]
        per_row = max(1, int((width - 2 * LANE_PAD) // (CARD_W + CARD_GAP)))
        ctx_rows = -(-len(ctx_cards) // per_row) if ctx_cards else 0
        ctx_h = LANE_HEAD + max(ctx_rows * (max([heights[e.id] for e in ctx_cards] or [0])
                                            + CARD_GAP), 20) + LANE_PAD
        height = chain_h + LANE_GAP + ctx_h
        return min(TARGET[0] / width, TARGET[1] / height), chain_h, ctx_h

    best = measure()
    while True:
        tallest = max(COLUMNS, key=lambda k: len(per_kind[k]) / splits[k])
        if len(per_kind[tallest]) / splits[tallest] <= 2:
            break
        splits[tallest] += 1
        trial = measure()
        if trial[0] <= best[0]:
            splits[tallest] -= 1
            break
        best = trial
    _scale, chain_h, ctx_h = best
    lanes: dict[ElementKind, Box] = {}
    cards: dict[str, Box] = {}
    x = 0.0
    for k in COLUMNS:
        w = splits[k] * (CARD_W + CARD_GAP) - CARD_GAP + 2 * LANE_PAD
        lanes[k] = (x, 0.0, w, chain_h)
        items = per_kind[k]
        rows = -(-len(items) // splits[k]) if items else 0
        for c in range(splits[k]):
            y = LANE_HEAD
            for e in items[c * rows:(c + 1) * rows]:
                cards[e.id] = (x + LANE_PAD + c * (CARD_W + CARD_GAP), y, CARD_W, heights[e.id])
                y += heights[e.id] + CARD_GAP
        x += w + LANE_GAP
    width = x - LANE_GAP
    ctx_y = chain_h + LANE_GAP
    lanes[ElementKind.CONTEXTFACTOR] = (0.0, ctx_y, width, ctx_h)
    cx, cy = LANE_PAD, ctx_y + LANE_HEAD
    row_h = max([heights[e.id] for e in per_kind[ElementKind.CONTEXTFACTOR]] or [0])
    for e in per_kind[ElementKind.CONTEXTFACTOR]:
        if cx + CARD_W > width - LANE_PAD:
            cx, cy = LANE_PAD, cy + row_h + CARD_GAP
        cards[e.id] = (cx, cy, CARD_W, heights[e.id])
        cx += CARD_W + CARD_GAP
    return lanes, cards, width, ctx_y + ctx_h


def chain_drawing(theory: Theory) -> Drawing:
    """The chain on its lanes with every card and link (vector; y flipped for PDF)."""
    lanes, cards, width, height = chain_layout(theory)
    d = Drawing(width, height)

    def flip(y: float, h: float = 0.0) -> float:
        return height - y - h

    for kind, (lx, ly, lw, lh) in lanes.items():
        fill = gx.colors.HexColor("#f6f0fa") if kind is ElementKind.MECHANISME else (
            gx.colors.HexColor("#f4f4f4") if kind is ElementKind.CONTEXTFACTOR else gx.BAND)
        d.add(Rect(lx, flip(ly, lh), lw, lh, rx=5, ry=5, fillColor=fill,
                   strokeColor=gx.LINE, strokeWidth=0.8))
        for i, line in enumerate(gx.wrap_words(LANE_TITLES[kind], gx.BOLD, 9.5, lw - 10, 2)):
            d.add(gx.label(lx + lw / 2, flip(ly) - 12 - i * 11, line, size=9.5, bold=True,
                           colour=gx.ACCENT, anchor="middle"))
    by_id = theory.by_id()
    segments = []
    for link in theory.links:
        if link.source_id not in cards or link.target_id not in cards:
            continue
        sx, sy, sw, sh = cards[link.source_id]
        tx, ty, tw, th = cards[link.target_id]
        if by_id[link.source_id].kind is ElementKind.CONTEXTFACTOR:
            x1, y1, x2, y2 = sx + sw / 2, flip(sy), tx + tw / 2, flip(ty + th)
        elif tx >= sx + sw:
            x1, y1, x2, y2 = sx + sw, flip(sy + sh / 2), tx, flip(ty + th / 2)
        elif tx + tw <= sx:
            x1, y1, x2, y2 = sx, flip(sy + sh / 2), tx + tw, flip(ty + th / 2)
        else:
            x1, y1, x2, y2 = sx + sw / 2, flip(sy + sh), tx + tw / 2, flip(ty)
        segments.append((x1, y1, x2, y2))
    d.add(gx.arrows(segments, colour=gx.colors.HexColor("#8794a3"), width=0.6, head=4.5))
    for element in theory.elements:
        x, y, w, h = cards[element.id]
        fill = gx.colors.HexColor(KIND_FILL[element.kind])
        dash = None
        if element.kind in (ElementKind.MECHANISME, ElementKind.CONTEXTFACTOR):
            if element.polarity is Polarity.VERZWAKKEND:
                fill = gx.colors.HexColor("#f8dede")
            if element.influence is Influence.BUITEN:
                dash = [4, 2]
        d.add(gx.text_box(x, flip(y, h), w, h, element.title or "(zonder titel)", fill=fill,
                          stroke=gx.colors.HexColor("#8fa0b3"), size=CARD_FONT, radius=4,
                          dash=dash))
    return d


def quadrant_drawing(theory: Theory) -> Drawing:
    """The 2×2 quadrant: strengthening/weakening × inside/outside the project's influence."""
    items = [e for e in theory.elements
             if e.kind in (ElementKind.MECHANISME, ElementKind.CONTEXTFACTOR)]
    cell_w, head, side = 225.0, 22.0, 64.0
    lines: dict[tuple[Polarity, Influence], list[str]] = {}
    for e in items:
        key = (e.polarity or Polarity.VERSTERKEND, e.influence or Influence.BINNEN)
        mark = "◆ " if e.kind is ElementKind.CONTEXTFACTOR else "• "
        for i, line in enumerate(gx.wrap_words(e.title, gx.REGULAR, 7.2, cell_w - 24, 3)):
            lines.setdefault(key, []).append((mark if i == 0 else "   ") + line)
    row_h = {pol: 16 + max(3, *(len(lines.get((pol, inf), [])) for inf in Influence)) * 9.5
             for pol in Polarity}
    width, height = side + 2 * cell_w, head + sum(row_h.values()) + 16
    d = Drawing(width, height)
    fills = {Polarity.VERSTERKEND: gx.colors.HexColor("#e3f1e6"),
             Polarity.VERZWAKKEND: gx.colors.HexColor("#f8e1e0")}
    for ci, influence in enumerate(Influence):
        d.add(gx.label(side + ci * cell_w + cell_w / 2, height - 15,
                       INFLUENCE_LABELS[influence] + " van het project", size=8.5, bold=True,
                       anchor="middle"))
    top = height - head
    for polarity in Polarity:
        cell_h = row_h[polarity]
        y0 = top - cell_h
        top = y0
        for j, part in enumerate(("Impact-", POLARITY_LABELS[polarity][6:])):
            d.add(gx.label(side - 6, y0 + cell_h / 2 + 4 - j * 10, part, size=8, bold=True,
                           anchor="end"))
        for ci, influence in enumerate(Influence):
            x0 = side + ci * cell_w
            d.add(Rect(x0 + 2, y0 + 2, cell_w - 4, cell_h - 4, rx=4, ry=4,
                       fillColor=fills[polarity], strokeColor=gx.LINE))
            entries = lines.get((polarity, influence), []) or ["(geen)"]
            for k, text in enumerate(entries):
                d.add(gx.label(x0 + 10, y0 + cell_h - 16 - k * 9.5, text, size=7.2))
    d.add(gx.label(side, 2, "• mechanisme   ◆ contextfactor", size=7, colour=gx.MUTED))
    return d


def _details(e: Element, measured: tuple[str, ...] = ()) -> str:
    parts = [e.description] if e.description else []
    parts += [f"• {s}" for s in e.sub_items]
    if e.kind is ElementKind.DOEL:
        parts += [f"{'✓' if c.checked else '–'} {c.label}: {c.text}" for c in e.smart
                  if c.text]
        if e.horizon:
            parts.append(HORIZON_LABELS.get(e.horizon.value, ""))
    if e.handling:
        parts.append(f"Hoe we ermee omgaan: {e.handling}")
    if measured:
        parts.append(f"Gemeten met: {'; '.join(measured)}")
    return "\n".join(p for p in parts if p)


def _element_table(kind: ElementKind, elements: list[Element], theory: Theory) -> Table:
    if kind is ElementKind.ACTIVITEIT:  # grouped by category under their own headings
        return Table(["Activiteit", "Wie en hoe", "Toelichting"],
                     [[e.title, e.actor, _details(e, theory.measured_by(e.id))] for e in elements], widths=[3, 3, 4])
    if kind in (ElementKind.MECHANISME, ElementKind.CONTEXTFACTOR):
        return Table([KIND_HEADINGS[kind].split()[0].rstrip("s").capitalize()
                      if kind is ElementKind.CONTEXTFACTOR else "Mechanisme",
                      "Invloed op", "Werking", "Toelichting"],
                     [[e.title, CATEGORY_LABELS.get(e.category, "–") if e.category else "–",
                       " · ".join(x for x in (
                           POLARITY_LABELS.get(e.polarity, "") if e.polarity else "",
                           INFLUENCE_LABELS.get(e.influence, "") if e.influence else "") if x)
                       or "–", _details(e, theory.measured_by(e.id))] for e in elements],
                     widths=[3.2, 1.8, 2, 3.2])
    return Table([LANE_TITLES[kind] if kind is not ElementKind.DOEL else "Doel",
                  "Toelichting"],
                 [[e.title, _details(e, theory.measured_by(e.id))] for e in elements], widths=[1.2, 2])


def build(session: Session, ctx: SectionContext) -> list[Block]:
    """Chain diagram, elements per kind, the mechanism quadrant and the open check findings."""
    theory = theory_with_measures(session, ctx.project_id or "")
    if not theory.elements:
        return []
    counts = " · ".join(f"{KIND_HEADINGS[k]}: {len(theory.of_kind(k))}"
                        for k in (*COLUMNS, ElementKind.CONTEXTFACTOR) if theory.of_kind(k))
    blocks: list[Block] = [
        Heading("De impactketen", 2),
        Figure(chain_drawing(theory), landscape=True,
               caption="Impactketen: van doel en input via activiteiten, output en "
                       "mechanismen naar outcome en effect; onderaan de context. Gestippelde "
                       "rand: buiten de invloed van het project.",
               alt=f"Impactketen met {len(theory.elements)} onderdelen en "
                   f"{len(theory.links)} verbindingen; de onderdelen staan per soort in de "
                   "tabellen van dit hoofdstuk."),
        Paragraph("De beleidstheorie laat zien hoe de inzet (input en activiteiten) via output "
                  "en mechanismen van invloed leidt tot de beoogde outcome en het "
                  f"maatschappelijk effect. Onderdelen: {counts}. Verbindingen: "
                  f"{len(theory.links)}."),
    ]
    for kind in (*COLUMNS, ElementKind.CONTEXTFACTOR):
        elements = theory.of_kind(kind)
        if not elements:
            continue
        blocks.append(Heading(KIND_HEADINGS[kind], 2))
        if kind is ElementKind.ACTIVITEIT and any(e.category for e in elements):
            for category in (*(c for c in Category if any(e.category is c for e in elements)),
                             None):
                group = [e for e in elements if e.category is category]
                if group:
                    blocks.append(Heading(CATEGORY_LABELS[category] if category
                                          else "Overige activiteiten", 3))
                    blocks.append(_element_table(kind, group, theory))
        else:
            blocks.append(_element_table(kind, elements, theory))
    quadrant_items = [e for e in theory.elements
                      if e.kind in (ElementKind.MECHANISME, ElementKind.CONTEXTFACTOR)]
    if quadrant_items:
        blocks.append(Heading("Mechanismenkwadrant", 2))
        blocks.append(Figure(
            quadrant_drawing(theory),
            caption="Mechanismen en contextfactoren naar werking en invloed",
            alt="Kwadrant van impactversterkende en impactverzwakkende mechanismen en "
                "contextfactoren, binnen en buiten de invloed van het project."))
    findings = check_theory(theory)
    blocks.append(Heading("Controle: open punten", 2))
    if findings:
        blocks.append(Bullets([f.message for f in findings]))
    else:
        blocks.append(Paragraph("De controle vond geen open punten in de beleidstheorie."))
    return blocks


SECTION = SectionSpec(key="impact", title="Impact framework / beleidstheorie", scope="project",
                      order=40, build=build)

SECTIONS = (SECTION,)
