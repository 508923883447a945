"""Every Dutch text of the §2.4 tab "Escalatie-afspraken (AVE)" (one place, for review)."""

from __future__ import annotations

TITLE = "Escalatie-afspraken (AVE)"

PAGE_PHASES = "Fasen en afspraken"
PAGE_CARD = "Regiekaart"

INTRO = ("Leg per fase vast wie de casusregie en de procesregie heeft, wie operationeel en "
         "bestuurlijk verantwoordelijk is en wanneer u op- of afschaalt. De termen liggen "
         "niet vast: pas namen, kleuren en de namen van de rijen gerust aan.")
ADD_DEFAULTS = "Standaardfasen AVE 1–4 toevoegen"
ADD_DEFAULTS_TIP = ("Voegt de vier fasen van het AVE-model toe (groen tot donkerrood); "
                    "nummers die al bestaan slaat ZV Desk over.")
ADD_DEFAULTS_UNDO = "Standaardfasen toevoegen"
PRINT = "Regiekaart afdrukken…"
SAVE_PDF = "Regiekaart opslaan als pdf…"
SAVE_PDF_TITLE = "Regiekaart opslaan"
PDF_FILTER = "PDF-bestand (*.pdf)"
SAVED_TITLE = "Regiekaart opgeslagen"
SAVED = "De regiekaart staat in {path}."
NOT_SAVED = "Niet opgeslagen"
NOT_SAVED_MSG = "De regiekaart kon niet worden opgeslagen: {reason}"
NOTHING_TO_PRINT = "Voeg eerst een fase toe; een regiekaart zonder fasen is leeg."
PRINT_TITLE = "Afdrukken"
PRINT_FAILED = "Het afdrukken is niet gelukt: de printer nam de opdracht niet aan."

PHASE = "fase"
NUMBER = "Nummer"
NUMBER_TIP = "Het nummer staat naast de kleur, zodat de fase ook zonder kleur herkenbaar is."
NAME = "Naam"
COLOUR = "Kleur"
NEW_PHASE = "Nieuwe fase"
NO_PHASE = "Kies links een fase om de afspraken in te vullen."
DETAILS = "Afspraken in deze fase"
MEETING = "Escalatie naar overleg"
MEETING_TIP = ("Het overleg van de regio (2.3 Overlegstructuren) waar een escalatie in deze "
               "fase heen gaat, bijvoorbeeld het RBO.")

TIPS = {
    "starting_situation": "Wat is er aan de hand als een casus in deze fase is?",
    "case_direction": "Wie heeft in deze fase de regie op de casus (de inwoner en zijn plan)?",
    "process_direction": "Wie bewaakt in deze fase het proces tussen de organisaties?",
    "operational_responsibility": "Wie is in de uitvoering verantwoordelijk?",
    "administrative_responsibility": "Welke bestuurder is verantwoordelijk?",
    "scale_up": "Wanneer gaat een casus naar de volgende fase?",
    "scale_down": "Wanneer kan een casus terug naar de vorige fase?",
    "protocols": "Welke protocollen, convenanten en werkafspraken gelden?",
    "escalation_route": "Waar gaat een escalatie heen (bijvoorbeeld een bestuurlijk overleg)?",
}

CARD_INTRO = ("Zo ziet de regiekaart eruit: de fasen als kolommen, de afspraken als rijen. "
              "Hieronder kunt u de titel en de namen van de rijen aanpassen; een leeg veld "
              "zet de standaardnaam terug.")
CARD_TABLE = "Regiekaart: fasen als kolommen, afspraken als rijen"
LABELS = "Titel en namen van de rijen"
CARD_TITLE = "Titel van de kaart"
LABEL_UNDO = "Naam van een rij wijzigen"
TITLE_UNDO = "Titel van de regiekaart wijzigen"
EMPTY_CELL = "–"
