"""`zvdesk check` lists versions; `zvdesk report --version` reports from the version."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pypdf import PdfReader

from zvdesk.cli import main
from zvdesk.models.core.private import work_root


def test_check_lists_the_versions_per_project(example_path: Path, capsys) -> None:  # noqa: ANN001
    assert main(["check", str(example_path)]) == 0
    out = capsys.readouterr().out
    assert "versies: 1" in out
    assert ("Versie ‘Vastgesteld RBO 2026’ (vastgesteld door het RBO op 12-03-2026)" in out)


def test_report_from_a_version_names_it_on_the_cover_and_shows_the_old_state(
        example_path: Path, workdir: Path, capsys) -> None:  # noqa: ANN001
    conn = sqlite3.connect(example_path)
    try:
        changed = conn.execute("SELECT title FROM impact_element WHERE title LIKE "
                               "'%aangescherpt na de evaluatie%'").fetchone()[0]
    finally:
        conn.close()
    old = changed.removesuffix(" (aangescherpt na de evaluatie)")[:40]
    before = set(work_root().iterdir())
    out = workdir / "versie.pdf"
    assert main(["report", str(example_path), "-o", str(out), "--version",
                 "vastgesteld rbo 2026", "--instrument", "impact"]) == 0, capsys.readouterr()
    pages = [p.extract_text() for p in PdfReader(out).pages]
    cover = " ".join(pages[0].split())
    assert "Vastgesteld RBO 2026" in cover and "12-03-2026" in cover
    assert "Regiopilot" in cover
    text = " ".join(" ".join(pages).split())
    assert "aangescherpt na de evaluatie" not in text, "the report shows the version"
    assert " ".join(old.split()) in text
    assert set(work_root().iterdir()) == before, "the version's working copy is removed"


def test_report_of_an_unknown_version_is_one_dutch_line(example_path: Path, workdir: Path,
                                                        capsys) -> None:  # noqa: ANN001
    assert main(["report", str(example_path), "-o", str(workdir / "x.pdf"),
                 "--version", "Bestaat niet"]) == 2
    assert capsys.readouterr().err.strip() == "Fout: Er is geen versie ‘Bestaat niet’ in dit bestand."
