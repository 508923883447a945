"""Renders every tab of the example region offscreen into PNGs (``make screenshots``).

Two window sizes: 1440 × 900 into OUTDIR, and 1280 × 720 (a 1080p laptop at 150 %) into
OUTDIR/1280x720. Look at both.

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
from zvdesk.models.region.ops import live_projects  # noqa: E402


def main(outdir: str) -> int:
    """Writes one PNG per tab (and per extra state an instrument declares)."""
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    from zvdesk.app import make_application

    app = make_application(sys.argv[:1])  # as the app starts: Qt's own texts in Dutch
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
    written = tab_shots(app, window, out, project_id, instruments_for)
    small = out / "1280x720"
    small.mkdir(exist_ok=True)
    window.resize(1280, 720)
    written += [f"1280x720/{n}" for n in tab_shots(app, window, small, project_id,
                                                    instruments_for)]
    window.resize(1440, 900)
    written += dialog_shots(app, window, out, work)  # last: it edits the example
    window.close()
    print("\n".join(written))
    return 0


def tab_shots(app: QApplication, window, out: Path, project_id: str,  # noqa: ANN001
              instruments_for) -> list[str]:  # noqa: ANN001
    """One PNG per tab and per extra state, at the window's current size."""
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
    return written


def _settle(app: QApplication, until=lambda: True, seconds: float = 15.0) -> None:  # noqa: ANN001
    """Processes events until ``until()`` holds (work off the GUI thread reports back)."""
    import time

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        if until():
            break
        time.sleep(0.02)
    for _ in range(3):
        app.processEvents()


def dialog_shots(app: QApplication, window, out: Path, work: Path) -> list[str]:  # noqa: ANN001
    """The dialogs of the Bestand menu: report (with its preview), share copy, merge."""
    import shutil

    from zvdesk.models.core import ops
    from zvdesk.models.core.document import Document
    from zvdesk.models.region.ops import get_region
    from zvdesk.ui.report import open_report_dialog
    from zvdesk.ui.sharing.copydialog import CopyDialog
    from zvdesk.ui.sharing.mergedialog import MergeDialog

    written = []
    with window.controller.session() as s:
        project_id = live_projects(s)[0].id
    window.show_target(project_id, "project")
    dialog = open_report_dialog(window)
    dialog.resize(1200, 860)
    _settle(app, seconds=0.3)
    if not dialog.preview.page_labels:
        dialog.make_preview()
    _settle(app, lambda: bool(dialog.preview.page_labels))
    dialog.grab().save(str(out / "dialog-rapport.png"))
    written.append("dialog-rapport.png")
    dialog.close()

    copy = CopyDialog(window.controller, window)
    copy.initials.setChecked(True)
    copy.show()
    _settle(app, seconds=0.3)
    copy.grab().save(str(out / "dialog-kopie-delen.png"))
    written.append("dialog-kopie-delen.png")
    copy.close()

    # A colleague's copy with one change of their own and one conflicting change.
    theirs = work / "collega.zvdb"
    shutil.copyfile(window.controller.document.path, theirs)
    other = Document.open(theirs)
    with other.session() as s:
        region_id = get_region(s).id
    other.write(lambda s: ops.update_record(s, "region", region_id, {
        "description": "Tekst van de collega in Purmerend."}))
    other.write(lambda s: ops.create_record(s, "theme", {"name": "Ondermijning"}))
    other.close()
    window.controller.execute("Omschrijving wijzigen", lambda s: ops.update_record(
        s, "region", region_id, {"description": "Mijn eigen tekst in Zaanstad."}))
    merge = MergeDialog(window.controller, theirs, parent=window)
    merge.show()
    _settle(app, lambda: merge.plan is not None)
    merge.grab().save(str(out / "dialog-samenvoegen.png"))
    written.append("dialog-samenvoegen.png")
    merge.close()
    return written


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
