"""Every Dutch text of the §3.1 tab "Dilemmaschuif" (one place, for review)."""

from __future__ import annotations

TITLE = "Dilemmaschuif"

DILEMMAS = "Dilemma's"
ADD_DILEMMA = "Dilemma toevoegen"
NEW_DILEMMA = "Nieuw dilemma"
DELETE = "Verwijderen"
DELETE_Q = ("Wilt u het dilemma ‘{title}’ verwijderen, met alle posities? U kunt dit ongedaan "
            "maken met Ctrl+Z.")
DELETE_UNDO = "Dilemma verwijderen"
NO_DILEMMA = "Voeg links een dilemma toe: een keuze tussen twee waarden."
NOT_SAVED = "Niet opgeslagen"

PAGE_SPREAD = "Schuif en posities"
PAGE_DETAILS = "Dilemma en uitkomst"

CHART_NAME = "Spreiding op de dilemmaschuif"
CHART_EMPTY = "Nog geen posities: voeg hieronder per deelnemer een positie toe."
CHART_DESCRIPTION = "{n} deelnemers tussen {low} en {high}; gemiddeld {mean:.0f}."
CHOSEN = "Keuze"
LEFT_END = "◀ 0: {value}"
RIGHT_END = "{value} :100 ▶"
NO_VALUE = "(waarde nog niet ingevuld)"

POSITIONS = "Posities van de deelnemers"
POSITIONS_INTRO = ("Vraag iedere deelnemer de schuif ergens op de lijn te zetten (0 = helemaal "
                   "links, 100 = helemaal rechts) en toe te lichten wat maakt dat hij of zij "
                   "meer naar links of naar rechts zit.")
POSITION = "Positie"
POSITION_TIP = "0 = helemaal links, 50 = midden, 100 = helemaal rechts"
PARTICIPANT = "Deelnemer"
OTHER_NAME = "Andere naam"
OTHER_NAME_TIP = "Alleen voor een deelnemer die niet bij de personen van de regio staat"
EXPLANATION = "Toelichting"
VALUE_ORDER = "Waardenvolgorde"
VALUE_ORDER_TIP = "De waardenhiërarchie van de deelnemer: welke waarde gaat voor?"
POSITION_NOUN = "positie"

DILEMMA_BOX = "Het dilemma"
NAME = "Naam"
LEFT_VALUE = "Waarde links"
RIGHT_VALUE = "Waarde rechts"
MODE = "Werkwijze"
SESSION_DATE = "Datum"
OTHER_VALUES = "Welke waarden spelen er nog meer?"
OUTCOME_BOX = "Uitkomst"
OUTCOME_KIND = "Uitkomst"
OUTCOME = "Keuze of hoe we ons ertoe verhouden"
OUTCOME_TIP = ("Een dilemma kunt u niet oplossen; u kunt er wel een keuze in maken of "
               "afspreken hoe u zich ertoe verhoudt.")
CHOSEN_POSITION = "Gekozen positie"
CHOSEN_POSITION_TIP = "Waar de keuze op de lijn ligt (0–100); leeg als er geen punt is"
