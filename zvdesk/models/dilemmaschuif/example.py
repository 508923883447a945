"""Example content of §3.1 "Dilemmaschuif".

The regiopilot uses the toolbox's own pair (§3.1): a mayor's influence through attending every
important meeting versus less administrative crowding. The project on confused behaviour has a
second, still open dilemma on the big slider on the wall. Positions and explanations are
written for the example; the people are the fictitious people of the example region.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from zvdesk.models.core.ops import update_record
from zvdesk.models.dilemmaschuif import ops
from zvdesk.models.dilemmaschuif.tables import DILEMMA, POSITION, Mode, Outcome

if TYPE_CHECKING:
    from zvdesk.models.example import ExampleContext

#: The toolbox's example, verbatim (§3.1).
INFLUENCE = ("Door bij alle belangrijke overleggen te zitten heb ik invloed (en dat wil mijn "
             "achterban ook).")
EFFICIENCY = ("Door bestuurlijke drukte te verminderen, bespaar ik tijd en werken we "
              "efficiënter")

PILOT_POSITIONS = (
    ("Marieke Vos", 25, "Als burgemeester ben ik aanspreekbaar op veiligheid; dan wil ik aan "
                        "tafel zitten waar besloten wordt.", "Invloed, aanspreekbaarheid, tijd"),
    ("Sandra de Groot", 20, "Onze raad verwacht dat Edam-Volendam zelf aan tafel zit.", ""),
    ("Ahmed Benali", 40, "Zorg en veiligheid raken elkaar steeds vaker; ik wil weten wat er "
                         "speelt, maar niet overal zelf zijn.", ""),
    ("Yvonne Peters", 35, "Voor een kleine gemeente zijn zeven overleggen niet te doen, maar "
                          "het RBO sla ik niet over.", ""),
    ("Ruud Visser", 70, "De politie zit aan veel tafels dubbel; één regionaal gremium is "
                        "efficiënter.", "Efficiëntie, slagkracht, invloed"),
    ("Fatima el Amrani", 65, "Liever één goed voorbereid overleg dan vijf vluchtige.", ""),
    ("Peter Kramer", 80, "Als programmatrekker zie ik vooral de voorbereidingstijd.", ""),
)

WALL_POSITIONS = (
    ("Hanneke Bakker", 30, "Het beroepsgeheim is de basis van het vertrouwen van de cliënt."),
    ("Lotte Jansen", 60, "Zonder informatie kunnen we niet op tijd ingrijpen."),
    ("Ruud Visser", 80, "Buren en hulpverleners moeten ook veilig zijn."),
    ("Karim Ouali", 50, "Het convenant van het Zorg- en Veiligheidshuis is precies dit "
                        "evenwicht."),
)


def populate_example(session: Session, ctx: ExampleContext) -> None:
    """The toolbox's dilemma in the regiopilot and an open one on the wall."""
    pilot = ops.add_dilemma(session, ctx.projects["regiopilot"], "Invloed of efficiëntie",
                            INFLUENCE, EFFICIENCY, Mode.INDIVIDUAL)
    update_record(session, DILEMMA, pilot, {
        "session_date": date(2019, 11, 7),
        "other_values": "Vertrouwen van de achterban; zichtbaarheid van de kleine gemeenten.",
        "outcome_kind": Outcome.RELATE,
        "outcome": "Bestuurders zitten aan bij het RBO en de kwartaalbijeenkomst. Voor de "
                   "overige overleggen mandateren zij hun tactisch vertegenwoordiger, die "
                   "binnen een week terugkoppelt.",
        "chosen_position": 60})
    for person, position, why, order in PILOT_POSITIONS:
        pid = ops.add_position(session, pilot, person_id=ctx.people[person], position=position,
                               explanation=why)
        if order:
            update_record(session, POSITION, pid, {"value_order": order})
    wall = ops.add_dilemma(
        session, ctx.projects["verward"], "Privacy of veiligheid",
        "Het beroepsgeheim beschermt de cliënt en het vertrouwen in de hulpverlening.",
        "Informatie delen voorkomt escalatie en beschermt de omgeving.", Mode.WALL)
    update_record(session, DILEMMA, wall, {"session_date": date(2026, 2, 12)})
    for person, position, why in WALL_POSITIONS:
        ops.add_position(session, wall, person_id=ctx.people[person], position=position,
                         explanation=why)
    ops.add_position(session, wall, name="Cliëntenraad GGZ (ervaringsdeskundigen)",
                     position=15, explanation="Delen alleen met toestemming van de cliënt.")
