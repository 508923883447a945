"""The Qt user interface of ZV Desk. Imports the models; the models never import this."""

from __future__ import annotations

import sys as _sys


def _pyside_version() -> str:
    import PySide6

    return str(getattr(PySide6, "__version__", "6.12"))


if (_sys.version_info < (3, 12) and _sys.implementation.name == "cpython"
        and _pyside_version().startswith("6.12")):
    # pyproject.toml excludes 6.12; this guards an environment that has it anyway.
    # PySide6 6.12 returns None from void methods (setPos, lineTo, …) without a new reference,
    # as if None were immortal (it is only from Python 3.12). On 3.11 every such call lowers
    # None's reference count until Python aborts ("none_dealloc"). Give None a count that no
    # session can use up, which is what 3.12 does for every build.
    import ctypes as _ctypes

    _ctypes.c_ssize_t.from_address(id(None)).value += 1 << 48
