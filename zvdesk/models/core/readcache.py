"""An opt-in cache for read-only sessions that ask the same question twice (a report).

A caller that only reads — the report engine — enables it on its session; read functions
that are costly (``theory_for_project``) then compute each answer once per session. Sessions
that write never enable it, so they never see a stale answer.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar

from sqlalchemy.orm import Session

T = TypeVar("T")
_KEY = "zvdesk.read_cache"


def enable(session: Session) -> None:
    """Marks a session as read-only for the rest of its life and gives it a cache."""
    session.info[_KEY] = {}


def cached(session: Session, key: Hashable, compute: Callable[[], T]) -> T:
    """Returns ``compute()``, remembered per key when the session has the cache enabled."""
    cache = session.info.get(_KEY)
    if cache is None:
        return compute()
    if key not in cache:
        cache[key] = compute()
    return cache[key]
