"""The two tables of project versions.

A version (``project_version``) names the moment a project was adopted (by the college, the
raad, the RBO …). Its rows (``project_version_row``) are the project's rows of every
instrument table at that moment, plus the region rows they refer to (people, organisations,
themes, meetings), so that a report from the version shows the same names.

Compact: a version stores a row's values (JSON) only when they differ from its base version
(``base_version_id``, the project's previous version when it was recorded); an unchanged row
stores ``payload`` NULL and is read from the base. The base is named explicitly, so two copies
that each recorded a version, merged, still reconstruct each version exactly.

A version is immutable: nothing edits it after recording (undoing the recording is the only
way it goes). Listed in :data:`zvdesk.models.core.schema.CORE_MODEL_MODULES`.
"""

from __future__ import annotations

import enum
from datetime import date

from sqlalchemy import Boolean, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from zvdesk.models.core.base import Base, EnumText, ISODate, Record
from zvdesk.models.core.sharing.personal import Share


class AdoptedBy(enum.Enum):
    """Who adopted a version (stable string values)."""

    COLLEGE = "college"
    RAAD = "raad"
    RBO = "rbo"
    OTHER = "other"


#: Dutch names of :class:`AdoptedBy`, as in "vastgesteld door het RBO".
ADOPTED_BY_LABELS: dict[AdoptedBy, str] = {
    AdoptedBy.COLLEGE: "het college",
    AdoptedBy.RAAD: "de raad",
    AdoptedBy.RBO: "het RBO",
    AdoptedBy.OTHER: "anders",
}


class ProjectVersion(Record, Base):
    """A named, dated version of one project."""

    __tablename__ = "project_version"
    __label__ = "versie"
    __table_args__ = (Index("ix_project_version_project", "project_id"),)

    project_id: Mapped[str] = mapped_column(String(36), ForeignKey("project.id"), nullable=False,
                                            info={"share": Share.KEEP})
    base_version_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("project_version.id"), default=None, info={"share": Share.KEEP})
    name: Mapped[str] = mapped_column(String(200), default="", nullable=False,
                                      info={"share": Share.TEXT})
    adopted_on: Mapped[date | None] = mapped_column(ISODate, default=None,
                                                    info={"share": Share.KEEP})
    adopted_by: Mapped[AdoptedBy] = mapped_column(EnumText(AdoptedBy), default=AdoptedBy.OTHER,
                                                  nullable=False, info={"share": Share.KEEP})
    #: Who adopted it in words ("het portefeuillehoudersoverleg"), or more precisely.
    adopted_by_text: Mapped[str] = mapped_column(String(200), default="", nullable=False,
                                                 info={"share": Share.TEXT})
    note: Mapped[str] = mapped_column(Text, default="", nullable=False,
                                      info={"share": Share.TEXT})


class ProjectVersionRow(Record, Base):
    """One row of one table as it was in a version (or NULL: as in the base version)."""

    __tablename__ = "project_version_row"
    __label__ = "versieregel"
    __table_args__ = (Index("ix_project_version_row_version", "version_id"),)

    version_id: Mapped[str] = mapped_column(String(36), ForeignKey("project_version.id"),
                                            nullable=False, info={"share": Share.KEEP})
    #: The table (the record kind) the row belongs to.
    kind: Mapped[str] = mapped_column(String(40), nullable=False, info={"share": Share.KEEP})
    row_id: Mapped[str] = mapped_column(String(36), nullable=False, info={"share": Share.KEEP})
    #: True for a region row the project refers to (kept beside, never removed on opening).
    region: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False,
                                         info={"share": Share.KEEP})
    #: The row's column values as JSON; NULL when they equal the base version's. An initials
    #: copy treats each value inside by its own column's declaration (``Share.ROWS``).
    payload: Mapped[str | None] = mapped_column(Text, default=None, info={"share": Share.ROWS})
