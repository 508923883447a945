"""Example regioplan of Zaanstreek-Waterland, in the structure of seed 004.

The focus is the regiopilots' principle of seed 002 ("lokaal waar het kan, (boven-)regionaal
waar het nodig is"); the other texts, trends and goals are written for the example and typical
of a Z+V region (fictitious where they give figures). The plan covers both example projects,
so its communicatieplan and impact theories are drawn from them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from zvdesk.models.regioplan import ops
from zvdesk.models.regioplan import tables as t
from zvdesk.models.regioplan.tables import TrendKind, Valence

if TYPE_CHECKING:
    from zvdesk.models.example import ExampleContext

FOCUS = "Lokaal waar het kan, (boven-)regionaal waar het nodig is."

PLAN = dict(
    title="Regioplan Zorg en Veiligheid Zaanstreek-Waterland 2020–2023",
    deciders="Het Regionaal Bestuurlijk Overleg Z+V (RBO) stelt het regioplan vast; de "
             "colleges van de zeven gemeenten besluiten elk over hun bijdrage en de "
             "gemeenteraden worden vooraf gehoord. Het ambtelijk regieteam bereidt voor.",
    strategic_focus=FOCUS + " Iedere gemeente blijft zelf verantwoordelijk voor haar "
                    "inwoners; de regio organiseert wat één gemeente alleen niet kan: "
                    "schaal, expertise en afspraken met de ketenpartners.",
    choice_criteria="Een onderwerp hoort in het regioplan als (1) het meer dan één gemeente "
                    "raakt, (2) een ketenpartner regionaal werkt (politie, OM, GGZ, "
                    "reclassering, Veilig Thuis), of (3) regionale schaal aantoonbaar "
                    "goedkoper of beter is. Al het andere blijft lokaal.",
    organisation_form="Netwerkorganisatie zonder nieuwe rechtspersoon: het RBO als "
                      "bestuurlijke tafel, een ambtelijk regieteam met een programmatrekker "
                      "(Zaanstad als centrumgemeente) en werkgroepen per speerpunt.",
    history_success="De samenwerking rond het Zorg- en Veiligheidshuis slaagde door een "
                    "gezamenlijke casus die iedereen raakte, een trekker met mandaat en korte "
                    "lijnen tussen burgemeesters en de politie. Eerdere pilots liepen dood "
                    "toen de subsidie stopte en niemand eigenaar bleef.",
    history_ambition="Vanaf de start vastleggen wie eigenaar is na de pilotperiode, en elke "
                     "ambitie verbinden aan structurele middelen van de gemeenten en partners.",
    characteristics="Zeven gemeenten, van de stedelijke Zaanstad en Purmerend tot de "
                    "landelijke kleine kernen in Waterland; ruim 340.000 inwoners "
                    "(afgerond); één politiedistrict en één GGD-regio.",
    actors_needs="Landelijk: de ministeries en de VNG vragen een regionale werkagenda. "
                 "Regionaal: politie en GGZ willen één aanspreekpunt voor de zeven "
                 "gemeenten. Lokaal: wijkteams willen snel weten wie bij een zorgmelding "
                 "in actie komt.",
    provision="Vandaag per gemeente eigen afspraken en een regionaal Zorg- en "
              "Veiligheidshuis dat vooral complexe casussen draait. Weinig toekomstbestendig: "
              "de meldingen over verward gedrag stijgen en de kleine gemeenten missen "
              "expertise.",
    starting_position="Organisatorisch: een ervaren Zorg- en Veiligheidshuis. Financieel: "
                      "procesgeld uit de regiopilot tot eind 2021. Personeel: een "
                      "programmatrekker (0,4 fte) en beleidsadviseurs per gemeente.",
    legislation="Wet verplichte ggz en Wet zorg en dwang (2020), de Wmo 2015, de "
                "Jeugdwet en de AVG voor het delen van gegevens in het casusoverleg.",
    insights="De regio is het eens over de knelpunten rond verward gedrag en over de "
             "behoefte aan één regionale route; de verschillen tussen stad en kleine kernen "
             "vragen om lokale uitvoering binnen regionale afspraken.",
    mission_vision="Inwoners met problemen op het snijvlak van zorg en veiligheid krijgen "
                   "tijdig de juiste hulp, dicht bij huis, en de regio is er veilig door.",
    business_case="De regionale aanpak kost naar schatting € 180.000 per jaar (fictief): "
                  "programmatrekker, procesgeld en de inzet in het Zorg- en "
                  "Veiligheidshuis. Daartegenover staan minder politie-inzet bij "
                  "zorgmeldingen en minder crisisopnames; de kosten kunnen eerst stijgen "
                  "voordat ze dalen.",
    impact_culture="Van ‘mijn casus’ naar ‘onze inwoner’: professionals van zorg en "
                   "veiligheid spreken elkaar aan en delen informatie binnen de afspraken.",
    impact_structure="Eén regionaal meldpunt en één escalatieroute; het RBO stuurt op de "
                     "werkagenda, het regieteam op de uitvoering.",
    impact_activities="Gezamenlijke casusoverleggen, een scholingsprogramma voor wijkteams "
                      "en een kwartaalrapportage van de cijfers aan het RBO.",
    impact_technology="Een gedeeld registratiesysteem voor het casusoverleg met afspraken "
                      "over privacy; een regionale kaart van wie waarvoor belt.",
    risks="- Subsidie stopt eind 2021: structurele bijdrage per gemeente vastleggen in 2021.\n"
          "- Kleine gemeenten haken af: roulerend voorzitterschap van de werkgroepen.\n"
          "- Privacy staat het delen van informatie in de weg: privacyconvenant met de "
          "ketenpartners.",
    budget="Programmatisch budget per jaar (fictief): programmatrekker € 60.000; procesgeld "
           "€ 25.000; scholing wijkteams € 40.000; regionaal meldpunt € 55.000. "
           "Verdeling over de gemeenten naar inwoneraantal.",
    staffing="Programmatrekker 0,4 fte (Zaanstad); beleidsadviseur per gemeente 0,1–0,2 "
             "fte; coördinator Zorg- en Veiligheidshuis 0,5 fte; een privacy-officer op "
             "afroep.",
)

TRENDS = (
    (TrendKind.DEMOGRAFISCH, "Vergrijzing en meer alleenstaande ouderen",
     "Meer ouderen met beginnende dementie die overlast ervaren of veroorzaken.", 4,
     Valence.BEDREIGING),
    (TrendKind.GEOGRAFISCH, "Stad en kleine kernen",
     "De kleine kernen in Waterland liggen ver van de voorzieningen in Zaanstad en "
     "Purmerend; regionale voorzieningen moeten bereikbaar blijven.", 3, Valence.BEDREIGING),
    (TrendKind.ECONOMISCH, "Krappe arbeidsmarkt in zorg en politie",
     "Vacatures blijven open; samen opleiden en expertise delen wordt aantrekkelijker.", 4,
     Valence.KANS),
    (TrendKind.MAATSCHAPPELIJK, "Meer meldingen over verward gedrag",
     "Het aantal E33-meldingen stijgt (landelijke trend); de vraag naar een "
     "regionale route groeit.", 5, Valence.BEDREIGING),
    (TrendKind.MAATSCHAPPELIJK, "Inwoners willen hulp dicht bij huis",
     "Draagvlak voor wijkgerichte aanpakken en lokale uitvoering.", 3, Valence.KANS),
    (TrendKind.TECHNOLOGISCH, "Gegevens delen tussen zorg en veiligheid",
     "Nieuwe systemen maken samenwerken in het casusoverleg makkelijker, binnen de AVG.", 3,
     Valence.KANS),
    (TrendKind.SECTORSPECIFIEK, "Wet verplichte ggz",
     "De nieuwe wet vraagt gemeenten om een meldfunctie en verkennend onderzoek: een "
     "aanleiding om dit regionaal te organiseren.", 5, Valence.KANS),
)

# (key, parent key or None, title, description, speerpunt)
GOALS = (
    ("top", None, "Tijdige, passende hulp bij problemen op het snijvlak van zorg en "
     "veiligheid", "Het hoofddoel van het regioplan.", False),
    ("route", "top", "Eén regionale route voor personen met verward gedrag",
     "Meldpunt, beoordeling en vervoer zijn regionaal geregeld.", True),
    ("meld", "route", "Een regionaal meldpunt niet-acute zorgmeldingen",
     "Bereikbaar voor inwoners, politie en wijkteams.", False),
    ("escal", "route", "Een escalatieroute tussen gemeenten en GGZ", "", False),
    ("zvh", "top", "Het Zorg- en Veiligheidshuis als regionaal knooppunt",
     "Ook voor casussen die nu per gemeente blijven liggen.", True),
    ("lokaal", "top", "Sterke lokale wijkteams",
     "Lokaal waar het kan: de wijkteams herkennen signalen en weten wie ze bellen.", True),
    ("scholing", "lokaal", "Scholing van wijkteams in signalering", "", False),
)


def populate_example(session: Session, ctx: ExampleContext) -> None:
    """Starts the example's regioplan with its texts, trends and goal tree; covers both
    example projects."""
    ops.start_plan(session)
    plan = session.get(t.RegioPlan, t.PLAN_ID)
    assert plan is not None
    for key, value in PLAN.items():
        setattr(plan, key, value)
    for n, (kind, title, description, relevance, valence) in enumerate(TRENDS, 1):
        session.add(t.RegioplanTrend(kind=kind, title=title, description=description,
                                     relevance=relevance, valence=valence, sort_order=n))
    ids: dict[str, str] = {}
    for n, (key, parent, title, description, spearhead) in enumerate(GOALS, 1):
        goal = t.RegioplanGoal(parent_id=ids.get(parent or ""), title=title,
                               description=description, spearhead=spearhead, sort_order=n)
        session.add(goal)
        session.flush()
        ids[key] = goal.id
    for key in ("regiopilot", "verward"):
        ops.set_project_covered(session, ctx.projects[key], True)
    session.flush()
