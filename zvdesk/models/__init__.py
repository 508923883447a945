"""The document model of ZV Desk: no Qt in here (a test asserts it)."""

from __future__ import annotations

# Load every model module before any other: instrument model modules import ops/summary,
# which import schema; starting from schema keeps that cycle from meeting a half-made module.
from zvdesk.models.core import schema as _schema  # noqa: E402, F401
