"""Personal names as the file core needs them (initials for share copies and tokens)."""

from __future__ import annotations

import re


def suggest_initials(name: str) -> str:
    """Makes initials from a name: 'Jan de Vries' → 'JdV', 'Fatima el Amrani' → 'FeA'."""
    parts = [p for p in re.split(r"[\s\-]+", name.strip()) if p]
    return "".join(p[0] for p in parts)[:8]
