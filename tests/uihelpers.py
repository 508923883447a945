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


def cell_reason(view) -> str:  # noqa: ANN001
    """The Dutch reason shown under a table's open cell editor ("" when none is shown)."""
    from zvdesk.ui.widgets.reason import ReasonLabel

    shown = [label.text() for label in view.viewport().findChildren(ReasonLabel)
             if label.isVisible()]
    return shown[0] if shown else ""


def open_cell_text(view) -> str | None:  # noqa: ANN001
    """The text in a table's open cell editor, or None when no editor is open."""
    from PySide6.QtWidgets import QAbstractItemView, QLineEdit

    if view.state() != QAbstractItemView.State.EditingState:
        return None
    editor = view.indexWidget(view.currentIndex())
    if editor is None:
        return None
    line = editor if isinstance(editor, QLineEdit) else editor.findChild(QLineEdit)
    return line.text() if line is not None else None
