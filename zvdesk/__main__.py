"""Allows ``python -m zvdesk``."""

from __future__ import annotations

from zvdesk.cli import main

raise SystemExit(main())
