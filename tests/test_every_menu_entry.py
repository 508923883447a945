"""Every menu entry, triggered as the user triggers it, on the example region: none may
raise. (The merge entry once crashed for every user while its dialog had tests.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget

from zvdesk.models.region.tables import Project
from zvdesk.ui import dialogs

#: Entries that end the program or the document; triggered last, on their own.
LAST = ("Afsluiten", "Sluiten")


def _entries(window) -> list[tuple[str, QAction]]:  # noqa: ANN001
    found = []

    def walk(menu, path: str) -> None:  # noqa: ANN001
        for action in menu.actions():
            if action.isSeparator():
                continue
            text = f"{path} → {action.text().replace('&', '').split(chr(9))[0]}"
            if action.menu() is not None:
                walk(action.menu(), text)
            else:
                found.append((text, action))

    for top in window.menuBar().actions():
        if top.menu() is not None:
            top.menu().aboutToShow.emit()  # as when the user opens the menu
            walk(top.menu(), top.text().replace("&", ""))
    return found


@pytest.fixture
def quiet_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every question is answered 'Annuleren', every file dialog cancelled; modal dialogs
    return at once. Returns the titles of what was asked."""
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda _p, title, *_a, **_k: asked.append(title)
                        or False)
    monkeypatch.setattr(dialogs, "choose", lambda _p, title, *_a, **_k: asked.append(title))
    for name in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(
            lambda *_a, **_k: asked.append("bestand") or ("", "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *_a, **_k: ""))
    monkeypatch.setattr(QDialog, "exec", lambda self: asked.append(self.windowTitle()) or 0)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: asked.append(self.text()) or 0)
    return asked


@pytest.mark.parametrize("where", ["region", "project"])
def test_every_menu_entry_runs_without_error(qtbot, window, example_path: Path,  # noqa: ANN001
                                             quiet_dialogs, where: str) -> None:
    assert window.open_path(example_path)
    if where == "project":
        with window.controller.session() as s:
            project_id = s.query(Project).first().id
        window.show_target(project_id, "impact")
    entries = _entries(window)
    assert len(entries) >= 10, [t for t, _a in entries]
    triggered = []
    for text, action in entries:
        if text.split(" → ")[-1].startswith(LAST) or not action.isEnabled():
            continue
        action.trigger()  # pytest-qt fails the test on an exception in a slot
        qtbot.wait(5)
        for widget in QApplication.topLevelWidgets():  # close what the entry opened
            if isinstance(widget, QWidget) and widget is not window and widget.isVisible():
                widget.close()
        triggered.append(text)
        assert window.controller is not None, f"{text} closed the document"
    assert any("Samenvoegen" in t for t in triggered), triggered
    assert any("Rapport" in t for t in triggered), triggered
