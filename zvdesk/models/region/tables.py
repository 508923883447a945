"""The region and what every instrument refers to: organisations, people, themes, projects."""

from __future__ import annotations

import enum
from datetime import date

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from zvdesk.models.core.base import Base, EnumText, ISODate, Record
from zvdesk.models.core.sharing.personal import Share


class Domain(enum.Enum):
    """The domain an organisation belongs to."""

    ZORG = "zorg"
    VEILIGHEID = "veiligheid"
    GEMEENTE = "gemeente"
    OVERIG = "overig"


class Level(enum.Enum):
    """The level at which a person works in the cooperation."""

    BESTUURLIJK = "bestuurlijk"
    TACTISCH = "tactisch"
    OPERATIONEEL = "operationeel"


class ProjectStatus(enum.Enum):
    """Where a project stands."""

    VERKENNING = "verkenning"
    LOPEND = "lopend"
    AFGEROND = "afgerond"
    GESTOPT = "gestopt"


class Region(Record, Base):
    """The region (or cooperation) a file is about; a file holds exactly one live region row."""

    __tablename__ = "region"
    __label__ = "regio"

    name: Mapped[str] = mapped_column(String(200), default="", info={"share": Share.KEEP})
    description: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})


class Municipality(Record, Base):
    """A municipality that takes part in the region."""

    __tablename__ = "municipality"
    __label__ = "gemeente"

    name: Mapped[str] = mapped_column(String(200), default="", info={"share": Share.KEEP})
    sort_order: Mapped[int] = mapped_column(default=0, info={"share": Share.KEEP})


class Organisation(Record, Base):
    """A partner organisation (ketenpartner) or municipality as an organisation."""

    __tablename__ = "organisation"
    __label__ = "organisatie"

    name: Mapped[str] = mapped_column(String(200), default="", info={"share": Share.KEEP})
    short_name: Mapped[str] = mapped_column(String(40), default="", info={"share": Share.KEEP})
    domain: Mapped[Domain] = mapped_column(EnumText(Domain), default=Domain.OVERIG,
                                           info={"share": Share.KEEP})
    description: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})


class Person(Record, Base):
    """A person in the region's network. Personal data under the AVG."""

    __tablename__ = "person"
    __label__ = "persoon"

    name: Mapped[str] = mapped_column(String(200), default="", info={"share": Share.NAME})
    initials: Mapped[str] = mapped_column(String(8), default="", info={"share": Share.KEEP})
    organisation_id: Mapped[str | None] = mapped_column(
        ForeignKey("organisation.id"), default=None,
        info={"share": Share.KEEP},
    )
    role: Mapped[str] = mapped_column(String(200), default="", info={"share": Share.FUNCTION})
    level: Mapped[Level | None] = mapped_column(EnumText(Level), default=None,
                                                info={"share": Share.KEEP})
    email: Mapped[str] = mapped_column(String(200), default="", info={"share": Share.CONTACT})
    phone: Mapped[str] = mapped_column(String(40), default="", info={"share": Share.CONTACT})
    notes: Mapped[str] = mapped_column(Text, default="", info={"share": Share.NOTE})

    __table_args__ = (Index("ix_person_organisation", "organisation_id"),)


class Theme(Record, Base):
    """A theme on the border of care and safety (verwarde personen, huiselijk geweld, …)."""

    __tablename__ = "theme"
    __label__ = "thema"

    name: Mapped[str] = mapped_column(String(200), default="", info={"share": Share.TEXT})
    description: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})


class Project(Record, Base):
    """A project of the region; the instruments record their work per project."""

    __tablename__ = "project"
    __label__ = "project"

    name: Mapped[str] = mapped_column(String(200), default="", info={"share": Share.TEXT})
    description: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})
    status: Mapped[ProjectStatus] = mapped_column(
        EnumText(ProjectStatus), default=ProjectStatus.VERKENNING,
        info={"share": Share.KEEP},
    )
    lead_person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), default=None,
                                                       info={"share": Share.KEEP})
    start_date: Mapped[date | None] = mapped_column(ISODate, default=None,
                                                    info={"share": Share.KEEP})
    end_date: Mapped[date | None] = mapped_column(ISODate, default=None, info={"share": Share.KEEP})
    sort_order: Mapped[int] = mapped_column(default=0, info={"share": Share.KEEP})


class ProjectTheme(Record, Base):
    """That a project works on a theme (a row of its own, so it merges like any other)."""

    __tablename__ = "project_theme"
    __label__ = "projectthema"

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), info={"share": Share.KEEP})
    theme_id: Mapped[str] = mapped_column(ForeignKey("theme.id"), info={"share": Share.KEEP})

    __table_args__ = (Index("ix_project_theme_project", "project_id"),)


class ProjectParticipant(Record, Base):
    """Who takes part in a project: one list used by every instrument that asks who takes part.

    A participant is a person and/or an organisation of the region, or only a free-text name
    for someone not in the file. The instruments keep their own attributes (an ambition in the
    stappenplan, an intake in 1.4) in their tables, which refer to this row by
    ``participant_id``; adding a participant in one instrument shows it in the others.
    """

    __tablename__ = "project_participant"
    __label__ = "deelnemer"

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), info={"share": Share.KEEP})
    person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), default=None,
                                                  info={"share": Share.KEEP})
    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisation.id"),
                                                        default=None, info={"share": Share.KEEP})
    #: Only for someone not in the file (a person's name is a personal datum: PLAYER).
    name: Mapped[str] = mapped_column(String(200), default="", info={"share": Share.PLAYER})
    #: The role or function in the project.
    role: Mapped[str] = mapped_column(String(200), default="", info={"share": Share.FUNCTION})
    sort_order: Mapped[int] = mapped_column(default=0, info={"share": Share.KEEP})

    __table_args__ = (Index("ix_project_participant_project", "project_id"),)


# Validators, delete hooks and the summary register when the tables are loaded.
from zvdesk.models.region import ops as _ops  # noqa: E402, F401
from zvdesk.models.region import read as _read  # noqa: E402, F401
