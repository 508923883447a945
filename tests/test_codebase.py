"""Rules of the codebase: one-way layers, small modules, lint."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "zvdesk"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


@pytest.mark.parametrize("layer", ["models", "reports"])
def test_lower_layers_never_import_qt_or_ui(layer: str) -> None:
    folder = PACKAGE / layer
    if not folder.exists():
        pytest.skip(f"zvdesk/{layer} does not exist yet")
    offenders = []
    for path in folder.rglob("*.py"):
        for name in _imports(path):
            if name.startswith(("PySide6", "zvdesk.ui", "pyqtgraph", "shiboken6")):
                offenders.append(f"{path.relative_to(REPO)} imports {name}")
    assert offenders == []


def test_models_import_without_qt_loaded() -> None:
    code = ("import sys, zvdesk.models.document, zvdesk.models.summary, zvdesk.models.example;"
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=REPO)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_modules_stay_small() -> None:
    big = [f"{p.relative_to(REPO)} ({n} regels)" for p in PACKAGE.rglob("*.py")
           if (n := len(p.read_text(encoding="utf-8").splitlines())) > 700]
    assert big == []


def test_ruff_is_clean() -> None:
    ruff = shutil.which("ruff") or str(Path(sys.executable).parent / "ruff")
    if not Path(ruff).exists():
        pytest.skip("ruff not installed")
    result = subprocess.run([ruff, "check", "zvdesk", "tests", "bench", "scripts"],
                            capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0, result.stdout + result.stderr
