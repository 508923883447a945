"""Example content of §3.2 "Meelopen in de praktijk" for the regiopilot.

As the toolbox suggests ("Laat iedere organisatie een dag organiseren"), the politie, the GGZ
crisis service and Veilig Thuis each host a meeloopdag for the project group; the reclassering
and the Zorg- en Veiligheidshuis plan an exchange of half a year. Texts are written for the
example; the people are the fictitious people of the example region.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from zvdesk.models.core.ops import update_record
from zvdesk.models.meelopen import ops
from zvdesk.models.meelopen.tables import VISIT, Role, VisitKind, VisitStatus

if TYPE_CHECKING:
    from zvdesk.models.example import ExampleContext

# (host, date, focus, host person, guests [(person, partner)], reflection or None)
DAYS = (
    ("Politie", date(2020, 1, 14), "Een avonddienst van het basisteam Zaanstad: E33-meldingen",
     "Ruud Visser", [("Peter Kramer", "Ruud Visser"), ("Hanneke Bakker", None),
                     ("Lotte Jansen", None)],
     dict(reflection_done="Meegereden met twee wijkagenten tijdens een avonddienst.",
          reflection_seen="Drie meldingen over verward gedrag in één avond; twee keer was "
                          "er geen strafbaar feit.",
          reflection_experienced="Hoe lang agenten moeten wachten op de crisisdienst, en hoe "
                                 "weinig ze kunnen als die niet komt.",
          reflection_meaning="We willen een vaste contactpersoon bij de GGZ voor de "
                             "basisteams, ook buiten kantoortijd.")),
    ("GGZ-instelling", date(2020, 2, 11), "Een dag met de crisisdienst en de triage",
     "Hanneke Bakker", [("Ruud Visser", "Hanneke Bakker"), ("Karim Ouali", None)],
     dict(reflection_done="Meegekeken bij de triage en een huisbezoek met de crisisdienst.",
          reflection_seen="Dat de crisisdienst beoordeelt op gevaar, niet op overlast.",
          reflection_experienced="Begrip voor de afweging tussen beroepsgeheim en samenwerken.",
          reflection_meaning="Politie en GGZ spreken af welke informatie zij bij een melding "
                             "direct delen.")),
    ("Veilig Thuis", date(2020, 3, 10), "Hoe een melding huiselijk geweld wordt beoordeeld",
     "Els Mulder", [("Lotte Jansen", "Els Mulder"), ("Peter Kramer", None)],
     dict(reflection_done="De ochtendtriage bijgewoond.", reflection_seen="",
          reflection_experienced="", reflection_meaning="")),
)


def populate_example(session: Session, ctx: ExampleContext) -> None:
    """Three meeloopdagen and one exchange in the regiopilot."""
    project_id = ctx.projects["regiopilot"]
    for host, day, focus, host_person, guests, reflection in DAYS:
        vid = ops.add_visit(session, project_id, VisitKind.DAY,
                            host_organisation_id=ctx.organisations[host], visit_date=day,
                            focus=focus)
        update_record(session, VISIT, vid, {"status": VisitStatus.DONE, **reflection})
        ops.add_participant(session, vid, person_id=ctx.people[host_person], role=Role.HOST)
        for person, partner in guests:
            ops.add_participant(session, vid, person_id=ctx.people[person],
                                partner_person_id=ctx.people[partner] if partner else None)
    exchange = ops.add_visit(session, project_id, VisitKind.EXCHANGE,
                             host_organisation_id=ctx.organisations["Zorg- en Veiligheidshuis"],
                             visit_date=date(2020, 9, 1),
                             focus="Elkaars werk in de keten van straf en zorg leren kennen")
    update_record(session, VISIT, exchange, {"end_date": date(2021, 2, 28),
                                             "period": "een half jaar"})
    ops.add_participant(session, exchange, person_id=ctx.people["Jeroen de Wit"],
                        partner_person_id=ctx.people["Karim Ouali"])
    ops.add_participant(session, exchange, person_id=ctx.people["Karim Ouali"],
                        partner_person_id=ctx.people["Jeroen de Wit"])
