"""Example content of §1.1 "Probleemscan" for the project on persons with confused behaviour.

The toolbox's own example thread (verward gedrag): E33 calls ("overlast door een verward
persoon") reach the police where care is needed. Texts are written for the example; the
people are the fictitious people of the example region.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from zvdesk.models.probleemscan import ops

if TYPE_CHECKING:
    from zvdesk.models.example import ExampleContext

# question key -> (summary, proposal, [(person, answer)])
SCAN = {
    "problem": (
        "E33-meldingen (overlast door een verward persoon) komen vrijwel altijd bij de politie "
        "terecht, terwijl er meestal zorg nodig is. Politie en zorg zien elkaar pas in de "
        "crisis.",
        "Het probleem is gedeeld: zorg komt te laat in beeld bij meldingen over verward gedrag.",
        [("Ruud Visser", "Onze agenten besteden veel tijd aan E33-meldingen waar geen strafbaar "
                         "feit is. Ze kunnen de persoon nergens heen brengen behalve het bureau."),
         ("Hanneke Bakker", "Wij horen vaak pas van iemand als de crisisdienst wordt gebeld. "
                            "Dan is het eigenlijk al te laat."),
         ("Lotte Jansen", "Buren bellen de gemeente én de politie; niemand heeft het hele beeld "
                          "en niemand is eigenaar.")]),
    "unsolved": (
        "Ieder lost het op binnen de eigen organisatie; er is geen gezamenlijke ingang voor "
        "niet-acute meldingen en geen afspraak over wie opvolgt.",
        "Leg vast wie een niet-acute melding opvolgt.",
        [("Ruud Visser", "Eerdere pilots stopten toen de subsidie op was."),
         ("Karim Ouali", "Het Zorg- en Veiligheidshuis ziet alleen de complexe casussen, niet "
                         "de meldingen daarvoor.")]),
    "ideal": (
        "Iedere melding over verward gedrag komt op één plek binnen en wordt binnen een dag "
        "door de juiste partner opgepakt, zonder politie waar dat niet nodig is.",
        "", [("Hanneke Bakker", "Een regionaal team dat 24 uur per dag kan uitrukken.")]),
    "realistic": (
        "Een regionaal meldpunt niet-acute zorg waar gemeente, GGZ en politie meldingen samen "
        "beoordelen en binnen twee werkdagen opvolgen.",
        "Verken een regionaal meldpunt niet-acute zorg.",
        [("Lotte Jansen", "Het meldpunt van Purmerend regionaal maken, met vaste contactpersonen "
                          "bij GGZ en politie."),
         ("Ruud Visser", "Als de wijkagent weet wie hij kan bellen, is al veel gewonnen.")]),
    "support": (
        "In de uitvoering is het draagvlak groot; bestuurlijk willen de burgemeesters het, maar "
        "de financiering door de zeven gemeenten is nog niet geregeld.",
        "Leg de verkenning voor aan het RBO vóór de begroting.",
        [("Fatima el Amrani", "De GGD wil meedoen, maar kan geen structureel geld inbrengen "
                              "zonder opdracht van de gemeenten.")]),
    "steps": (
        "Purmerend heeft sinds 2024 een eigen meldpunt; de regiopilot zette een netwerk op "
        "tactisch niveau op. Wat ontbrak: een vaste opvolging na de melding.",
        "", []),
    "energy": (
        "Bij de wijkagenten, de GGZ-crisisdienst en de OOV-adviseurs: zij lopen er dagelijks "
        "tegenaan.", "", []),
    "no_energy": (
        "Nog een overleg erbij; de discussie over wie betaalt.",
        "Geen nieuw overleg: sluit aan bij het bestaande tactisch overleg.", []),
}

# The regiopilot's scan at its start in 2019: fewer questions, partly summarised.
PILOT_SCAN = {
    "problem": (
        "Zorg en veiligheid werken in de regio langs elkaar heen: veel losse overleggen per "
        "gemeente en per thema, en geen gezamenlijke agenda.",
        "Maak één regionale werkagenda zorg en veiligheid.",
        [("Peter Kramer", "Zeven gemeenten, zeven overleggen met dezelfde partners."),
         ("Hanneke Bakker", "Wij zitten soms drie keer per week aan tafel over hetzelfde."),
         ("Ruud Visser", "Signalen uit de basisteams komen niet bij de zorgpartners aan.")]),
    "realistic": (
        "Een regionale werkagenda Z+V, vastgesteld door het RBO, en een tactisch netwerk "
        "dat de uitvoering verbindt.",
        "Stel de werkagenda vast in het RBO van december.",
        [("Marieke Vos", "Eén agenda die de burgemeesters samen dragen.")]),
    "support": (
        "Bestuurlijk groot na de casus van vorig jaar; in de uitvoering wisselend, door "
        "gebrek aan tijd.", "", []),
    "energy": ("", "", [("Karim Ouali", "In de casusoverleggen: daar zien ze het nut "
                                        "meteen.")]),
}
UNUSED_IN_PILOT = ("ideal", "no_energy")


def _fill(session: Session, ctx: ExampleContext, project_id: str, scan: dict) -> None:
    for key, (summary, proposal, answers) in scan.items():
        qid = ops.ensure_question(session, project_id, key)
        ops.set_question(session, project_id, qid, {"summary": summary, "proposal": proposal})
        for person, text in answers:
            ops.add_answer(session, project_id, qid, person_id=ctx.people[person], answer=text)


def populate_example(session: Session, ctx: ExampleContext) -> None:
    """The scans of the regiopilot and of "Aanpak personen met verward gedrag"."""
    pilot = ctx.projects["regiopilot"]
    _fill(session, ctx, pilot, PILOT_SCAN)
    for key in UNUSED_IN_PILOT:
        ops.set_question(session, pilot, ops.ensure_question(session, pilot, key),
                         {"used": False})
    project_id = ctx.projects["verward"]
    _fill(session, ctx, project_id, SCAN)
    own = ops.add_own_question(session, project_id,
                               "Welke gegevens mogen we delen, en onder welke voorwaarden?")
    ops.set_question(session, project_id, own, {
        "summary": "Meldingen mogen worden gedeeld binnen het convenant van het Zorg- en "
                   "Veiligheidshuis; daarbuiten alleen met toestemming.",
        "proposal": "Laat de privacyfunctionarissen een werkafspraak opstellen."})
    ops.add_answer(session, project_id, own, person_id=ctx.people["Karim Ouali"],
                   answer="Het convenant van het Zorg- en Veiligheidshuis biedt al een basis.")
