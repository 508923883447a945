"""Example content of §1.4 "Samenwerken aan opgaven" for the regiopilot of the example region.

Fictitious intakes of six participants, the agreements they made, a multi-level governance
picture and a glossary of three terms (texts written for the example, typical of a Z+V region).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from zvdesk.models.cooperation import tables as coop
from zvdesk.models.cooperation.tables import CoopParticipant, Intensity

if TYPE_CHECKING:
    from zvdesk.models.example import ExampleContext

# (organisation, person or None, intake date, intake answers, agreed mandate, investment)
PARTICIPANTS = (
    ("Gemeente Zaanstad", "Peter Kramer", date(2019, 9, 12), dict(
        unknown_people="De nieuwe regiomanager van de reclassering en de teamleider van "
                       "Veilig Thuis.",
        own_role="Trekker van de regiopilot: agenda voorbereiden, verbinden tussen de "
                 "bestuurlijke en de uitvoerende tafel.",
        desired_mandate="Mandaat van het RBO om namens de zeven gemeenten voorstellen uit te "
                        "werken en partners aan te spreken.",
        intensity=Intensity.INTENSIVE,
        intensity_notes="Twee dagen per week, tot de werkagenda is vastgesteld.",
        opportunities="Veel goodwill na de casus van vorig jaar; de burgemeesters willen dit.",
        problems="Kleine gemeenten vrezen dat Zaanstad de agenda bepaalt."),
     "Voorbereiden en voorzitten van het tactisch overleg; voorstellen aan het RBO.",
     "Programmatrekker 0,4 fte en € 25.000 procesbudget."),
    ("Gemeente Purmerend", "Lotte Jansen", date(2019, 9, 16), dict(
        unknown_people="De GGD-directeur en de mensen van het Zorg- en Veiligheidshuis.",
        own_role="Inbrengen van de ervaringen met het meldpunt verward gedrag in Purmerend.",
        desired_mandate="Meebeslissen over de werkagenda namens Purmerend; geen budgetmandaat.",
        intensity=Intensity.REGULAR,
        intensity_notes="Maandelijks overleg en de werksessies.",
        opportunities="We kunnen de werkwijze van ons meldpunt regionaal delen.",
        problems="Capaciteit: het OOV-team is klein en heeft ook de evenementen."),
     "Meebeslissen over de werkagenda; terugkoppeling aan het eigen college.",
     "0,2 fte beleidsadviseur OOV."),
    ("Politie", "Ruud Visser", date(2019, 9, 10), dict(
        unknown_people="De wethouders zorg van de kleinere gemeenten.",
        own_role="Inbreng van signalen en cijfers over E33-meldingen; brug naar de "
                 "basisteams.",
        desired_mandate="Afspraken maken over inzet van de basisteams binnen de bestaande "
                        "capaciteit.",
        intensity=Intensity.REGULAR,
        intensity_notes="Bestuurlijk overleg ieder kwartaal, tactisch via de "
                        "teamchefs.",
        opportunities="Minder politie-inzet bij zorgvragen als de zorgkant sneller aansluit.",
        problems="Eerdere pilots liepen dood toen de subsidie stopte; dat wantrouwen is er nog."),
     "Inzet basisteams binnen de bestaande capaciteit; cijfers E33 ieder kwartaal.",
     "Districtschef in het RBO, wijkagenten in de casusoverleggen."),
    ("GGZ-instelling", "Hanneke Bakker", date(2019, 9, 20), dict(
        unknown_people="Bijna iedereen aan de gemeentelijke kant, behalve Zaanstad.",
        own_role="Deskundigheid over acute en niet-acute psychiatrie; afspraken over "
                 "bereikbaarheid.",
        desired_mandate="Afspraken over werkprocessen; financiële afspraken gaan via de "
                        "raad van bestuur.",
        intensity=Intensity.REGULAR,
        intensity_notes="Graag gebundeld: één overleg in plaats van zeven.",
        opportunities="Eén regionale aanpak scheelt ons veel afzonderlijke overleggen.",
        problems="Beroepsgeheim en het delen van gegevens; andere werkwijze dan de politie."),
     "Werkprocessen en bereikbaarheid; geld via de raad van bestuur.",
     "Manager acute psychiatrie 4 uur per week; consultatie voor de wijkteams."),
    ("Openbaar Ministerie", "Ingrid Smit", None, dict(
        unknown_people="De procesregisseur van het Zorg- en Veiligheidshuis.",
        own_role="Meedenken over de strafrechtelijke kant en de combinatie van straf en zorg.",
        desired_mandate="Adviserend; beslissingen over vervolging blijven bij het OM.",
        intensity=Intensity.LIGHT,
        intensity_notes="Aansluiten bij de kwartaaloverleggen.",
        opportunities="Betere combinatie van straf en zorg bij veelplegers.",
        problems=""),
     "Adviserend lid van het tactisch overleg.",
     "Officier van justitie aanwezig bij de kwartaaloverleggen."),
    ("Zorg- en Veiligheidshuis", "Karim Ouali", date(2019, 9, 18), dict(
        unknown_people="De bestuurders van de gemeenten Oostzaan en Landsmeer.",
        own_role="Procesregie op complexe casuïstiek en het verbinden van de ketenpartners "
                 "in de uitvoering.",
        desired_mandate="Partners mogen uitnodigen en opschalen naar het tactisch overleg.",
        intensity=Intensity.INTENSIVE,
        intensity_notes="Dagelijks in de uitvoering, maandelijks tactisch.",
        opportunities="Het netwerk bestaat al; de pilot kan daarop voortbouwen.",
        problems="Onduidelijk wie bij een impasse beslist: de escalatieroute ontbreekt."),
     "Procesregie op complexe casussen; opschalen naar het tactisch overleg.",
     "Procesregisseur 0,5 fte; vergaderruimte en secretariaat voor de casusoverleggen."),
)

CORE_VALUES = (
    ("Vertrouwen", "We gaan uit van elkaars goede bedoelingen en spreken elkaar direct aan."),
    ("Transparantie", "We delen informatie die de ander nodig heeft, binnen de wet."),
    ("De inwoner centraal", "Niet het systeem maar de kwetsbare inwoner bepaalt de aanpak."),
    ("Afspraak is afspraak", "Wat we in het RBO afspreken, voeren we in de eigen organisatie "
                             "uit."),
)

ANSWERS = {
    "alive": "Twee keer per jaar een gezamenlijke werksessie met een casus uit de praktijk; "
             "de trekker stuurt ieder kwartaal een korte voortgangsbrief.",
    "values": "Vertrouwen, transparantie, de inwoner centraal en afspraak is afspraak.",
    "commit": "De kernwaarden staan op de agenda van het eerste RBO van het jaar; daar "
              "bespreken we waar ze onder druk stonden.",
    "performance": "Met de indicatoren uit de beleidstheorie: aantal E33-meldingen, tijd tot "
                   "passende zorg en het oordeel van de professionals.",
    "mandate": "Het RBO besluit over de werkagenda; de colleges over geld; het tactisch "
               "overleg over werkprocessen; het Zorg- en Veiligheidshuis over de casusregie.",
}

# (level, decision body, meaning, contribution, participants by organisation)
LEVELS = (
    ("Regio (bestuurlijk)", "Regionaal bestuurlijk overleg Z+V",
     "Een gedeelde agenda voor zeven gemeenten en de partners.",
     "Kaders stellen en knopen doorhakken bij een impasse.",
     ("Gemeente Zaanstad", "Politie", "Openbaar Ministerie")),
    ("Gemeente", "College van B en W",
     "Wat de aanpak lokaal kost en oplevert voor de eigen inwoners.",
     "Budget en lokale uitvoering, verantwoording aan de raad.",
     ("Gemeente Zaanstad", "Gemeente Purmerend")),
    ("Ketenpartners (tactisch)", "Tactisch overleg Z+V",
     "Werkprocessen die op elkaar aansluiten.",
     "Werkafspraken maken en knelpunten oplossen.",
     ("Gemeente Zaanstad", "Gemeente Purmerend", "Politie", "GGZ-instelling",
      "Zorg- en Veiligheidshuis")),
    ("Uitvoering (operationeel)", "Casusoverleg in het Zorg- en Veiligheidshuis",
     "Snelle, passende hulp voor de inwoner.",
     "Casussen bespreken en gezamenlijk een plan maken.",
     ("Politie", "GGZ-instelling", "Zorg- en Veiligheidshuis")),
)

GLOSSARY = {
    "veiligheid": {
        "Gemeente Zaanstad": "Openbare orde en een veilige woonomgeving voor alle inwoners.",
        "Politie": "Geen strafbare feiten en geen dreiging voor de omgeving.",
        "GGZ-instelling": "Dat de patiënt geen gevaar is voor zichzelf of anderen.",
        "Zorg- en Veiligheidshuis": "Stabiliteit in het leven van de inwoner en zijn "
                                    "omgeving.",
        "Openbaar Ministerie": "Het voorkomen van nieuwe slachtoffers en recidive.",
    },
    "effectief": {
        "Gemeente Zaanstad": "Minder incidenten en minder overlast per euro.",
        "Gemeente Purmerend": "De inwoner is binnen een week bij de juiste hulp.",
        "Politie": "Minder inzet van agenten bij meldingen die over zorg gaan.",
        "GGZ-instelling": "Herstel en terugvalpreventie bij de patiënt.",
    },
    "escalatie": {
        "Gemeente Zaanstad": "De burgemeester neemt de regie.",
        "GGZ-instelling": "Een crisisbeoordeling en zo nodig een crisismaatregel.",
        "Zorg- en Veiligheidshuis": "Opschalen naar het tactisch overleg als de casus vastloopt.",
    },
}


def populate_example(session: Session, ctx: ExampleContext) -> None:
    """Adds the cooperation of the regiopilot to the example region."""
    project_id = ctx.projects["regiopilot"]
    by_org: dict[str, str] = {}
    for org, person, intake_date, intake, mandate, investment in PARTICIPANTS:
        pid = coop.add_participant(session, project_id,
                                   organisation_id=ctx.organisations[org],
                                   person_id=ctx.people[person] if person else None)
        row = session.get(CoopParticipant, pid)
        for key, value in intake.items():
            setattr(row, key, value)
        row.intake_date = intake_date
        row.agreed_mandate = mandate
        row.investment = investment
        by_org[org] = pid
    # A participant without organisation in the file: the experts by experience.
    coop.add_participant(session, project_id, name="Cliëntenraad GGZ (ervaringsdeskundigen)")
    for name, description in CORE_VALUES:
        coop.add_core_value(session, project_id, name, description)
    for key, answer in ANSWERS.items():
        coop.set_answer(session, project_id, key, answer)
    own = coop.add_own_question(session, project_id,
                                "Hoe betrekken we ervaringsdeskundigen bij de samenwerking?")
    session.get(coop.CoopAnswer, own).answer = (
        "De cliëntenraad GGZ schuift twee keer per jaar aan bij het tactisch overleg en leest "
        "mee met nieuwe werkafspraken.")
    for name, body, meaning, contribution, members in LEVELS:
        level_id = coop.add_level(session, project_id, name, body)
        level = session.get(coop.CoopLevel, level_id)
        level.meaning = meaning
        level.contribution = contribution
        for org in members:
            coop.set_seat(session, level_id, by_org[org], True)
    for term, cells in GLOSSARY.items():
        term_id = coop.add_term(session, project_id, term)
        for org, meaning in cells.items():
            coop.set_meaning(session, term_id, ctx.organisations[org], meaning)
    session.flush()
