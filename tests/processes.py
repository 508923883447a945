"""Real second processes for the hostile tests: a ZV Desk that holds a file, then crashes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def start_python(script: str) -> subprocess.Popen[str]:
    """Starts a child Python running ``script``; it reports with lines on stdout."""
    code = f"import sys\nsys.path.insert(0, {str(REPO)!r})\n" + textwrap.dedent(script)
    return subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=REPO)


def hold_open(path: Path, password: str | None = None) -> tuple[subprocess.Popen[str], str]:
    """A second ZV Desk that opens ``path`` for writing and waits until it is killed.

    Returns:
        The process and the first line it printed (the plaintext working copy's path for a
        protected file, else ``open``).
    """
    if password is None:
        opener = f"""
            from zvdesk.models.core.document import Document
            doc = Document.open({str(path)!r})
            print("open", flush=True)
        """
    else:
        opener = f"""
            from zvdesk.models.core.sharing.container import open_encrypted
            doc = open_encrypted({str(path)!r}, {password!r})
            print(doc.encrypted.plain_path, flush=True)
        """
    proc = start_python(textwrap.dedent(opener) + "import time\ntime.sleep(300)\n")
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    if not line:
        proc.kill()
        raise AssertionError(proc.stderr.read() if proc.stderr else "child failed")
    return proc, line


def kill_9(proc: subprocess.Popen[str]) -> None:
    """Kills a child the hard way (no clean-up runs), as a crash or a power cut would."""
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    for stream in (proc.stdout, proc.stderr):
        if stream is not None:
            stream.close()


def zvdesk(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Runs the ``zvdesk`` command as the user would (``python -m zvdesk …``)."""
    return subprocess.run([sys.executable, "-m", "zvdesk", *args], capture_output=True,
                          text=True, cwd=REPO, timeout=timeout)
