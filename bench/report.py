"""Benchmark: the full report of the large region (< 5 s) and of the regiopilot (< 1 s).

Usage: PYTHONPATH=. .venv/bin/python bench/report.py [--sections] [LARGE.zvdb]

Without an argument the large region is made with the lead's ``bench/make_large.py`` when it
exists, else here: the example region plus projects up to 20, 2,000 chain items and 1,000
stakeholders (using the instruments' bench helpers). Each report is made three times; the
median counts. Prints figures (wall-clock and the process's CPU time: the machine is shared,
so the CPU seconds show the work when other sessions load it); the last line is the headline
with the targets. ``--sections`` first prints, per report section of the large region, the
seconds to read it and to render it alone as PDF and as Word.
"""

from __future__ import annotations

import importlib.util
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from zvdesk.models.core.document import Document
from zvdesk.models.example import build_example
from zvdesk.models.region.ops import live_projects
from zvdesk.reports.data import ReportOptions
from zvdesk.reports.engine import build_report, find_project, render

ROOT = Path(__file__).resolve().parent.parent
RUNS = 3



def _outside_temp() -> str:
    """A work folder in the repository: ZV Desk opens files under the temp folder read-only."""
    folder = Path(__file__).resolve().parent.parent.joinpath("bench", "out")
    folder.mkdir(parents=True, exist_ok=True)
    return str(folder)

def _load(name: str):  # noqa: ANN202
    path = ROOT / "bench" / f"{name}.py"
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location(f"bench_{name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def make_large(folder: Path) -> Path:
    """Builds (or lets bench/make_large.py build) the large region."""
    target = folder / "groot.zvdb"
    if (ROOT / "bench" / "make_large.py").exists():
        subprocess.run([sys.executable, str(ROOT / "bench" / "make_large.py"), str(target)],
                       check=True, cwd=ROOT, env={"PYTHONPATH": str(ROOT)})
        return target
    from zvdesk.models.region.tables import Project, ProjectStatus

    build_example(target)
    doc = Document.open(target)

    def fill(session) -> None:  # noqa: ANN001
        for i in range(18):
            session.add(Project(name=f"Benchproject {i + 1:02d}", status=ProjectStatus.LOPEND,
                                start_date=date(2024 + i % 3, 1 + i % 12, 1), sort_order=10 + i))
        session.flush()
        ids = [p.id for p in live_projects(session)]
        impact = _load("large_impact")
        if impact:
            impact.add_large_impact(session, ids, 2000)
        stakeholders = _load("large_stakeholders")
        if stakeholders:
            stakeholders.add_large_stakeholders(session, ids, 1000)

    doc.write(fill)
    doc.close()
    return target


def timed(document: Document, options: ReportOptions, out: Path,
          runs: int = RUNS) -> tuple[float, float, int, float]:
    """Median seconds of reading + rendering, the median read part alone, the file size and
    the median CPU seconds (all threads of the process) of reading + rendering."""
    totals, reads, cpus = [], [], []
    for _ in range(runs):
        start, cpu = time.perf_counter(), time.process_time()
        data = build_report(document, options)
        read = time.perf_counter() - start
        render(data, out)
        totals.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
        reads.append(read)
    return (statistics.median(totals), statistics.median(reads), out.stat().st_size,
            statistics.median(cpus))


def per_section(document: Document, folder: Path) -> None:
    """Prints, per section, reading and rendering it alone (one run each)."""
    from zvdesk.reports.sections import section_keys

    print(f"{'onderdeel':16s} {'lezen':>7s} {'pdf':>7s} {'word':>7s}  (s, elk alleen)")
    for key in section_keys():
        options = ReportOptions(instruments=(key,))
        start = time.perf_counter()
        data = build_report(document, options)
        read = time.perf_counter() - start
        spent = []
        for fmt in ("pdf", "docx"):
            start = time.perf_counter()
            render(data, folder / f"onderdeel-{key}.{fmt}")
            spent.append(time.perf_counter() - start)
        print(f"{key:16s} {read:7.2f} {spent[0]:7.2f} {spent[1]:7.2f}")


def main(argv: list[str]) -> int:
    """Runs the benchmark and prints the figures."""
    folder = Path(tempfile.mkdtemp(prefix="zvdesk-bench-report-", dir=_outside_temp())) / "map"
    folder.mkdir()
    sections = "--sections" in argv
    argv = [a for a in argv if a != "--sections"]
    large = Path(argv[0]) if argv else make_large(folder)
    example = build_example(folder / "voorbeeld.zvdb")
    results, cpus = {}, {}
    for label, path in (("groot", large), ("voorbeeld", example)):
        doc = Document.open(path, read_only=True)
        try:
            if label == "voorbeeld":
                options = ReportOptions(project_id=find_project(doc, "Regiopilot Zorg + "
                                                                     "Veiligheid"))
            else:
                options = ReportOptions()
            build_report(doc, options)  # warm-up: imports, fonts
            if sections and label == "groot":
                per_section(doc, folder)
            for fmt in ("pdf", "docx"):
                total, read, size, cpu = timed(doc, options, folder / f"{label}.{fmt}")
                results[(label, fmt)] = total
                cpus[(label, fmt)] = cpu
                pages = ""
                if fmt == "pdf":
                    from pypdf import PdfReader

                    pages = f", {len(PdfReader(str(folder / f'{label}.pdf')).pages)} pagina's"
                print(f"{label:9s} {fmt:4s}: {total:6.2f} s (lezen {read:.2f} s; cpu "
                      f"{cpu:.2f} s), {size / 1024:,.0f} kB{pages}")
        finally:
            doc.close()
    large_worst = max(results[("groot", "pdf")], results[("groot", "docx")])
    pilot_worst = max(results[("voorbeeld", "pdf")], results[("voorbeeld", "docx")])
    print(f"report large {results[('groot', 'pdf')]:.2f} s pdf / "
          f"{results[('groot', 'docx')]:.2f} s docx (target < 5 s); regiopilot "
          f"{results[('voorbeeld', 'pdf')]:.2f} s pdf / {results[('voorbeeld', 'docx')]:.2f} s "
          f"docx (target < 1 s); cpu large {cpus[('groot', 'pdf')]:.2f} / "
          f"{cpus[('groot', 'docx')]:.2f} s, ratio large/regiopilot "
          f"{large_worst / max(pilot_worst, 1e-6):.0f}× — "
          f"{'OK' if large_worst < 5 and pilot_worst < 1 else 'TE TRAAG'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
