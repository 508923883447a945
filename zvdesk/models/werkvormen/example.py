"""Example content of the work forms: a held werksessie of the regiopilot.

A session of the regiopilot in Zaanstreek-Waterland (texts written for the example, typical of
a Z+V region) following deel 2 of the toolbox: bedenktijd at the start, a woordenwolk on
"veiligheid" whose words went into the 1.4 glossary, a groen/geel/rood vote on one RBO instead
of separate tables, a belronde, the six hats and a vissenkom.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from zvdesk.models.core import ops as core_ops
from zvdesk.models.werkvormen import ops

if TYPE_CHECKING:
    from zvdesk.models.example import ExampleContext

PEOPLE = ("Peter Kramer", "Lotte Jansen", "Ruud Visser", "Hanneke Bakker", "Karim Ouali",
          "Els Mulder", "Jeroen de Wit", "Fatima el Amrani", "Noor Dekker", "Yvonne Peters")

#: Answers of bedenktijd: "het belangrijkste doel van deze sessie is voor mij...".
GOALS = {
    "Peter Kramer": "dat we vandaag één besluit nemen over de overlegtafels.",
    "Ruud Visser": "weten wie ik bel als een casus vastloopt.",
    "Hanneke Bakker": "dat de zorg even zwaar meetelt als de veiligheid.",
    "Yvonne Peters": "dat ook de kleine gemeenten zich in de werkagenda herkennen.",
}

#: Woordenwolk "Wat versta jij onder het woord 'Veiligheid'?": the words each one gave.
WORDS = {
    "Peter Kramer": "rust, vertrouwen, bescherming",
    "Lotte Jansen": "bescherming, thuis, rust",
    "Ruud Visser": "openbare orde, bescherming",
    "Hanneke Bakker": "stabiliteit, vertrouwen, zorg",
    "Karim Ouali": "vertrouwen, grenzen, bescherming",
    "Els Mulder": "thuis, grenzen, vertrouwen",
    "Jeroen de Wit": "toezicht, stabiliteit",
    "Fatima el Amrani": "gezondheid, rust, vertrouwen",
    "Noor Dekker": "bescherming, thuis",
    "Yvonne Peters": "rust, zorg",
}
#: The cloud's words taken into the 1.4 glossary, with what three organisations wrote there
#: afterwards (organisation -> meaning).
GLOSSARY_WORDS = {
    "bescherming": {
        "Gemeente Zaanstad": "Inwoners en hun omgeving beschermen tegen gevaar, ook tegen "
                             "zichzelf.",
        "Politie": "Ingrijpen wanneer iemand of de omgeving acuut gevaar loopt.",
        "GGZ-instelling": "De cliënt een veilige plek geven; dwang alleen als het niet anders "
                          "kan.",
    },
    "vertrouwen": {
        "Gemeente Zaanstad": "Afspraken nakomen en elkaar informeren, ook als het misgaat.",
        "Politie": "Weten dat de zorgpartner bereikbaar is als wij bellen.",
        "GGZ-instelling": "Dat informatie over cliënten niet verder gaat dan nodig.",
    },
}

PROPOSAL = "Eén RBO in plaats van aparte tafels voor zorg en voor veiligheid."
#: (person, colour, doubt) for the vote on :data:`PROPOSAL`.
VOTES = (
    ("Peter Kramer", "groen", ""),
    ("Lotte Jansen", "groen", ""),
    ("Ruud Visser", "geel", "Blijft er ruimte voor de driehoek om snel te besluiten?"),
    ("Hanneke Bakker", "geel", "Wie zit er namens de zorgaanbieders aan tafel?"),
    ("Karim Ouali", "groen", ""),
    ("Els Mulder", "groen", ""),
    ("Jeroen de Wit", "rood", "Een grote tafel wordt een vergadercircus; liever twee kleine."),
    ("Fatima el Amrani", "groen", ""),
    ("Noor Dekker", "groen", ""),
    ("Yvonne Peters", "geel", "Hoe houden de kleine gemeenten hun stem?"),
)

#: Belronde: (duo, person, reports back).
PAIRS = ((1, "Peter Kramer", True), (1, "Jeroen de Wit", False),
         (2, "Ruud Visser", True), (2, "Hanneke Bakker", False),
         (3, "Yvonne Peters", True), (3, "Noor Dekker", False))

IDEA = "Eén RBO met een tactische kopgroep die de agenda voorbereidt"
#: Denkhoeden: (hat, duo, point).
HATS = (
    ("blauw", 1, "De kopgroep bereidt voor, het RBO besluit: twee lagen, heldere rollen."),
    ("wit", 1, "Nu 5 overleggen met deels dezelfde bestuurders; 22 vergaderuren per kwartaal."),
    ("rood", 2, "Het voelt als minder invloed voor de zorgpartners."),
    ("groen", 2, "Wissel het voorzitterschap per jaar tussen zorg en veiligheid."),
    ("geel", 3, "Minder vergaderen, snellere besluiten over casussen die vastlopen."),
    ("zwart", 3, "De agenda wordt te vol; veiligheid verdringt dan de zorg."),
)

#: Vissenkom: (subgroup, person, role); the position per subgroup leader.
FISHBOWL = ((1, "Peter Kramer", "gespreksleider"), (1, "Els Mulder", "lid"),
            (1, "Noor Dekker", "lid"), (2, "Hanneke Bakker", "gespreksleider"),
            (2, "Karim Ouali", "lid"), (2, "Fatima el Amrani", "lid"))
POSITIONS = {
    "Peter Kramer": "Eén tafel, mits de kleine gemeenten een vaste plek krijgen.",
    "Hanneke Bakker": "Eén tafel, met een vast agendapunt zorg aan het begin.",
}


def populate_example(session: Session, ctx: ExampleContext) -> None:
    """A held werksessie of the regiopilot."""
    project_id = ctx.projects["regiopilot"]
    sid = ops.add_session(session, project_id, "Werksessie overlegstructuur Z+V")
    row = session.get(ops.t.WvSession, sid)
    row.held_on = date(2020, 2, 13)
    row.goal = "Samen kiezen hoe de bestuurlijke overlegtafels voor zorg en veiligheid " \
               "verder gaan."
    row.tips_done = "kort,pauzes,klaarzetten,dynamiek"
    row.outcome = "Het RBO wordt één tafel voor zorg en veiligheid; een tactische kopgroep " \
                  "bereidt de agenda voor. De twijfels gaan als randvoorwaarden mee naar het " \
                  "voorstel."
    part = {name: ops.add_participant(session, sid, person_id=ctx.people[name])
            for name in PEOPLE}

    item = ops.add_item(session, sid, "bedenktijd", minutes=5)
    for name, answer in GOALS.items():
        ops.add_entry(session, item, participant_id=part[name], text=answer)

    item = ops.add_item(session, sid, "woordenwolk",
                        "Wat versta jij onder het woord 'Veiligheid'?", 10)
    for name, words in WORDS.items():
        ops.add_entry(session, item, participant_id=part[name], text=words)
    session.get(ops.t.WvItem, item).outcome = (
        "De woorden ‘bescherming’ en ‘vertrouwen’ zijn in de begrippenlijst (1.4) gezet.")
    # The words go into the 1.4 glossary through the generic record functions: this package
    # does not depend on the cooperation instrument's package.
    terms = {t.term.lower() for t in core_ops.list_live(session, "coop_term")
             if t.project_id == project_id}
    order = len(terms)
    for word, meanings in GLOSSARY_WORDS.items():
        if word in terms:
            continue
        order += 1
        term_id = core_ops.create_record(session, "coop_term", {
            "project_id": project_id, "term": word, "sort_order": order})
        for org, meaning in meanings.items():
            core_ops.create_record(session, "coop_meaning", {
                "term_id": term_id, "organisation_id": ctx.organisations[org],
                "meaning": meaning})

    item = ops.add_item(session, sid, "groen_geel_rood", PROPOSAL, 15)
    for name, colour, doubt in VOTES:
        ops.set_vote(session, item, part[name], colour, doubt)
    session.get(ops.t.WvItem, item).outcome = (
        "Aangenomen: zes keer groen, drie keer geel, één keer rood. De vragen van geel "
        "(driehoek, zorgaanbieders, kleine gemeenten) worden randvoorwaarden in het voorstel "
        "aan het RBO.")

    ops.add_item(session, sid, "pauze", minutes=10)

    item = ops.add_item(session, sid, "belronde",
                        "Hoe zorgen we dat één tafel niet te groot wordt?", 15)
    for group, name, reports in PAIRS:
        ops.add_entry(session, item, participant_id=part[name], group_no=group,
                      category="terugkoppelaar" if reports else "lid")

    item = ops.add_item(session, sid, "denkhoeden", IDEA, 30)
    for hat, group, point in HATS:
        ops.add_entry(session, item, category=hat, group_no=group, subject=IDEA, text=point)

    item = ops.add_item(session, sid, "vissenkom",
                        "Eén tafel: onder welke voorwaarden werkt het?", 25)
    for group, name, role in FISHBOWL:
        ops.add_entry(session, item, participant_id=part[name], group_no=group, category=role,
                      text=POSITIONS.get(name, ""))
    session.flush()
