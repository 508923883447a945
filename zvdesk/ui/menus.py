"""Menu extensions: features outside the instrument tabs add their menu entries here.

Each module listed in :data:`MENU_MODULES` has ``install(window)`` that adds actions to the
window's menus (``window.file_menu``, ``window.edit_menu``, ``window.view_menu``) and may
keep references on the window. One line per feature (reports, sharing, …).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from zvdesk.ui.mainwindow import MainWindow

MENU_MODULES: tuple[str, ...] = (
    "zvdesk.ui.report",
    "zvdesk.ui.sharing",
    "zvdesk.ui.instruments.region.importing",
)


def install_all(window: MainWindow) -> None:
    """Lets every listed feature add its menu entries."""
    for name in MENU_MODULES:
        importlib.import_module(name).install(window)
