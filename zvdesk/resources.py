"""Locating the data files under ``resources/`` (help texts, catalogues, templates, example)."""

from __future__ import annotations

from pathlib import Path

_REPO_RESOURCES = Path(__file__).resolve().parent.parent / "resources"
_PACKAGED_RESOURCES = Path(__file__).resolve().parent / "_resources"


def resource_path(*parts: str) -> Path:
    """Returns the path of a resource file.

    In a source checkout the top-level ``resources/`` folder is used; an installed wheel
    carries the same files as ``zvdesk/_resources``.

    Args:
        *parts: Path components below ``resources/``.
    """
    base = _REPO_RESOURCES if _REPO_RESOURCES.is_dir() else _PACKAGED_RESOURCES
    return base.joinpath(*parts)
