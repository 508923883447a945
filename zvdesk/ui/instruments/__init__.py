"""Instrument tabs: one subpackage each, listed here once (the registry reads this list)."""

from __future__ import annotations

INSTRUMENT_MODULES: tuple[str, ...] = (
    "region",
    "organisations",
    "people",
    "themes",
    "projects",
    "project",
    "impact",
    "cooperation",
    "steps",
    "stakeholders",
    "communication",
)
