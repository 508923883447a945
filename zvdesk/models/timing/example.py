"""Example content of §2.2 Timing for the regiopilot (dates and texts fictitious).

The werkagenda is to be adopted by the RBO in March 2026, right before the municipal
elections of 18 March 2026: the app finds the clash and the solution chosen is recorded. The
beleidsraam: rising E33 calls (problem), a new wethouder (politics), a local meldpunt
(solution), and the moment they meet.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from zvdesk.models.timing import ops
from zvdesk.models.timing.tables import (
    CycleKind,
    MomentKind,
    Recurrence,
    Stream,
    TimCycle,
    TimMoment,
    TimStreamEntry,
    TimVerdict,
    Verdict,
)

if TYPE_CHECKING:
    from zvdesk.models.example import ExampleContext

MOMENTS = (
    ("Startbijeenkomst projectgroep", MomentKind.MIJLPAAL, date(2025, 9, 15)),
    ("Collegebesluit deelname regiopilot (zeven colleges)", MomentKind.COLLEGEBESLUIT,
     date(2025, 11, 4)),
    ("Raadsbesluit regionaal budget Z+V", MomentKind.RAADSBESLUIT, date(2025, 6, 26)),
    ("Werkagenda Zorg en Veiligheid vastgesteld in het RBO", MomentKind.RBO,
     date(2026, 3, 12)),
    ("Evaluatie eerste jaar", MomentKind.MIJLPAAL, date(2026, 10, 1)),
)

# (organisation, title, kind, recurrence, start, end, margin in days)
CYCLES = (
    ("Gemeente Zaanstad", "Gemeenteraadsverkiezingen", CycleKind.VERKIEZINGEN,
     Recurrence.VIERJAARLIJKS, date(2026, 3, 18), date(2026, 3, 18), 42),
    ("Gemeente Purmerend", "Voorjaarsnota en kadernota", CycleKind.BEGROTING,
     Recurrence.JAARLIJKS, date(2025, 6, 1), date(2025, 7, 10), 0),
    ("Gemeente Purmerend", "Jaarrekening en jaarverslag", CycleKind.VERANTWOORDING,
     Recurrence.JAARLIJKS, date(2025, 4, 1), date(2025, 5, 31), 0),
    ("Gemeente Zaanstad", "Zomerreces gemeenteraad", CycleKind.RECES, Recurrence.JAARLIJKS,
     date(2025, 7, 12), date(2025, 8, 24), 0),
    ("Politie", "Jaarplan politie eenheid Noord-Holland", CycleKind.KRITIEK,
     Recurrence.JAARLIJKS, date(2025, 11, 1), date(2025, 12, 15), 0),
)

SOLUTIONS = {
    "Werkagenda Zorg en Veiligheid vastgesteld in het RBO":
        "Het RBO stelt de werkagenda in februari 2026 vast als concept; de nieuwe colleges "
        "bekrachtigen hem na de formatie, in het RBO van september 2026.",
    "Raadsbesluit regionaal budget Z+V":
        "Het budget gaat mee in de kadernota; het raadsbesluit volgt de planning van de "
        "kadernota van Purmerend.",
}

STREAMS = (
    (Stream.PROBLEMEN, date(2024, 9, 30), "E33-meldingen verward gedrag stijgen in Zaanstad "
                                          "en Purmerend (derde kwartaal op rij)"),
    (Stream.PROBLEMEN, date(2025, 2, 1), "Politie en GGZ melden lange wachttijden bij "
                                         "crisisbeoordeling"),
    (Stream.POLITIEK, date(2025, 4, 15), "Nieuwe wethouder zorg in Purmerend (na een "
                                         "collegewijziging), met verward gedrag als speerpunt"),
    (Stream.OPLOSSINGEN, date(2025, 5, 1), "Lokaal meldpunt verward gedrag van Purmerend "
                                           "werkt: doorplaatsen naar de regio ligt voor de hand"),
    (Stream.RAAM, date(2025, 6, 26), "Beleidsraam: het raadsbesluit over het regionale budget "
                                     "koppelt het meldpunt aan de stijging, gesteund door de "
                                     "nieuwe wethouder"),
)


def populate_example(session: Session, ctx: ExampleContext) -> None:
    """Adds the regiopilot's moments, cycles, a solved clash and a beleidsraam."""
    pid = ctx.projects["regiopilot"]
    ids = {}
    for title, kind, day in MOMENTS:
        row = TimMoment(project_id=pid, title=title, kind=kind, on_date=day)
        session.add(row)
        session.flush()
        ids[title] = row.id
    for org, title, kind, recurrence, start, end, margin in CYCLES:
        session.add(TimCycle(project_id=pid, organisation_id=ctx.organisations.get(org),
                             title=title, kind=kind, recurrence=recurrence, start_date=start,
                             end_date=end, margin_days=margin))
    session.flush()
    for clash in ops.clashes(session, pid):
        if clash.moment in SOLUTIONS:
            ops.set_solution(session, pid, clash.moment_id, clash.cycle_id, clash.start,
                             SOLUTIONS[clash.moment])
    for stream, day, text in STREAMS:
        session.add(TimStreamEntry(project_id=pid, stream=stream, on_date=day, text=text))
    for key, _text in ops.PLANNING_STEPS[:4]:
        ops.set_step_done(session, pid, key, True)
    for name, verdict, text in (
            ("Lotte Jansen", Verdict.DEELS, "Het raadsbesluit over het budget valt midden in "
                                            "de kadernota van Purmerend."),
            ("Peter Kramer", Verdict.JA, ""),
            ("Ruud Visser", Verdict.DEELS, "Het jaarplan van de politie is in december "
                                           "klaar; bijdragen daarna kosten een jaar.")):
        session.add(TimVerdict(project_id=pid, person_id=ctx.people.get(name), verdict=verdict,
                               bottlenecks=text))
    session.flush()
