"""Renders every tab of the example region offscreen into PNGs (``make screenshots``).

Usage: python scripts/screenshots.py OUTDIR
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from zvdesk.models.example import build_example  # noqa: E402
from zvdesk.models.region import live_projects  # noqa: E402


def main(outdir: str) -> int:
    """Writes one PNG per tab (and per extra state an instrument declares)."""
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    work = Path(tempfile.mkdtemp(prefix="zvdesk-shots-")) / "map"
    work.mkdir()
    QCoreApplication.setOrganizationName("ZV Desk Screenshots")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work.parent))
    from zvdesk.ui.mainwindow import MainWindow
    from zvdesk.ui.registry import instruments_for

    path = build_example(work / "Zaanstreek-Waterland.zvdb")
    window = MainWindow()
    window.resize(1440, 900)
    window.show()
    window.open_path(path)
    with window.controller.session() as s:
        project_id = live_projects(s)[0].id
    written = []
    for scope, pid in (("region", None), ("project", project_id)):
        for spec in instruments_for(scope):
            window.show_target(pid, spec.key)
            for _ in range(3):
                app.processEvents()
            name = f"{scope}-{spec.key}.png"
            window.grab().save(str(out / name))
            written.append(name)
            widget = window.workspace.widget_for(spec.key)
            for state, prepare in spec.screenshots.items():
                prepare(widget)
                for _ in range(3):
                    app.processEvents()
                name = f"{scope}-{spec.key}-{state}.png"
                window.grab().save(str(out / name))
                written.append(name)
    window.close()
    print("\n".join(written))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
