"""Helpers the instruments' UI tests share: a project's id, what is on disk, undo by menu."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QApplication

from zvdesk.models.region.ops import live_projects


def project_id(window, name: str) -> str:  # noqa: ANN001
    """The id of the open region's live project with this name."""
    with window.controller.session() as s:
        return next(p.id for p in live_projects(s) if p.name == name)


def on_disk(path: Path, sql: str, *args: object) -> list[tuple]:
    """Rows of a query on the file itself, through a fresh read-only connection."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def undo_by_menu(window) -> None:  # noqa: ANN001
    """Bewerken → Ongedaan maken, as the user chooses it."""
    assert window.undo_action in window.edit_menu.actions()
    window.undo_action.trigger()
    QApplication.processEvents()
