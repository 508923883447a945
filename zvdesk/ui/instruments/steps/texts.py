"""Every Dutch text of the stappenplan tab that is not step content (that lives in
resources/steps/steps.json)."""

from __future__ import annotations

TITLE = "Stappenplan"
STEPS_LABEL = "Stapp&en"
STEPS_ACCESSIBLE = "Stappen van het stappenplan"
STATUS_LABEL = "St&atus van deze stap:"
ASKS = "Deze stap vraagt om: {asks}"
EXAMPLE = "Voorbeeld uit het stappenplan: {example}"
HINT = "Stappenplan: {hint}"
QUESTIONS_BOX = "De vier vragen van deze stap"
#: Mnemonics for the four questions (Alt+letter jumps to the field).
QUESTION_LABELS = {
    "who": "Wie moet er aan &tafel zitten?",
    "work_form": "Welke werk&vorm is passend?",
    "dilemmas": "Welke &dilemma's of knelpunten moeten worden opgelost?",
    "result": "Wat is het &resultaat?",
}
QUESTION_UNDO = {
    "who": "Wie aan tafel wijzigen",
    "work_form": "Werkvorm wijzigen",
    "dilemmas": "Dilemma's en knelpunten wijzigen",
    "result": "Resultaat wijzigen",
}
LINKS_LABEL = "Instrumenten bij deze stap:"
LINK_TOOLTIP = "Opent het tabblad {label} van dit project"
NO_LINKS = "(nog geen instrumenten beschikbaar voor deze stap)"
STATUS_UNDO = "Status van {step} wijzigen"
STATUS_TEXT = "{label}\n{status}"
PROGRESS = "{done} van {total} stappen afgerond"
NOT_SAVED = "Niet opgeslagen"

# Step 1
AMBITION_BOX = "Gemeenschappelijke ambitie"
AMBITION_LABEL = "&Gemeenschappelijke ambitie (waarom doen we dit samen?)"
AMBITION_UNDO = "Gemeenschappelijke ambitie wijzigen"
AMBITION_PLACEHOLDER = "Bijvoorbeeld: {example}"
PARTICIPANTS_BOX = "Eigen ambitie en behoeften per deelnemer"
PARTICIPANTS_NOTE = ("Iedere deelnemer beschrijft eerst de eigen ambitie en behoeften; daarna "
                     "bespreekt u ze samen.")
PARTICIPANT_NOUN = "deelnemer"
PARTICIPANT_FIELDS = {"organisation_id": "Organisatie", "person_id": "Persoon",
                      "ambition": "Eigen ambitie", "needs": "Behoeften"}

# Step 2
GOALS_BOX = "SMART-doelen (uit het impact framework)"
GOALS_NOTE = ("Dit zijn de doelen van het impact framework van dit project. Wat u hier "
              "wijzigt, ziet u ook daar.")
NO_GOALS = "Dit project heeft nog geen doelen. Voeg een doel toe om te beginnen."
ADD_GOAL = "&Nieuw doel"
ADD_GOAL_UNDO = "Doel toevoegen"
NEW_GOAL_TITLE = "Nieuw doel"
GOAL_HEADING = "Doel {n}"
DELETE_GOAL = "Doel verwijderen"
DELETE_GOAL_QUESTION = ("Wilt u dit doel verwijderen? Het verdwijnt ook uit het impact "
                        "framework. U kunt dit ongedaan maken met Ctrl+Z.")
DELETE_YES = "Verwijderen"
SMART_ACCESSIBLE = "Toelichting {label}"
GOAL_TITLE_LABEL = "Doel:"
GOAL_TITLE_UNDO = "Doel wijzigen"
HORIZON_LABEL = "Termijn:"
HORIZON_UNDO = "Termijn van het doel wijzigen"
HORIZON_NONE = "(nog niet gekozen)"
NOTICED_LABEL = "Wie merkt het?"
NOTICED_CITIZENS = "De kwetsbare burger"
NOTICED_PROFESSIONALS = "Zorg- en veiligheidsprofessionals"
NOTICED_UNDO = "Wie het doel merkt wijzigen"
SMART_UNDO = "{label} wijzigen"
SMART_CHECK_UNDO = "{label} aan- of afvinken"
SMART_PLACEHOLDER = {
    "specifiek": "Wat verandert er precies, voor wie?",
    "meetbaar": "Waaraan ziet u dat het doel gehaald is?",
    "acceptabel": "Onderschrijven alle partners dit doel?",
    "realistisch": "Is het haalbaar met de middelen en de invloed die u hebt?",
    "tijdgebonden": "Wanneer is het doel gehaald?",
}
SMART_SCORE = "{n} van 5 SMART-criteria afgevinkt"

# Step 3
THEORY_BOX = "Beleidstheorie (impact framework)"
THEORY_EMPTY = ("De beleidstheorie van dit project is nog leeg. Open het impact framework om "
                "mechanismen, input, activiteiten en output in te vullen.")
THEORY_SUMMARY = "De beleidstheorie van dit project bevat: {items}."
OPEN_IMPACT = "&Impact framework openen"
THEORY_FINDINGS = "Aandachtspunten uit de controle van het impact framework ({n}):"
THEORY_MORE = "… en nog {n}"
THEORY_NO_FINDINGS = "De controle van het impact framework vindt geen gaten."

# Time-out
FEASIBILITY_BOX = "Besluit: is de beleidstheorie haalbaar?"
FEASIBILITY_NONE = "Nog niet besloten"
FEASIBILITY_UNDO = "Besluit over de haalbaarheid wijzigen"
MOTIVATION_LABEL = "&Motivering van het besluit"
MOTIVATION_UNDO = "Motivering wijzigen"

# Step 4
LEAD_BOX = "Projectleiderschap"
LEAD_LABEL = "&Projectleider:"
LEAD_NOTE = "Beleg het projectleiderschap expliciet bij één persoon."
LEAD_UNDO = "Projectleider wijzigen"
ROLES_BOX = "Taken en rollen per partner"
ROLE_NOUN = "taak en rol"
ROLE_FIELDS = {"organisation_id": "Partner", "person_id": "Persoon", "role": "Rol",
               "tasks": "Taken"}
PLANNING_BOX = "Planning: mijlpalen en beslismomenten"
PLANNING_NOTE = ("Dit zijn de momenten van 2.2 Timing: wat u hier wijzigt, staat daar ook "
                 "(en in de mijlpalenplanning van het regioplan). De botsingen met de cycli "
                 "van de partners ziet u in 2.2 Timing.")
MOMENT_FIELDS = {"title": "Moment", "kind": "Soort", "on_date": "Datum"}
MOMENT_NEW = "Nieuw moment"
MOMENT_NOUN = "moment"
OPEN_TIMING = "2.2 &Timing openen"

# Step 5
MONITORING_BOX = "Monitoring"
AIMS_LABEL = "Monitoringsdoel (meer mogelijk):"
AIMS_UNDO = "Monitoringsdoel wijzigen"
LEVEL_LABEL = "Monitoringsniveau:"
LEVEL_NONE = "Nog niet gekozen"
LEVEL_UNDO = "Monitoringsniveau wijzigen"
FOCUS_LABEL = "&Op welke activiteiten en output zoomt u in?"
FOCUS_UNDO = "Focus van de monitoring wijzigen"
