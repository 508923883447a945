"""The ``report_settings`` record: defaults for the cover of every report of a file.

Listed in :data:`zvdesk.models.core.schema.MODEL_MODULES`. Imports only the model base, so the
schema can load it without loading the rest of the report engine.
"""

from __future__ import annotations

from sqlalchemy import LargeBinary, String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from zvdesk.models.core.base import Base, Record
from zvdesk.models.core.images import logo_problem
from zvdesk.models.core.sharing.personal import Share

#: Largest logo accepted, in bytes (the file travels by mail).
MAX_LOGO_BYTES = 2_000_000


class ReportSettings(Record, Base):
    """Cover defaults: organisation, author and an optional logo (PNG or JPEG bytes)."""

    __tablename__ = "report_settings"
    __label__ = "rapportinstelling"

    organisation: Mapped[str] = mapped_column(String(200), default="", info={"share": Share.KEEP})
    author: Mapped[str] = mapped_column(String(200), default="", info={"share": Share.NAME})
    logo: Mapped[bytes | None] = mapped_column(LargeBinary, default=None,
                                               info={"share": Share.KEEP})
    logo_name: Mapped[str] = mapped_column(String(200), default="", info={"share": Share.TEXT})


def get_report_settings(session: Session) -> ReportSettings | None:
    """Returns the file's live report settings (the oldest live row), or None."""
    return session.scalars(
        select(ReportSettings).where(ReportSettings.deleted_at.is_(None))
        .order_by(ReportSettings.created_at)
    ).first()


def set_report_settings(session: Session, **values: object) -> str:
    """Model function: stores cover defaults (creating the row when the file has none).

    Args:
        session: Session inside :meth:`Document.write`.
        **values: ``organisation``, ``author``, ``logo``, ``logo_name``.

    Returns:
        The id of the settings row.
    """
    from zvdesk.models.core.errors import ValidationError

    logo = values.get("logo")
    if isinstance(logo, bytes | bytearray) and len(logo) > MAX_LOGO_BYTES:
        raise ValidationError("Het logo is te groot: hoogstens 2 MB.")
    if isinstance(logo, bytes | bytearray):
        # Measured from the header, never decoded: a small file can hold a huge image.
        problem = logo_problem(bytes(logo))
        if problem:
            raise ValidationError(problem)
    row = get_report_settings(session)
    if row is None:
        row = ReportSettings()
        session.add(row)
    for key, value in values.items():
        if key not in {"organisation", "author", "logo", "logo_name"}:
            raise KeyError(key)
        setattr(row, key, value)
    session.flush()
    return row.id
