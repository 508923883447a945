"""Where the lanes and cards of a theory go: a pure function, shared by the canvas and reports.

The chain runs left to right in columns (Doel, Input, Activiteiten, Output, Mechanismen van
invloed, Directe outcome, Maatschappelijk effect: the mechanisms band sits between output and
outcome, where the Berenschot stappenplan draws it); the context band runs along the bottom
over the full width. A card's stored ``x, y`` are relative to its lane's content origin (below
the lane header); lanes grow to fit their cards, so every lane is at least as wide as its
widest card and the chain is as tall as its tallest column.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from zvdesk.models.impact.tables import Element, ElementKind

#: The columns of the chain, left to right.
COLUMNS = (ElementKind.DOEL, ElementKind.INPUT, ElementKind.ACTIVITEIT, ElementKind.OUTPUT,
           ElementKind.MECHANISME, ElementKind.DIRECTE_OUTCOME,
           ElementKind.MAATSCHAPPELIJK_EFFECT)
#: Lane headings (Dutch, shown on the canvas and in reports).
LANE_TITLES = {
    ElementKind.DOEL: "Doel",
    ElementKind.INPUT: "Input",
    ElementKind.ACTIVITEIT: "Activiteiten",
    ElementKind.OUTPUT: "Output",
    ElementKind.MECHANISME: "Mechanismen van invloed",
    ElementKind.DIRECTE_OUTCOME: "Directe outcome",
    ElementKind.MAATSCHAPPELIJK_EFFECT: "Maatschappelijk effect",
    ElementKind.CONTEXTFACTOR: "Context – buiten invloed van het project",
}

HEADER_H = 44.0
PAD = 14.0
GAP = 10.0
CARD_W = 210.0
CARD_MIN_H = 48.0
CARD_GAP = 12.0
LANE_MIN_W = CARD_W + 2 * PAD
CHAIN_MIN_H = 420.0
CONTEXT_MIN_H = 150.0

Rect = tuple[float, float, float, float]
Measure = Callable[[Element], float]


@dataclass
class Lane:
    """One lane (column) or band in scene coordinates."""

    kind: ElementKind
    title: str
    x: float
    y: float
    w: float
    h: float
    band: bool = False  # True for the mechanisms and context bands

    @property
    def origin(self) -> tuple[float, float]:
        """Where a card at relative (0, 0) sits: below the header, inside the padding."""
        return self.x + PAD, self.y + HEADER_H

    def contains(self, px: float, py: float) -> bool:
        """True when a point lies inside the lane."""
        return self.x <= px < self.x + self.w and self.y <= py < self.y + self.h


@dataclass
class Layout:
    """Lanes and absolute card rectangles of a theory."""

    lanes: dict[ElementKind, Lane] = field(default_factory=dict)
    cards: dict[str, Rect] = field(default_factory=dict)
    width: float = 0.0
    height: float = 0.0

    def lane_at(self, px: float, py: float) -> ElementKind:
        """Returns the lane a point falls in (clamped to the nearest lane outside them)."""
        context = self.lanes[ElementKind.CONTEXTFACTOR]
        if py >= context.y:
            return ElementKind.CONTEXTFACTOR
        for kind in COLUMNS:
            lane = self.lanes[kind]
            if px < lane.x + lane.w:
                return kind
        return COLUMNS[-1]

    def to_relative(self, kind: ElementKind, ax: float, ay: float) -> tuple[float, float]:
        """Converts an absolute card position to one relative to a lane (never negative)."""
        ox, oy = self.lanes[kind].origin
        return max(0.0, ax - ox), max(0.0, ay - oy)

    def to_absolute(self, kind: ElementKind, x: float, y: float) -> tuple[float, float]:
        """Converts a lane-relative card position to scene coordinates."""
        ox, oy = self.lanes[kind].origin
        return ox + x, oy + y


def estimate_height(element: Element, width: float = CARD_W) -> float:
    """A font-free estimate of a card's height (for reports; the canvas measures text)."""
    chars = max(12, int((width - 16) / 6.6))
    lines = sum(max(1, -(-len(part) // chars)) for part in (element.title or " ").split("\n"))
    sub_lines = sum(max(1, -(-len(s) // chars)) for s in element.sub_items)
    small_chars = max(12, int((width - 16) / 5.4))
    actor_lines = -(-len(element.actor) // small_chars) if element.actor else 0
    extra = 8.0 + 12.5 * actor_lines if actor_lines else 0.0
    return max(CARD_MIN_H, 34.0 + 16.0 * lines + 15.0 * sub_lines + extra)


def compute_layout(elements: Iterable[Element], measure: Measure | None = None) -> Layout:
    """Lays out lanes around the cards' stored positions.

    Args:
        elements: The theory's elements (``x, y`` relative to their lane, ``w`` their width).
        measure: Height of a card as drawn; defaults to the stored ``h`` or an estimate,
            whichever is larger.

    Returns:
        Lanes (columns grow to the widest card, the chain to the tallest column, the context
        band to its lowest card) and each card's absolute rectangle.
    """
    measure = measure or (lambda e: max(e.h, estimate_height(e, e.w)))
    by_kind: dict[ElementKind, list[tuple[Element, float]]] = {k: [] for k in ElementKind}
    for element in elements:
        by_kind[element.kind].append((element, measure(element)))
    shown_y = _resolve_overlaps(by_kind)
    layout = Layout()
    x = 0.0
    chain_h = CHAIN_MIN_H
    widths: dict[ElementKind, float] = {}
    for kind in COLUMNS:
        right = max((e.x + e.w for e, _ in by_kind[kind]), default=0.0)
        widths[kind] = max(LANE_MIN_W, right + 2 * PAD)
        bottom = max((shown_y[e.id] + h for e, h in by_kind[kind]), default=0.0)
        chain_h = max(chain_h, HEADER_H + bottom + PAD)
    for kind in COLUMNS:
        band = kind is ElementKind.MECHANISME
        layout.lanes[kind] = Lane(kind, LANE_TITLES[kind], x, 0.0, widths[kind], chain_h, band)
        x += widths[kind] + GAP
    total_w = x - GAP
    context_items = by_kind[ElementKind.CONTEXTFACTOR]
    context_right = max((e.x + e.w for e, _ in context_items), default=0.0) + 2 * PAD
    total_w = max(total_w, context_right)
    context_bottom = max((shown_y[e.id] + h for e, h in context_items), default=0.0)
    context_h = max(CONTEXT_MIN_H, HEADER_H + context_bottom + PAD)
    layout.lanes[ElementKind.CONTEXTFACTOR] = Lane(
        ElementKind.CONTEXTFACTOR, LANE_TITLES[ElementKind.CONTEXTFACTOR], 0.0,
        chain_h + GAP, total_w, context_h, True)
    layout.width = total_w
    layout.height = chain_h + GAP + context_h
    for kind, items in by_kind.items():
        for element, h in items:
            ax, ay = layout.to_absolute(kind, element.x, shown_y[element.id])
            layout.cards[element.id] = (ax, ay, element.w, h)
    return layout


def _resolve_overlaps(by_kind: dict[ElementKind, list[tuple[Element, float]]]
                      ) -> dict[str, float]:
    """Where each card is shown vertically: a card that grew pushes the cards below it down.

    Cards are taken top to bottom per lane; a card that would overlap one above it (both
    horizontally and vertically) is shown just below that one. Stored positions are not
    changed; the next move of a card stores where it is shown.
    """
    shown: dict[str, float] = {}
    for items in by_kind.values():
        placed: list[tuple[float, float, float, float]] = []  # x, y, w, h as shown
        for element, h in sorted(items, key=lambda eh: (eh[0].y, eh[0].x)):
            y = element.y
            moved = True
            while moved:
                moved = False
                for px, py, pw, ph in placed:
                    if (element.x < px + pw and px < element.x + element.w
                            and y < py + ph + CARD_GAP / 2 and py < y + h):
                        y = py + ph + CARD_GAP
                        moved = True
            shown[element.id] = y
            placed.append((element.x, y, element.w, h))
    return shown


def next_free_position(elements: Iterable[Element], kind: ElementKind,
                       measure: Measure | None = None) -> tuple[float, float]:
    """Where a new card of a kind goes: below the lowest card in its lane (relative)."""
    measure = measure or (lambda e: max(e.h, estimate_height(e, e.w)))
    if kind is ElementKind.CONTEXTFACTOR:
        right = max((e.x + e.w for e in elements if e.kind is kind), default=None)
        return (0.0 if right is None else right + CARD_GAP), 0.0
    bottom = max((e.y + measure(e) for e in elements if e.kind is kind), default=None)
    return 0.0, 0.0 if bottom is None else bottom + CARD_GAP


def stack_positions(heights: list[float], kind: ElementKind, start_y: float = 0.0,
                    start_x: float = 0.0) -> list[tuple[float, float]]:
    """Tidy positions for new cards in one lane: stacked down (context band: side by side)."""
    positions = []
    x, y = start_x, start_y
    for h in heights:
        positions.append((x, y))
        if kind is ElementKind.CONTEXTFACTOR:
            x += CARD_W + CARD_GAP
        else:
            y += h + CARD_GAP
    return positions
