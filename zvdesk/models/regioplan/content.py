"""The questions of seed 004, per part of the plan, and the plan field that answers each.

The tab and the document both take their labels and questions from here, so the user reads
the same words in both. Questions in quotes are seed 004's own words.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PlanQuestion:
    """One text of the plan: the field, its short title and the question it answers."""

    field: str
    title: str
    question: str


VLIEGENDE_START = (
    PlanQuestion("deciders", "Wie besluit",
                 "Wie besluit? Wie stelt het regioplan vast en wie bereidt voor?"),
    PlanQuestion("strategic_focus", "Strategische focus", "Wat is de strategische focus?"),
    PlanQuestion("choice_criteria", "Keuzecriteria",
                 "Tot welke keuzecriteria leiden deze kaders?"),
    PlanQuestion("organisation_form", "Organisatievorm",
                 "Welke organisatievorm kiest u voor de samenwerking?"),
)

HISTORIE = (
    PlanQuestion("history_success", "Succes van eerdere samenwerking",
                 "Wat bepaalde het succes van eerdere regionale samenwerking?"),
    PlanQuestion("history_ambition", "Betekenis voor de ambitie",
                 "Wat impliceert dat voor onze ambitie?"),
)

HUIDIGE_SITUATIE = (
    PlanQuestion("characteristics", "Kenmerken van de regio",
                 "Wat zijn de kenmerken van de regio?"),
    PlanQuestion("actors_needs", "Actoren en behoeften",
                 "Welke actoren spelen een rol en wat zijn de behoeften van deze landelijke, "
                 "regionale of lokale actoren?"),
    PlanQuestion("provision", "Hoe nu in de behoeften wordt voorzien",
                 "Op welke wijze wordt momenteel in deze behoeften voorzien en hoe "
                 "toekomstbestendig is dat?"),
    PlanQuestion("starting_position", "Uitgangsposities",
                 "Wat zijn de organisatorische, financiële en personele uitgangsposities?"),
    PlanQuestion("legislation", "Wet- en regelgeving",
                 "Welke wet- en regelgeving speelt een rol?"),
    PlanQuestion("insights", "Gedeelde inzichten",
                 "Welke inzichten kunnen op basis hiervan worden gedeeld?"),
)

DOELEN = (
    PlanQuestion("mission_vision", "Missie en visie",
                 "Wat zijn de missie en visie van de samenwerkende organisaties of leden?"),
    PlanQuestion("business_case", "Businesscase",
                 "Wat is de financiële onderbouwing van de doelstellingen (businesscase)?"),
)

IMPACT = (
    PlanQuestion("impact_culture", "Cultuur", "Wat is de impact op de cultuur?"),
    PlanQuestion("impact_structure", "Structuur", "Wat is de impact op de structuur?"),
    PlanQuestion("impact_activities", "Activiteiten", "Wat is de impact op de activiteiten?"),
    PlanQuestion("impact_technology", "Technologie", "Wat is de impact op de technologie?"),
)

BIJLAGEN = (
    PlanQuestion("risks", "Risicoanalyse",
                 "Welke risico’s ziet u en hoe beheerst u ze?"),
    PlanQuestion("budget", "Programmatisch budget",
                 "Welk budget is er per programmaonderdeel en wie draagt wat bij?"),
    PlanQuestion("staffing", "Formatie-overzicht",
                 "Welke formatie is er nodig, bij wie en hoeveel?"),
)

#: Seed 004's note on sharp goals, shown with the goal tree.
SHARP_GOALS = "Scherpe doelstellingen zijn wederzijds exclusief en gezamenlijk compleet."
