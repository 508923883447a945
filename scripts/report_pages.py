"""Writes the example's regiopilot report (PDF and Word) and PNGs of its pages.

Usage: python scripts/report_pages.py [OUTDIR]   (default docs/screenshots)

Writes OUTDIR/report-regiopilot.pdf and .docx and, where ``pdftoppm`` (poppler-utils) is
installed, OUTDIR/report-NN.png for every page, to look at what the council will read.
Without pdftoppm the pages are rasterised with pypdfium2 instead.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from zvdesk.models.core.document import Document
from zvdesk.models.example import build_example
from zvdesk.reports.data import ReportOptions
from zvdesk.reports.engine import find_project, generate


def _outside_temp() -> str:
    """A work folder in the repository: ZV Desk opens files under the temp folder read-only."""
    folder = Path(__file__).resolve().parent.parent.joinpath("build")
    folder.mkdir(parents=True, exist_ok=True)
    return str(folder)

def main(outdir: str) -> int:
    """Builds the example, writes the report and its page images; prints what it wrote."""
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="zvdesk-report-pages-", dir=_outside_temp())) / "map"
    work.mkdir()
    path = build_example(work / "Zaanstreek-Waterland.zvdb")
    doc = Document.open(path, read_only=True)
    try:
        options = ReportOptions(project_id=find_project(doc, "Regiopilot Zorg + Veiligheid"),
                                version="0.9", author="Peter Kramer",
                                organisation="Gemeente Zaanstad",
                                report_date=date(2026, 11, 22))
        pdf = generate(doc, options, out / "report-regiopilot.pdf")
        docx = generate(doc, options, out / "report-regiopilot.docx")
    finally:
        doc.close()
    for old in out.glob("report-[0-9]*.png"):
        old.unlink()
    written = [pdf.name, docx.name]
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-r", "80", "-png", str(pdf), str(out / "report")],
                       check=True)
    else:
        from zvdesk.reports.raster import pdf_page_images

        for i, image in enumerate(pdf_page_images(pdf.read_bytes(), dpi=80), start=1):
            image.save(out / f"report-{i:02d}.png")
    written += sorted(p.name for p in out.glob("report-[0-9]*.png"))
    print("\n".join(written))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
