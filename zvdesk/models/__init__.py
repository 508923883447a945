"""The document model of ZV Desk: no Qt in here (a test asserts it)."""

from __future__ import annotations
