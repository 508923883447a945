"""Monitoring (toolbox "Waarom bestuurlijk samenwerken"; stappenplan step 5): the records.

Per project the file keeps its indicators — taken from the toolbox's catalogue of cost,
quality and vulnerability examples (``resources/monitoring/indicators.json``) or added — each
with its method, unit, baseline and target, the chain element of the impact framework (1.3)
it measures, when and by whom the progress is discussed, and the steering actions that
follow; and the measurements over time, optionally per municipality of the region.
"""

from __future__ import annotations

import enum
from datetime import date

from sqlalchemy import Boolean, Float, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from zvdesk.models.core.base import Base, EnumText, ISODate, Record
from zvdesk.models.core.sharing.personal import Share


class Block(enum.Enum):
    """The toolbox's three blocks of indicators. Values are stable: they are in files."""

    KOSTEN = "kosten"
    KWALITEIT = "kwaliteit"
    KWETSBAARHEID = "kwetsbaarheid"


#: Dutch labels of :class:`Block`.
BLOCK_LABELS = {Block.KOSTEN: "Kosten", Block.KWALITEIT: "Kwaliteit",
                Block.KWETSBAARHEID: "Kwetsbaarheid"}


class Method(enum.Enum):
    """How an indicator is measured (the methods seed 001 step 5 names)."""

    INTERVIEWS = "interviews"
    ENQUETE = "enquete"
    DOCUMENTSTUDIE = "documentstudie"
    REGISTRATIE = "registratie"


#: Dutch labels of :class:`Method`.
METHOD_LABELS = {Method.INTERVIEWS: "Interviews", Method.ENQUETE: "Enquêtes",
                 Method.DOCUMENTSTUDIE: "Documentstudie", Method.REGISTRATIE: "Registratie"}


class MonIndicator(Record, Base):
    """One indicator of a project's monitoring."""

    __tablename__ = "mon_indicator"
    __label__ = "indicator"

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), info={"share": Share.KEEP})
    block: Mapped[Block] = mapped_column(EnumText(Block), default=Block.KWALITEIT,
                                         info={"share": Share.KEEP})
    name: Mapped[str] = mapped_column(String(300), default="", info={"share": Share.TEXT})
    #: The catalogue entry it was taken from ("" for an indicator of the project's own).
    catalogue_key: Mapped[str] = mapped_column(String(80), default="",
                                               info={"share": Share.KEEP})
    method: Mapped[Method | None] = mapped_column(EnumText(Method), default=None,
                                                  info={"share": Share.KEEP})
    unit: Mapped[str] = mapped_column(String(100), default="", info={"share": Share.TEXT})
    baseline: Mapped[float | None] = mapped_column(Float, default=None,
                                                   info={"share": Share.KEEP})
    baseline_date: Mapped[date | None] = mapped_column(ISODate, default=None,
                                                       info={"share": Share.KEEP})
    target: Mapped[float | None] = mapped_column(Float, default=None, info={"share": Share.KEEP})
    target_date: Mapped[date | None] = mapped_column(ISODate, default=None,
                                                     info={"share": Share.KEEP})
    #: The outcome or mechanism of the impact framework (1.3) it measures: an
    #: ``impact_element`` id, or None. Kept as a plain id so the instrument stands alone.
    chain_element_id: Mapped[str | None] = mapped_column(String(36), default=None,
                                                         info={"share": Share.KEEP})
    #: The meeting of 2.3 Overlegstructuren that discusses the progress (a ``meeting`` of the
    #: region), or None; then :attr:`meeting` may still name one that 2.3 does not list.
    meeting_id: Mapped[str | None] = mapped_column(ForeignKey("meeting.id"), default=None,
                                                   info={"share": Share.KEEP})
    #: Where the progress is discussed, as free text (version 2 kept only this; version 3
    #: links it to the meeting of the same name, see ``core/migrate_v3.py``).
    meeting: Mapped[str] = mapped_column(String(300), default="", info={"share": Share.TEXT})
    #: When ("elk kwartaal") and by whom.
    discussed_when: Mapped[str] = mapped_column(String(300), default="",
                                                info={"share": Share.TEXT})
    discussed_by: Mapped[str] = mapped_column(String(300), default="",
                                              info={"share": Share.TEXT})
    #: The steering actions that follow from the figures (002 activity 13).
    steering: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})
    notes: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})
    #: The figures are made up (the example region; an exercise).
    fictitious: Mapped[bool] = mapped_column(Boolean, default=False, info={"share": Share.KEEP})
    sort_order: Mapped[int] = mapped_column(default=0, info={"share": Share.KEEP})

    __table_args__ = (Index("ix_mon_indicator_project", "project_id"),)


class MonMeasurement(Record, Base):
    """One measured value of an indicator, on a date, optionally for one municipality."""

    __tablename__ = "mon_measurement"
    __label__ = "meting"

    indicator_id: Mapped[str] = mapped_column(ForeignKey("mon_indicator.id"),
                                              info={"share": Share.KEEP})
    measured_on: Mapped[date | None] = mapped_column(ISODate, default=None,
                                                     info={"share": Share.KEEP})
    #: The municipality of the region the value is about; None for the whole region.
    municipality_id: Mapped[str | None] = mapped_column(ForeignKey("municipality.id"),
                                                        default=None, info={"share": Share.KEEP})
    value: Mapped[float | None] = mapped_column(Float, default=None, info={"share": Share.KEEP})
    note: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})

    __table_args__ = (Index("ix_mon_measurement_indicator", "indicator_id"),)


#: Every kind of this instrument (for the instrument spec and change notices).
KINDS = ("mon_indicator", "mon_measurement")


# Validators, delete hooks and the counter register when the tables are loaded.
from zvdesk.models.monitoring import ops as _rules  # noqa: E402, F401
