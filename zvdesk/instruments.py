"""The one list of instruments. Every layer derives its registry from it.

An instrument ``<key>`` is a package pair with the same module names in every instrument:

- ``zvdesk/models/<key>/`` (no Qt): ``tables.py`` (the mapped records; required when the
  instrument stores anything), ``ops.py`` (model functions that write), ``read.py`` (read
  models for screens and reports), ``checks.py`` (findings that point at gaps),
  ``example.py`` (``populate_example(session, ctx)``: its part of the example region).
  Further modules of its own are fine (``layout.py``, ``templates.py``, ``geometry.py``).
- ``zvdesk/ui/instruments/<key>/``: ``__init__.py`` with ``SPECS`` (its tabs; light: the
  widgets are imported inside the factories), then ``tab.py`` / ``widget.py`` and ``texts.py``.
- ``zvdesk/reports/sections/<key>.py`` (optional): ``SECTIONS``, its report sections.

Adding an instrument is that package pair (plus its report section) and one line here.
The order is the order of the example's content; tab and report order come from the specs.
"""

from __future__ import annotations

import importlib.util
from types import ModuleType

#: Every instrument, by key. "region" comes first: the others refer to its records.
INSTRUMENTS: tuple[str, ...] = (
    "region",
    "probleemscan",
    "werkproces",
    "impact",
    "steps",
    "stakeholders",
    "cooperation",
    "dilemmaschuif",
    "meelopen",
    "overleg",
    "escalatie",
    "werkvormen",
    "regioplan",
    "timing",
    "monitoring",
)


def instrument_modules(layer: str, module: str = "") -> list[str]:
    """The dotted names of one module of every instrument that has it, in list order.

    Args:
        layer: The package of the layer, e.g. "zvdesk.models" or "zvdesk.reports.sections".
        module: The module inside each instrument's package ("tables", "example"); empty for
            the instrument's package (or module) itself.
    """
    names = []
    for key in INSTRUMENTS:
        name = f"{layer}.{key}" + (f".{module}" if module else "")
        if importlib.util.find_spec(name) is not None:
            names.append(name)
    return names


def import_instrument_modules(layer: str, module: str = "") -> list[ModuleType]:
    """Imports :func:`instrument_modules` and returns the modules."""
    return [importlib.import_module(name) for name in instrument_modules(layer, module)]
