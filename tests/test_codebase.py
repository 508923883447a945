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
    code = ("import sys, zvdesk.models.core.document, zvdesk.models.core.summary, zvdesk.models.example;"
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


def test_import_contracts_hold() -> None:
    """The layer contracts of pyproject.toml ([tool.importlinter]) hold."""
    linter = Path(sys.executable).parent / "lint-imports"
    if not linter.exists():
        pytest.fail("import-linter is not installed: `make test` installs the test extra")
    result = subprocess.run([str(linter), "--no-cache"], capture_output=True, text=True,
                            cwd=REPO)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]


def _contract_modules(name_start: str) -> set[str]:
    import tomllib

    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    contract = next(c for c in contracts if c["name"].startswith(name_start))
    return set(contract.get("modules") or contract.get("forbidden_modules"))


@pytest.mark.parametrize(("contract", "layer", "shared"), [
    ("The file core knows no instrument", "zvdesk.models", set()),
    ("Instrument models are independent", "zvdesk.models", {"region"}),
    ("Instrument tabs are independent", "zvdesk.ui.instruments", set()),
    ("Report sections are independent", "zvdesk.reports.sections", set()),
])
def test_contracts_name_every_instrument(contract: str, layer: str, shared: set[str]) -> None:
    """A new instrument in zvdesk/instruments.py must also be named in the contracts."""
    from zvdesk.instruments import INSTRUMENTS

    expected = {f"{layer}.{key}" for key in INSTRUMENTS if key not in shared}
    assert _contract_modules(contract) == expected


def test_models_folder_holds_only_the_core_and_instrument_packages() -> None:
    """No instrument file lies flat in zvdesk/models/: each instrument is one package."""
    from zvdesk.instruments import INSTRUMENTS

    models = PACKAGE / "models"
    flat = sorted(p.name for p in models.glob("*.py"))
    packages = sorted(p.name for p in models.iterdir()
                      if p.is_dir() and (p / "__init__.py").exists())
    assert flat == ["__init__.py", "example.py"]
    assert packages == sorted(["core", *INSTRUMENTS])


def test_every_instrument_has_its_package_pair() -> None:
    """Each instrument has a model package and a UI package with SPECS (its tabs)."""
    import importlib

    from zvdesk.instruments import INSTRUMENTS

    for key in INSTRUMENTS:
        assert (PACKAGE / "models" / key / "__init__.py").exists(), key
        ui = importlib.import_module(f"zvdesk.ui.instruments.{key}")
        assert ui.SPECS, key
