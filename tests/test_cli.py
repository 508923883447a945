"""The ``zvdesk`` command: check, version, errors — one Dutch line and exit 2, never a traceback."""

from __future__ import annotations

import hashlib
import os
import stat
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


# -- hostile: a reader that goes away, and messages that name the cause ----------------------


def test_closed_pipe_ends_quietly(example_path: Path) -> None:
    """The reader is gone before anything is written (``zvdesk check F | head -0``)."""
    for args in (["check", str(example_path)], ["--help"], ["copy", "--help"]):
        proc = subprocess.Popen([sys.executable, "-m", "zvdesk", *args],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO)
        proc.stdout.close()
        err = proc.stderr.read().decode()
        proc.stderr.close()
        assert proc.wait(timeout=120) in (0, 141), args
        assert err == "", err


@pytest.mark.skipif(sys.platform == "win32", reason="uses a POSIX shell pipeline")
def test_check_into_head_prints_one_line_and_no_traceback(example_path: Path) -> None:
    script = f"'{sys.executable}' -m zvdesk check '{example_path}' | head -1"
    result = subprocess.run(["sh", "-c", script], capture_output=True, text=True, cwd=REPO,
                            timeout=120)
    assert len(result.stdout.splitlines()) == 1
    assert result.stdout.startswith("Bestand: zaanstreek-waterland.zvdb")
    assert result.stderr == ""


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and device links are POSIX")
def test_a_target_that_is_not_a_regular_file_is_refused(example_path: Path,
                                                        workdir: Path) -> None:
    """Found the hard way: as root, ``merge -o /dev/null`` replaced the system's /dev/null.

    Tested only through harmless names in the test folder (a link to a device, a FIFO):
    were the guard broken, the link or the FIFO would be replaced, never the device.
    """
    device = workdir / "apparaat.zvdb"
    device.symlink_to(os.devnull)
    fifo = workdir / "pijp.zvdb"
    os.mkfifo(fifo)
    for target in (device, fifo):
        for args in (("copy", str(example_path)),
                     ("merge", str(example_path), str(example_path), "--prefer", "mine")):
            result = zvdesk(*args, "-o", str(target))
            assert result.returncode == 2, result.stderr
            assert "geen gewoon bestand" in result.stderr
    assert device.is_symlink() and stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_copy_into_a_missing_folder_names_the_folder(example_path: Path,
                                                     workdir: Path) -> None:
    missing = workdir / "bestaat-niet"
    result = zvdesk("copy", str(example_path), "-o", str(missing / "k.zvdb"))
    assert result.returncode == 2
    assert f"de map ‘{missing}’ bestaat niet" in result.stderr
    assert "onbekende fout" not in result.stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
def test_write_failure_reasons_name_the_cause(workdir: Path) -> None:
    import errno

    from zvdesk.models.core.errors import TargetRefused, write_failure_reason

    with pytest.raises(OSError) as full:  # a real full disk, as the kernel reports it
        with open("/dev/full", "wb") as fh:
            fh.write(b"x" * 10)
            fh.flush()
    assert write_failure_reason(full.value) == "de schijf is vol"
    with pytest.raises(OSError) as missing:
        (workdir / "weg" / "k.zvdb").write_bytes(b"x")
    assert write_failure_reason(missing.value, workdir / "weg" / "k.zvdb") == (
        f"de map ‘{workdir / 'weg'}’ bestaat niet")
    for code in (errno.EACCES, errno.EPERM):
        assert write_failure_reason(OSError(code, "x")) == "geen toestemming om daar te schrijven"
    assert "in gebruik" in write_failure_reason(OSError(errno.EBUSY, "x"))
    assert write_failure_reason(TargetRefused("‘a’ is in gebruik.")) == "‘a’ is in gebruik"
    import sqlite3

    assert write_failure_reason(sqlite3.OperationalError("database or disk is full")) == (
        "de schijf is vol")
