"""What the start imports: the first frame only the window's shell; "usable" only the region.

ZV Desk is started as the user starts it (``python -m zvdesk FILE``, a real process, offscreen)
with the benchmark marks on (``ZVDESK_BENCH_FIRST_PAINT``, see ``zvdesk/app.py``); at each mark
the process writes the names in ``sys.modules`` (``ZVDESK_BENCH_MODULES``). The timing itself is
in ``bench/startup.py``; these tests guard what makes it fast.
"""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.processes import REPO
from zvdesk.instruments import INSTRUMENTS
from zvdesk.ui.features import FEATURES

#: Heavy libraries that load when first needed (a report, a chart, a protected file, Excel).
HEAVY = ("reportlab", "docx", "pyqtgraph", "numpy", "cryptography", "pypdfium2", "openpyxl")
#: Modules of an instrument package that the tab registry may import: its SPECS (the
#: package itself) and its Dutch texts (titles). Window features live in instrument
#: packages too (FEATURES).
REGISTRY_PARTS = ("texts",)
FEATURE_MODULES = {entry.partition(":")[0] for entry in FEATURES}


def _registry_module(name: str) -> bool:
    """A module the tab registry needs: a package with SPECS (or a SPEC of a subpackage, as
    2.1's Communicatie), its texts, or a window feature."""
    if name in FEATURE_MODULES or name.rpartition(".")[2] in REGISTRY_PARTS:
        return True
    module = importlib.import_module(name)
    return hasattr(module, "__path__") and (hasattr(module, "SPECS") or hasattr(module, "SPEC"))


def _run(args: list[str], workdir: Path) -> list[dict]:
    """Starts ``zvdesk ARGS`` until it is usable; per mark its modules and window title."""
    modules_file = workdir / "modules.jsonl"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ZVDESK_BENCH_FIRST_PAINT="1",
               ZVDESK_BENCH_MODULES=str(modules_file),
               XDG_CONFIG_HOME=str(workdir / "config"), XDG_DATA_HOME=str(workdir / "data"))
    modules_file.unlink(missing_ok=True)
    result = subprocess.run([sys.executable, "-m", "zvdesk", *args], capture_output=True,
                            text=True, cwd=REPO, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["first-frame", "usable", "first-paint"], result.stderr
    return [json.loads(line) for line in modules_file.read_text("utf-8").splitlines()]


def _start(path: Path, workdir: Path) -> dict[str, list[str]]:
    """Starts ZV Desk on ``path`` until it is usable; the modules imported at each mark."""
    return {mark["mark"]: mark["modules"] for mark in _run([str(path)], workdir)}


@pytest.fixture(scope="module")
def started(example_master: Path, tmp_path_factory: pytest.TempPathFactory
            ) -> dict[str, list[str]]:
    """One start on a copy of the example region (in the run's folder: not read-only)."""
    workdir = tmp_path_factory.mktemp("start")
    example = workdir / "voorbeeld.zvdb"
    example.write_bytes(example_master.read_bytes())
    return _start(example, workdir)


def _top(name: str) -> str:
    return name.partition(".")[0]


def _instrument_part(name: str) -> tuple[str, str] | None:
    """(instrument key, module inside its UI package) for ``zvdesk.ui.instruments.<key>.<x>``."""
    parts = name.split(".")
    if parts[:3] != ["zvdesk", "ui", "instruments"] or len(parts) < 5:
        return None
    return parts[3], ".".join(parts[4:])


def test_the_first_frame_imports_only_the_windows_shell(started: dict[str, list[str]]) -> None:
    modules = started["first-frame"]
    not_needed = sorted(
        m for m in modules
        if _top(m) in ("sqlalchemy", *HEAVY)
        or m.startswith(("zvdesk.models", "zvdesk.reports", "zvdesk.ui.controller",
                         "zvdesk.ui.tasks", "zvdesk.ui.widgets.recordtable",
                         "zvdesk.ui.widgets.form", "zvdesk.ui.sharing.copydialog",
                         "zvdesk.ui.sharing.mergedialog", "zvdesk.ui.sharing.password",
                         "zvdesk.ui.report.dialog"))
        or (_instrument_part(m) is not None and not _registry_module(m)))
    assert not_needed == []
    assert "zvdesk.ui.mainwindow" in modules  # (the mark is the window's, not earlier)


def test_usable_imports_no_tab_report_or_heavy_library_not_on_screen(
        started: dict[str, list[str]]) -> None:
    """The region's first tab is on screen: no other tab, no report section, no template or
    example code, none of the heavy libraries."""
    modules = started["usable"]
    assert "zvdesk.ui.instruments.region.overview" in modules  # the tab on screen
    not_needed = sorted(
        m for m in modules
        if _top(m) in HEAVY
        or m.startswith(("zvdesk.reports", "zvdesk.ui.report.dialog",
                         "zvdesk.ui.sharing.copydialog", "zvdesk.ui.sharing.mergedialog"))
        or any(m.startswith(f"zvdesk.models.{key}.") and m.rpartition(".")[2]
               in ("example", "checks", "templates") for key in INSTRUMENTS)
        or m == "zvdesk.models.example"
        or (_instrument_part(m) not in (None, ("region", "overview"))
            and not _registry_module(m)))
    assert not_needed == []


def test_usable_reads_no_instrument_that_is_not_on_screen(started: dict[str, list[str]]
                                                          ) -> None:
    """The read models of the instruments (what their tabs and report sections read) wait
    until a tab is shown; the navigator's progress notes follow a moment after the start.
    (The one exception: the call-round reminder of §2.3 reads the meetings on opening.)"""
    modules = started["usable"]
    read = sorted(m for m in modules for key in INSTRUMENTS
                  if key not in ("region", "overleg") and m == f"zvdesk.models.{key}.read")
    assert read == []


def test_the_example_opens_after_the_first_frame_and_is_the_next_starts_last_file(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    """``zvdesk --example``: the shell first (its title alone), then the user's copy of the
    example; a start without a file opens the last file again."""
    workdir = tmp_path_factory.mktemp("example-start")
    first, usable = _run(["--example"], workdir)
    assert first["title"] == "ZV Desk"
    assert usable["title"] == "Voorbeeld Zaanstreek-Waterland.zvdb – ZV Desk"
    copies = list((workdir / "data").rglob("Voorbeeld Zaanstreek-Waterland.zvdb"))
    assert len(copies) == 1
    other = workdir / "eigen regio.zvdb"
    other.write_bytes(copies[0].read_bytes())
    _first, usable = _run([str(other)], workdir)
    assert usable["title"] == "eigen regio.zvdb – ZV Desk"
    _first, usable = _run([], workdir)
    assert usable["title"] == "eigen regio.zvdb – ZV Desk"  # the last file, not the example
