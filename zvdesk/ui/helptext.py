"""Help texts of the instruments: ``resources/help/<key>.md`` with "Waarom?" and "Hoe doe je dit?"."""

from __future__ import annotations

from functools import cache

from zvdesk.resources import resource_path


@cache
def help_markdown(key: str) -> str:
    """Returns the Markdown help of an instrument (a short Dutch note when there is none)."""
    path = resource_path("help", f"{key}.md")
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return "## Waarom?\n\nVoor dit onderdeel is nog geen uitleg geschreven.\n"
