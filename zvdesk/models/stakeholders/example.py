"""Example stakeholder analysis and communication strategy of the regiopilot project."""

from __future__ import annotations

from sqlalchemy.orm import Session

from zvdesk.models.stakeholders.ops import (
    add_player,
    add_relation,
    set_next_step,
    update_player,
)
from zvdesk.models.stakeholders.tables import Attitude, RelationKind, Ring, Strategy

# (person or organisation, is_person, ring, unit position, attitude, influence, interest,
#  planned actions, medium, frequency, owner, notes)
PLAYERS = (
    ("Marieke Vos", True, Ring.DIRECT, (0.05, -0.33), Attitude.GREEN, 5, 5,
     "Voortgang en keuzes voorleggen; boegbeeld bij het RBO.", "Bilateraal overleg",
     "Maandelijks", "Peter Kramer", "Voorzitter van het regionaal bestuurlijk overleg."),
    ("Ahmed Benali", True, Ring.DIRECT, (-0.3, -0.18), Attitude.BLUE, 4, 5,
     "Meenemen in de businesscase voor de wijkteams.", "Werkbezoek en memo", "Per kwartaal",
     "Lotte Jansen", "Wil eerst zien wat het Purmerend oplevert."),
    ("Ruud Visser", True, Ring.DIRECT, (0.32, -0.12), Attitude.GREEN, 5, 4,
     "Samen het casusoverleg vormgeven.", "Driehoeksoverleg", "Maandelijks", "Peter Kramer",
     "Trekt samen met de gemeente aan de aanpak verwarde personen."),
    ("Ingrid Smit", True, Ring.DIRECT, (0.28, 0.22), Attitude.BLUE, 4, 3,
     "Toetsen of de afspraken passen bij het strafrechtelijk kader.", "Overleg", "Per kwartaal",
     "Lotte Jansen", ""),
    ("Hanneke Bakker", True, Ring.DIRECT, (-0.26, 0.26), Attitude.RED, 4, 4,
     "Knelpunten in de acute psychiatrie samen oplossen; capaciteit bespreken.",
     "Bilateraal overleg", "Tweewekelijks", "Peter Kramer",
     "Zorgen over capaciteit en privacy bij gegevensdeling."),
    ("Karim Ouali", True, Ring.DIRECT, (-0.05, 0.38), Attitude.GREEN, 3, 5,
     "Uitvoeringservaringen ophalen voor de werkagenda.", "Werkgroep", "Maandelijks",
     "Noor Dekker", "Procesregisseur; kent de casuïstiek van dichtbij."),
    ("Fatima el Amrani", True, Ring.INDIRECT, (-0.42, 0.55), Attitude.BLUE, 3, 3,
     "Informeren over de rol van de GGD in de aanpak.", "Nieuwsbrief", "Per kwartaal",
     "Lotte Jansen", ""),
    ("Els Mulder", True, Ring.INDIRECT, (-0.66, 0.2), Attitude.GREEN, 2, 4,
     "Betrekken bij de aanpak huiselijk geweld.", "Nieuwsbrief en werkgroep", "Per kwartaal",
     "Noor Dekker", ""),
    ("Jeroen de Wit", True, Ring.INDIRECT, (0.5, 0.5), Attitude.RED, 3, 2,
     "Uitleggen waarom nazorg ex-gedetineerden in de werkagenda staat.", "E-mail",
     "Bij mijlpalen", "Peter Kramer", "Voelt zich gepasseerd bij de keuze van de speerpunten."),
    ("Bas Hendriks", True, Ring.INDIRECT, (0.48, -0.52), Attitude.BLUE, 2, 2,
     "Op de hoogte houden.", "Nieuwsbrief", "Halfjaarlijks", "Lotte Jansen", ""),
    ("Tom Willems", True, Ring.INDIRECT, (0.05, 0.72), Attitude.BLUE, 2, 3,
     "Informeren over de aanpak kindermishandeling.", "Nieuwsbrief", "Per kwartaal",
     "Noor Dekker", ""),
    ("Yvonne Peters", True, Ring.INDIRECT, (-0.6, -0.4), Attitude.RED, 4, 2,
     "Mening vragen over de verdeelsleutel van de kosten.", "Bestuurlijk overleg",
     "Per kwartaal", "Peter Kramer", "Twijfelt of Waterland genoeg terugziet van de inzet."),
    ("Dienst Justitiële Inrichtingen", False, Ring.OUTSIDE, (0.84, 0.42), Attitude.BLUE, 1, 2,
     "", "Nieuwsbrief", "Jaarlijks", "", ""),
)

RELATIONS = (
    ("Marieke Vos", "Ruud Visser", RelationKind.GOOD, "Werken al jaren samen in de driehoek."),
    ("Marieke Vos", "Ahmed Benali", RelationKind.GOOD, ""),
    ("Ruud Visser", "Ingrid Smit", RelationKind.GOOD, ""),
    ("Hanneke Bakker", "Ruud Visser", RelationKind.BAD,
     "Onenigheid over vervoer van personen met verward gedrag."),
    ("Karim Ouali", "Els Mulder", RelationKind.GOOD, ""),
    ("Jeroen de Wit", "Karim Ouali", RelationKind.BAD, "Botsing over een casus in 2020."),
    ("Yvonne Peters", "Marieke Vos", RelationKind.BAD, "Verschil van inzicht over kosten."),
    ("Fatima el Amrani", "Hanneke Bakker", RelationKind.GOOD, ""),
    ("Tom Willems", "Els Mulder", RelationKind.GOOD, ""),
)

NEXT_STEP = (
    "Hanneke Bakker (GGZ) en Ruud Visser (politie) samen aan tafel brengen over het vervoer "
    "en de capaciteit; Yvonne Peters vóór het volgende RBO bilateraal spreken over de "
    "kostenverdeling. Ahmed Benali uitnodigen voor een werkbezoek aan het Zorg- en "
    "Veiligheidshuis.")


def populate_example(session: Session, ctx) -> None:  # noqa: ANN001 - ExampleContext
    """Fills the regiopilot's stakeholder map, relations, next step and communication."""
    project_id = ctx.projects["regiopilot"]
    ids: dict[str, str] = {}
    for (name, is_person, _ring, position, attitude, influence, interest, actions, medium,
         frequency, owner, notes) in PLAYERS:
        link = ({"person_id": ctx.people[name]} if is_person
                else {"organisation_id": ctx.organisations[name]})
        ids[name] = add_player(
            session, project_id, position=position, attitude=attitude, influence=influence,
            interest=interest, actions=actions, medium=medium, frequency=frequency,
            owner_person_id=ctx.people.get(owner), notes=notes, **link)
    # One override: the grid says "inlichten", the project wants her heard.
    update_player(session, ids["Fatima el Amrani"], {"strategy": Strategy.CONSULT})
    for source, target, kind, note in RELATIONS:
        add_relation(session, ids[source], ids[target], kind, note)
    set_next_step(session, project_id, NEXT_STEP)
