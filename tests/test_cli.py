"""The ``zvdesk`` command: check, version, errors — one Dutch line and exit 2, never a traceback."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from zvdesk import __version__

REPO = Path(__file__).resolve().parent.parent


def zvdesk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "zvdesk", *args], capture_output=True,
                          text=True, cwd=REPO, timeout=120)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_version() -> None:
    result = zvdesk("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"ZV Desk {__version__}"


def test_check_summarises_example_without_changing_it(example_path: Path) -> None:
    before = _digest(example_path)
    mtime = example_path.stat().st_mtime_ns
    result = zvdesk("check", str(example_path))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Controle: in orde" in out
    assert "Regio: Zaanstreek-Waterland" in out
    assert "Gemeenten (7): Zaanstad, Purmerend" in out
    assert "Personen: 16" in out
    assert "Projecten: 2" in out
    assert "- Regiopilot Zorg + Veiligheid" in out
    assert "    thema's: 4" in out
    assert _digest(example_path) == before
    assert example_path.stat().st_mtime_ns == mtime
    assert sorted(p.name for p in example_path.parent.iterdir()) == [example_path.name]


@pytest.mark.parametrize(("content", "expected"), [
    (b"", "leeg (0 bytes)"),
    (b"PK\x03\x04 zip of zo" * 20, "geen ZV Desk-bestand"),
])
def test_check_refuses_bad_files_with_one_dutch_line(workdir: Path, content: bytes,
                                                      expected: str) -> None:
    bad = workdir / "bijlage.zvdb"
    bad.write_bytes(content)
    result = zvdesk("check", str(bad))
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Fout: ")
    assert expected in lines[0]
    assert "Traceback" not in result.stderr
    assert bad.read_bytes() == content


def test_check_missing_file_and_folder(workdir: Path) -> None:
    result = zvdesk("check", str(workdir / "bestaat-niet.zvdb"))
    assert result.returncode == 2 and "bestaat niet" in result.stderr
    result = zvdesk("check", str(workdir))
    assert result.returncode == 2 and "een map" in result.stderr


def test_usage_errors_are_dutch() -> None:
    result = zvdesk("check")
    assert result.returncode == 2
    assert "deze gegevens ontbreken" in result.stderr
    assert "Traceback" not in result.stderr
    result = zvdesk("--onzin")
    assert result.returncode == 2
    assert "onbekende argumenten" in result.stderr


@pytest.mark.parametrize("args", [["--help"], ["check", "--help"]])
def test_help_is_dutch(args: list[str]) -> None:
    result = zvdesk(*args)
    assert result.returncode == 0
    assert result.stdout.startswith("gebruik: zvdesk")
    for english in ("usage:", "positional arguments", "options:", "show this help"):
        assert english not in result.stdout
