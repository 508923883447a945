"""Benchmark: the full report of the large region (< 5 s) and of the regiopilot (< 1 s).

Usage: PYTHONPATH=. .venv/bin/python bench/report.py [LARGE.zvdb]

Without an argument the large region is made with the lead's ``bench/make_large.py`` when it
exists, else here: the example region plus projects up to 20, 2,000 chain items and 1,000
stakeholders (using the instruments' bench helpers). Each report is made three times; the
median counts. Prints figures; the last line is the headline with the targets.
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


def timed(document: Document, options: ReportOptions, out: Path) -> tuple[float, float, int]:
    """Median seconds of reading + rendering, the median read part alone, and the file size."""
    totals, reads = [], []
    for _ in range(RUNS):
        start = time.perf_counter()
        data = build_report(document, options)
        read = time.perf_counter() - start
        render(data, out)
        totals.append(time.perf_counter() - start)
        reads.append(read)
    return statistics.median(totals), statistics.median(reads), out.stat().st_size


def main(argv: list[str]) -> int:
    """Runs the benchmark and prints the figures."""
    folder = Path(tempfile.mkdtemp(prefix="zvdesk-bench-report-", dir=_outside_temp())) / "map"
    folder.mkdir()
    large = Path(argv[0]) if argv else make_large(folder)
    example = build_example(folder / "voorbeeld.zvdb")
    results = {}
    for label, path in (("groot", large), ("voorbeeld", example)):
        doc = Document.open(path, read_only=True)
        try:
            if label == "voorbeeld":
                options = ReportOptions(project_id=find_project(doc, "Regiopilot Zorg + "
                                                                     "Veiligheid"))
            else:
                options = ReportOptions()
            build_report(doc, options)  # warm-up: imports, fonts
            for fmt in ("pdf", "docx"):
                total, read, size = timed(doc, options, folder / f"{label}.{fmt}")
                results[(label, fmt)] = total
                pages = ""
                if fmt == "pdf":
                    from pypdf import PdfReader

                    pages = f", {len(PdfReader(str(folder / f'{label}.pdf')).pages)} pagina's"
                print(f"{label:9s} {fmt:4s}: {total:6.2f} s (lezen {read:.2f} s), "
                      f"{size / 1024:,.0f} kB{pages}")
        finally:
            doc.close()
    large_worst = max(results[("groot", "pdf")], results[("groot", "docx")])
    pilot_worst = max(results[("voorbeeld", "pdf")], results[("voorbeeld", "docx")])
    print(f"report large {results[('groot', 'pdf')]:.2f} s pdf / "
          f"{results[('groot', 'docx')]:.2f} s docx (target < 5 s); regiopilot "
          f"{results[('voorbeeld', 'pdf')]:.2f} s pdf / {results[('voorbeeld', 'docx')]:.2f} s "
          f"docx (target < 1 s) — {'OK' if large_worst < 5 and pilot_worst < 1 else 'TE TRAAG'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
