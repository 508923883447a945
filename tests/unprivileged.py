"""Running a child Python without the power to write everywhere (root ignores chmod)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def run_unprivileged(script: str) -> subprocess.CompletedProcess[str]:
    """Runs Python code in a child that obeys file permissions; skips where that is impossible.

    As root the child runs under ``setpriv --bounding-set=-all``, which drops every capability
    (so read-only folders are really read-only); as another user it runs as is.
    """
    prefix: list[str] = []
    if sys.platform != "win32" and os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv to drop privileges")
        prefix = [setpriv, "--bounding-set=-all", "--"]
    code = f"import sys\nsys.path.insert(0, {str(REPO)!r})\n" + textwrap.dedent(script)
    return subprocess.run([*prefix, sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)
