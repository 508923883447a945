"""Starts ZV Desk, opens a file, goes through every tab and makes a report, watching sockets.

Prints one line per internet socket that was created (Python audit hook) or is open at the
end (every fd of this process checked against /proc/net/{tcp,tcp6,udp,udp6}), then "klaar".
Usage: python tests/apps/offline_probe.py FILE OUTDIR
"""

from __future__ import annotations

import os
import socket
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
seen: list[str] = []


def _audit(event: str, args: tuple) -> None:
    if event == "socket.__new__" and len(args) > 1 and args[1] in (socket.AF_INET,
                                                                    socket.AF_INET6):
        seen.append(f"python socket {args}")
    if event in ("socket.connect", "socket.getaddrinfo", "urllib.Request"):
        seen.append(f"{event} {args[1:] if event == 'socket.connect' else args}")


sys.addaudithook(_audit)

from pathlib import Path  # noqa: E402

from PySide6.QtWidgets import QApplication  # noqa: E402

from zvdesk.app import make_application  # noqa: E402
from zvdesk.cli import COMMANDS, main  # noqa: E402
from zvdesk.models.region.ops import live_projects  # noqa: E402
from zvdesk.ui.mainwindow import MainWindow  # noqa: E402
from zvdesk.ui.registry import instruments  # noqa: E402


def inet_socket_inodes() -> set[str]:
    """Inodes of every internet socket on the machine (Linux)."""
    inodes: set[str] = set()
    for name in ("tcp", "tcp6", "udp", "udp6"):
        path = Path("/proc/net") / name
        if path.exists():
            for line in path.read_text().splitlines()[1:]:
                parts = line.split()
                if len(parts) > 9:
                    inodes.add(parts[9])
    return inodes


app = make_application()
window = MainWindow()
window.show()
assert window.open_path(sys.argv[1])
with window.controller.session() as s:
    project = live_projects(s)[0].id
for spec in instruments():
    window.show_target(project if spec.scope == "project" else None, spec.key)
    QApplication.processEvents()
if "report" in COMMANDS:
    window.set_document(None)
    main(["report", sys.argv[1], "-o", str(Path(sys.argv[2]) / "rapport.pdf")])
QApplication.processEvents()
inet = inet_socket_inodes()
for fd in Path("/proc/self/fd").iterdir():
    try:
        target = os.readlink(fd)
    except OSError:
        continue
    if target.startswith("socket:[") and target[8:-1] in inet:
        seen.append(f"open internet socket fd {fd.name}")
for item in seen:
    print(f"NETWERK: {item}")
print("klaar", flush=True)
