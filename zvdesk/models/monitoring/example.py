"""Example content of Monitoring for the example region (all figures fictitious).

Project "verward gedrag": E33 calls (meldingen verward gedrag) per quarter for three
municipalities, with baseline and target, discussed every quarter in the RBO, measuring the
outcome of the impact framework where there is one; and the number of police cells used.
The regiopilot gets the toolbox's "ervaren kwaliteit van overleggen" with a yearly survey,
measuring its outcome "integrale regionale infrastructuur" of the impact framework.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from zvdesk.models.core.ops import record_class
from zvdesk.models.monitoring import ops
from zvdesk.models.monitoring.tables import Block, Method, MonIndicator
from zvdesk.models.region.tables import Municipality

if TYPE_CHECKING:
    from zvdesk.models.example import ExampleContext

#: The meeting of 2.3 that discusses the figures (its record, by name in the example's context).
RBO = "RBO Zorg en Veiligheid"

QUARTERS = [date(2024, 3, 31), date(2024, 6, 30), date(2024, 9, 30), date(2024, 12, 31),
            date(2025, 3, 31), date(2025, 6, 30), date(2025, 9, 30), date(2025, 12, 31)]

#: Fictitious E33 calls per quarter: rising at first (better signalling), then falling.
E33 = {
    "Zaanstad": (212, 230, 241, 236, 219, 204, 191, 183),
    "Purmerend": (118, 124, 131, 127, 120, 112, 106, 101),
    "Edam-Volendam": (31, 34, 36, 33, 30, 29, 27, 25),
}


def _outcome_id(session: Session, project_id: str, title: str) -> str | None:
    try:
        cls = record_class("impact_element")
    except KeyError:
        return None
    return session.scalar(select(cls.id).where(cls.project_id == project_id, cls.title == title,
                                               cls.deleted_at.is_(None)))


def populate_example(session: Session, ctx: ExampleContext) -> None:
    """Adds the indicators and fictitious measurements of the example region."""
    pid = ctx.projects["verward"]
    munis = {m.name: m.id for m in session.scalars(select(Municipality))}
    (e33_id,) = ops.add_from_catalogue(session, pid, ["e33-meldingen"])
    e33 = session.get(MonIndicator, e33_id)
    e33.unit = "meldingen per kwartaal"
    e33.baseline, e33.baseline_date = 361.0, date(2023, 12, 31)
    e33.target, e33.target_date = 300.0, date(2026, 12, 31)
    e33.chain_element_id = _outcome_id(session, pid, "Minder meldingen eindigen in een "
                                                     "politiecel")
    e33.meeting = RBO
    e33.meeting_id = ctx.meetings.get(RBO)  # the meeting record of 2.3, not a copy
    e33.discussed_when = "Elk kwartaal, in de eerste vergadering na het kwartaal"
    e33.discussed_by = "Programmatrekker Z+V met de politie (teamchef)"
    e33.steering = ("Stijgt het aantal twee kwartalen achter elkaar, dan bespreekt het "
                    "tactisch overleg de bezetting van het meldpunt en de afspraken met de "
                    "GGZ-crisisdienst.")
    e33.notes = "Bron: politieregistratie (E33), per gemeente aangeleverd. Cijfers fictief."
    e33.fictitious = True
    for name, values in E33.items():
        for day, value in zip(QUARTERS, values, strict=True):
            ops.add_measurement(session, e33_id, day, float(value), munis.get(name))
    cells = ops.add_indicator(
        session, pid, "Inzet politiecel bij verward gedrag", Block.KOSTEN,
        method=Method.REGISTRATIE, unit="insluitingen per halfjaar", baseline=48.0,
        baseline_date=date(2023, 12, 31), target=20.0, target_date=date(2026, 12, 31),
        meeting=RBO, meeting_id=ctx.meetings.get(RBO), discussed_when="Elk halfjaar",
        discussed_by="Portefeuillehouder zorg en veiligheid",
        steering="Blijft het aantal boven 30, dan agendeert het RBO de beschikbaarheid van "
                 "een verpleegkundige op het bureau.", fictitious=True,
        chain_element_id=e33.chain_element_id)
    for day, value in ((date(2024, 6, 30), 51.0), (date(2024, 12, 31), 44.0),
                       (date(2025, 6, 30), 37.0), (date(2025, 12, 31), 31.0)):
        ops.add_measurement(session, cells, day, value)
    pilot = ctx.projects["regiopilot"]
    (quality,) = ops.add_from_catalogue(session, pilot, ["ervaren-kwaliteit-overleggen"])
    row = session.get(MonIndicator, quality)
    row.baseline, row.baseline_date, row.target = 6.1, date(2023, 11, 1), 7.5
    row.chain_element_id = _outcome_id(  # the outcome of 1.3 that the survey measures
        session, pilot, "Iedere gemeente is onderdeel van een integrale regionale "
                        "infrastructuur Z+V en een daaraan verbonden regionaal netwerk")
    row.meeting = RBO
    row.meeting_id = ctx.meetings.get(RBO)
    row.discussed_when = "Jaarlijks, bij de evaluatie van de werkagenda"
    row.discussed_by = "Programmatrekker Z+V"
    row.fictitious = True
    for day, value in ((date(2024, 11, 1), 6.6), (date(2025, 11, 1), 7.0)):
        ops.add_measurement(session, quality, day, value)
