"""What an operation touched: the payload of the document's one change notice."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass
class Changes:
    """Kinds and ids touched by one operation.

    Attributes:
        ids: Record ids per kind (table name), e.g. ``{"person": {"…uuid…"}}``.
        everything: True after an operation that may have touched anything (open, merge);
            listeners then reload all they show.
    """

    ids: dict[str, set[str]] = field(default_factory=dict)
    everything: bool = False

    @classmethod
    def all(cls) -> Changes:
        """Returns a notice that everything may have changed."""
        return cls(everything=True)

    @classmethod
    def of(cls, kind: str, ids: Iterable[str]) -> Changes:
        """Returns a notice for some records of one kind."""
        return cls({kind: set(ids)})

    def add(self, kind: str, record_id: str) -> None:
        """Records that a record was touched."""
        self.ids.setdefault(kind, set()).add(record_id)

    def update(self, other: Changes) -> None:
        """Adds what another notice holds."""
        self.everything = self.everything or other.everything
        for kind, ids in other.ids.items():
            self.ids.setdefault(kind, set()).update(ids)

    def touches(self, *kinds: str) -> bool:
        """True when any of these kinds (or everything) changed."""
        return self.everything or any(k in self.ids for k in kinds)

    def __bool__(self) -> bool:
        return self.everything or any(self.ids.values())
