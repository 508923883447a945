"""Geometry of the circle map in unit coordinates (pure functions; canvas and PDF share them).

The project sits in a disc around (0, 0). Around it lie the bands of ring 1 (directe invloed)
and ring 2 (indirecte invloed); beyond the third circle lies "buiten" up to radius 1. ``y``
grows downwards, as on screen; a PDF flips it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from zvdesk.models.stakeholders.tables import Ring

#: Radius of the project disc in the centre (the first of the three circles).
CENTRE_RADIUS = 0.2
#: (inner, outer) radius of each ring's band.
RING_BANDS: dict[Ring, tuple[float, float]] = {
    Ring.DIRECT: (CENTRE_RADIUS, 0.56),
    Ring.INDIRECT: (0.56, 0.86),
    Ring.OUTSIDE: (0.86, 1.0),
}
#: Radius of a player's token.
TOKEN_RADIUS = 0.06
#: The radii of the three circles to draw (project, ring 1, ring 2).
CIRCLE_RADII: tuple[float, float, float] = (CENTRE_RADIUS, RING_BANDS[Ring.DIRECT][1],
                                            RING_BANDS[Ring.INDIRECT][1])
_GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))


@dataclass(frozen=True)
class Placement:
    """Where a token ends up: its ring and its (snapped) unit position."""

    ring: Ring
    x: float
    y: float


def ring_at(radius: float) -> Ring:
    """The ring whose band holds this distance from the centre (the centre counts as ring 1)."""
    if radius < RING_BANDS[Ring.DIRECT][1]:
        return Ring.DIRECT
    if radius < RING_BANDS[Ring.INDIRECT][1]:
        return Ring.INDIRECT
    return Ring.OUTSIDE


def _clamp_radius(ring: Ring, radius: float) -> float:
    inner, outer = RING_BANDS[ring]
    margin = min(TOKEN_RADIUS, (outer - inner) / 2)
    return min(max(radius, inner + margin), outer - margin)


def snap(x: float, y: float, ring: Ring | None = None) -> Placement:
    """Snaps a dropped position into a ring: the token lies wholly inside the band.

    Args:
        x: Unit x of the drop.
        y: Unit y of the drop.
        ring: Force this ring (keyboard moves); by default the ring under the point.
    """
    radius = math.hypot(x, y)
    target = ring or ring_at(radius)
    angle = math.atan2(y, x) if radius > 1e-9 else -math.pi / 2
    r = _clamp_radius(target, radius)
    return Placement(target, round(r * math.cos(angle), 6), round(r * math.sin(angle), 6))


def band_middle(ring: Ring) -> float:
    """The radius halfway across a ring's band."""
    inner, outer = RING_BANDS[ring]
    return (inner + outer) / 2


def default_position(ring: Ring, index: int) -> tuple[float, float]:
    """A spot for the ``index``-th new player of a ring.

    Spread by the golden angle around the circle; the first few sit halfway across the band,
    later ones move in and out across it (a van der Corput sequence), so that a ring with
    many players does not stack them on one circle.
    """
    angle = -math.pi / 2 + index * _GOLDEN_ANGLE
    inner, outer = RING_BANDS[ring]
    margin = min(TOKEN_RADIUS, (outer - inner) / 2)
    if index < 8:
        r = band_middle(ring)
    else:
        r = inner + margin + _van_der_corput(index) * (outer - inner - 2 * margin)
    return round(r * math.cos(angle), 6), round(r * math.sin(angle), 6)


def _van_der_corput(n: int) -> float:
    """The n-th number of the base-2 van der Corput sequence in [0, 1)."""
    value, denominator = 0.0, 1.0
    while n:
        n, remainder = divmod(n, 2)
        denominator *= 2
        value += remainder / denominator
    return value


def move_to_ring(x: float, y: float, ring: Ring) -> Placement:
    """Moves a token radially into another ring, keeping its angle."""
    radius = math.hypot(x, y)
    angle = math.atan2(y, x) if radius > 1e-9 else -math.pi / 2
    r = band_middle(ring)
    return Placement(ring, round(r * math.cos(angle), 6), round(r * math.sin(angle), 6))


def nudge(x: float, y: float, dx: float, dy: float, ring: Ring) -> Placement:
    """Moves a token by a small step and keeps it in its ring (keyboard arrows)."""
    return snap(x + dx, y + dy, ring)


def arrow_ends(x1: float, y1: float, x2: float, y2: float, gap: float = 0.005
               ) -> tuple[tuple[float, float], tuple[float, float]] | None:
    """Where a relation arrow between two token centres starts and ends (on the token edges).

    Returns:
        ((start x, start y), (tip x, tip y)) in unit coordinates, or None when the tokens
        overlap and no arrow can be drawn.
    """
    dx, dy = x2 - x1, y2 - y1
    length = math.hypot(dx, dy)
    trim = TOKEN_RADIUS + gap
    if length <= 2 * trim:
        return None
    ux, uy = dx / length, dy / length
    return (x1 + ux * trim, y1 + uy * trim), (x2 - ux * trim, y2 - uy * trim)


def to_scene(x: float, y: float, scale: float) -> tuple[float, float]:
    """Unit coordinates to scene/page coordinates with the centre at (0, 0)."""
    return x * scale, y * scale


def distance_to_segment(px: float, py: float, ax: float, ay: float, bx: float,
                         by: float) -> float:
    """Distance from a point to the segment a–b (map units)."""
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length2))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))
