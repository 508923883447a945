"""Killing the app mid-edit loses at most the edit in flight; the file opens intact."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from zvdesk.models.core import ops
from zvdesk.models.core.document import Document
from zvdesk.models.core.summary import summarize
from zvdesk.models.region.ops import get_region

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(sys.platform == "win32", reason="uses SIGKILL")
@pytest.mark.parametrize("edits_before_kill", [5, 40])
def test_kill_mid_edit_keeps_every_finished_edit(example_path: Path, tmp_path: Path,
                                                 edits_before_kill: int) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path),
           "XDG_DATA_HOME": str(tmp_path), "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen([sys.executable, str(REPO / "tests" / "apps" / "edit_loop.py"),
                             str(example_path)], stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    last = 0
    for line in proc.stdout:
        last = int(line.split()[1])
        if last >= edits_before_kill:
            break
    proc.send_signal(signal.SIGKILL)  # no chance to clean up: as a crash or power loss
    proc.wait(timeout=30)
    assert last >= edits_before_kill

    assert "Controle: in orde" in summarize(example_path)  # not damaged
    # The lock of the dead process is stale and can be taken over.
    from zvdesk.models.core.errors import FileLocked

    with pytest.raises(FileLocked) as info:
        Document.open(example_path)
    assert info.value.stale
    doc = Document.open(example_path, take_over_lock=True)
    try:
        with doc.session() as s:
            name = get_region(s).name
            themes = {t.name for t in ops.list_live(s, "theme")}
        done = int(name.split()[-1])
        assert done in (last, last + 1)  # at most the edit in flight is missing
        assert {f"Thema {i}" for i in range(1, last + 1)} <= themes
    finally:
        doc.close()
    assert not Path(f"{example_path}-journal").exists()
