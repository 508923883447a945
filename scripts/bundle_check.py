"""Builds the frozen one-folder ZV Desk (PyInstaller) and checks that it runs.

``make bundle-check``: builds ``dist/ZVDesk`` from packaging/zvdesk.spec with this venv's
PyInstaller, then runs the bundle OUTSIDE the repository with a private HOME and no PYTHONPATH:
``--version``, ``check`` on the shipped example, ``report`` to PDF and to Word (with pictures),
an encrypted copy that opens only with its password, the GUI to its first paint (offscreen), and
the folder's size (< 250 MiB). Prints the figures; exit code 1 when a check fails.

Usage: python scripts/bundle_check.py [--no-build] [--dist DIST]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
#: Largest folder accepted (issue 19). The Linux build carries its own X11, glib, ICU and CUPS
#: libraries (about 60 MiB) that a Windows build does not, and numpy for the charts.
MAX_MIB = 250
EXE = ".exe" if sys.platform == "win32" else ""


def build(dist: Path) -> float:
    """Runs PyInstaller; returns the seconds it took."""
    start = time.perf_counter()
    work = REPO / "build" / "pyinstaller"
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
                    "--distpath", str(dist), "--workpath", str(work),
                    str(REPO / "packaging" / "zvdesk.spec")], check=True, cwd=REPO)
    return time.perf_counter() - start


def folder_size(folder: Path) -> tuple[int, int]:
    """Bytes and number of files under a folder."""
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.lstat().st_size for p in files), len(files)


class Checker:
    """Runs the bundle's programs in a private folder and records what failed."""

    def __init__(self, bundle: Path, home: Path) -> None:
        self.bundle = bundle
        self.home = home
        self.failures: list[str] = []
        self.env = {k: v for k, v in os.environ.items()
                    if not k.startswith(("PYTHON", "VIRTUAL_ENV", "QT_"))}
        self.env.update(HOME=str(home), USERPROFILE=str(home), XDG_CONFIG_HOME=str(home / "cfg"),
                        XDG_DATA_HOME=str(home / "data"), XDG_RUNTIME_DIR=str(home / "run"),
                        TMPDIR=str(home / "tmp"), QT_QPA_PLATFORM="offscreen")
        for sub in ("cfg", "data", "run", "tmp"):
            (home / sub).mkdir(parents=True, exist_ok=True)
        (home / "run").chmod(0o700)

    def run(self, program: str, *args: str, timeout: float = 120,
            extra_env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
        exe = self.bundle / f"{program}{EXE}"
        env = dict(self.env, **(extra_env or {}))
        return subprocess.run([str(exe), *args], capture_output=True, text=True,
                              timeout=timeout, cwd=self.home, env=env, encoding="utf-8",
                              errors="replace")

    def expect(self, label: str, ok: bool, detail: str = "") -> None:
        print(f"{'ok  ' if ok else 'FOUT'} {label}" + (f" — {detail}" if detail else ""))
        if not ok:
            self.failures.append(label)


def run_checks(bundle: Path) -> list[str]:
    """Every check of the bundle; returns the labels of the failed ones."""
    from zvdesk import __version__

    home = Path(tempfile.mkdtemp(prefix="zvdesk-bundle-home-"))
    try:
        c = Checker(bundle, home)
        example = home / "voorbeeld.zvdb"
        shutil.copyfile(bundle / "_internal" / "zvdesk" / "_resources" / "example"
                        / "zaanstreek-waterland.zvdb", example)

        start = time.perf_counter()
        r = c.run("zvdesk-cli", "--version")
        cli_s = time.perf_counter() - start
        c.expect("zvdesk-cli --version", r.returncode == 0 and __version__ in r.stdout,
                 f"{r.stdout.strip() or r.stderr.strip()[-300:]} ({cli_s * 1000:.0f} ms)")

        r = c.run("zvdesk-cli", "check", str(example))
        c.expect("check op de voorbeeldregio", r.returncode == 0 and "Controle: in orde" in r.stdout,
                 r.stderr.strip()[-300:])

        pdf = home / "rapport.pdf"
        r = c.run("zvdesk-cli", "report", str(example), "-o", str(pdf))
        ok = r.returncode == 0 and pdf.exists() and pdf.read_bytes()[:5] == b"%PDF-"
        c.expect("rapport als PDF", ok,
                 f"{pdf.stat().st_size // 1024} KB" if pdf.exists() else r.stderr.strip()[-300:])

        docx = home / "rapport.docx"
        r = c.run("zvdesk-cli", "report", str(example), "-o", str(docx))
        pictures = 0
        if docx.exists():
            with zipfile.ZipFile(docx) as z:
                pictures = sum(1 for n in z.namelist() if n.startswith("word/media/"))
        c.expect("rapport als Word, met afbeeldingen", r.returncode == 0 and pictures > 0,
                 f"{pictures} afbeeldingen" if docx.exists() else r.stderr.strip()[-300:])

        secret = home / "wachtwoord.txt"
        secret.write_text("Geheim-voor-de-regio-2026\n", encoding="utf-8")
        wrong = home / "fout.txt"
        wrong.write_text("niet-het-wachtwoord\n", encoding="utf-8")
        protected = home / "beveiligd.zvdb"
        r = c.run("zvdesk-cli", "copy", str(example), "-o", str(protected),
                  "--password-file", str(secret))
        c.expect("beveiligde kopie maken", r.returncode == 0 and protected.exists(),
                 r.stderr.strip()[-300:])
        r_plain = c.run("zvdesk-cli", "check", str(protected))
        r_wrong = c.run("zvdesk-cli", "check", str(protected), "--password-file", str(wrong))
        r_right = c.run("zvdesk-cli", "check", str(protected), "--password-file", str(secret))
        c.expect("beveiligde kopie opent alleen met het wachtwoord",
                 r_plain.returncode != 0 and r_wrong.returncode != 0 and r_right.returncode == 0
                 and "Controle: in orde" in r_right.stdout
                 and "Traceback" not in r_plain.stderr + r_wrong.stderr,
                 f"zonder: {r_plain.returncode}, fout: {r_wrong.returncode}, "
                 f"goed: {r_right.returncode}")

        start = time.perf_counter()
        r = c.run("ZVDesk", str(example), extra_env={"ZVDESK_BENCH_FIRST_PAINT": "1"},
                  timeout=120)
        gui_s = time.perf_counter() - start
        c.expect("programma tot de eerste weergave (offscreen)",
                 r.returncode == 0 and "first-paint" in r.stdout,
                 f"{gui_s * 1000:.0f} ms" if r.returncode == 0 else r.stderr.strip()[-500:])

        size, files = folder_size(bundle)
        mib = size / 2**20
        c.expect(f"map kleiner dan {MAX_MIB} MiB", mib < MAX_MIB, f"{mib:.0f} MiB, {files} bestanden")
        return c.failures
    finally:
        shutil.rmtree(home, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-build", action="store_true", help="check an existing bundle")
    parser.add_argument("--dist", default=str(REPO / "dist"), help="where the bundle goes")
    args = parser.parse_args()
    dist = Path(args.dist)
    if not args.no_build:
        print(f"bundle gebouwd in {build(dist):.0f} s")
    failures = run_checks(dist / "ZVDesk")
    if failures:
        print(f"{len(failures)} controle(s) mislukt: {', '.join(failures)}")
        return 1
    print("bundel in orde")
    return 0


if __name__ == "__main__":
    sys.exit(main())
