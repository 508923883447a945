"""How a shared "initialen" copy treats each column: personal data by construction (AVG).

Every column of every table declares its treatment next to the column, in the model::

    name: Mapped[str] = mapped_column(String(200), default="", info={"share": Share.NAME})

The declaration lives in SQLAlchemy's ``Column.info`` (Python only: the SQL schema, and so the
released file format, does not change). A test asserts that no column lacks one, so a new
instrument cannot add a column that an initials copy would copy blindly. This module imports
nothing of the models, so every model module (and the ``Record`` base) can use it.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import Any

#: The key under ``Column.info`` that holds the column's :class:`Share`.
SHARE_KEY = "share"


class Share(enum.Enum):
    """What an initials copy does with a column.

    ``KEEP``
        Copied as is: ids, references, stamps, enums, numbers, dates, keys, organisation
        names, text the program writes itself.
    ``NAME``
        A person's name: reduced to initials.
    ``PLAYER``
        The free-text name of a player or participant, who may be a person or an
        organisation: a person's name is reduced to initials, an organisation keeps its name.
    ``TEXT``
        Free text that may mention people: scrubbed (every known person's name becomes
        initials, e-mail addresses and phone numbers are removed).
    ``FUNCTION``
        A person's function: scrubbed like ``TEXT``, and emptied when the user asks to blank
        functions (function + organisation can still identify someone).
    ``CONTACT``
        An e-mail address or phone number of a person: emptied.
    ``NOTE``
        A note or opinion about people: emptied (dropped).
    ``ROWS``
        Rows of other tables as JSON (a project version's ``payload``): every value inside
        is treated by its own column's declaration; what cannot be read is emptied.
    """

    KEEP = "keep"
    NAME = "name"
    PLAYER = "player"
    TEXT = "text"
    FUNCTION = "function"
    CONTACT = "contact"
    NOTE = "note"
    ROWS = "rows"


def share_info(share: Share) -> dict[str, Share]:
    """The ``info`` dict of a column with this treatment (``info=share_info(Share.TEXT)``)."""
    return {SHARE_KEY: share}


def column_share(column: Any) -> Share | None:  # noqa: ANN401 - a sqlalchemy Column
    """The declared treatment of a column, or None when it has none."""
    value = getattr(column, "info", {}).get(SHARE_KEY)
    return value if isinstance(value, Share) else None


def declarations(classes: Iterable[Any]) -> dict[str, dict[str, Share | None]]:  # noqa: ANN401
    """``kind -> column -> Share`` (None where undeclared) for these record classes."""
    return {cls.__tablename__: {c.name: column_share(c) for c in cls.__table__.columns}
            for cls in classes}


def undeclared(classes: Iterable[Any]) -> list[str]:  # noqa: ANN401
    """``"kind.column"`` of every column without a declaration (should be empty)."""
    return [f"{kind}.{col}" for kind, cols in declarations(classes).items()
            for col, share in cols.items() if share is None]


def columns_with(table: Any, *shares: Share) -> list[str]:  # noqa: ANN401 - a Table
    """Names of a table's columns declared with one of these treatments, in table order."""
    return [c.name for c in table.columns if column_share(c) in shares]


def holds_personal_data(table: Any) -> bool:  # noqa: ANN401 - a Table
    """True when a table has a person's name, contact details or notes about people."""
    return bool(columns_with(table, Share.NAME, Share.PLAYER, Share.CONTACT, Share.NOTE,
                             Share.ROWS))
