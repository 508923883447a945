"""Every Dutch text of the §1.4 tab "Samenwerken aan opgaven" (one place, for review)."""

from __future__ import annotations

TITLE = "Samenwerken aan opgaven"

PAGE_INTAKE = "Intake per deelnemer"
PAGE_OVERVIEW = "Overzicht per vraag"
PAGE_AGREEMENTS = "Afspraken"
PAGE_DEEPENING = "Verdiepende vragen"
PAGE_GOVERNANCE = "Bestuurslagen"
PAGE_GLOSSARY = "Begrippenlijst"

# -- intake ----------------------------------------------------------------------------------
INTAKE_INTRO = ("Laat iedere deelnemer deze vragen vóór de startbijeenkomst invullen en "
                "terugsturen. Kies links een deelnemer en vul de antwoorden in.")
PARTICIPANTS = "Deelnemers"
ADD_PARTICIPANT = "Deelnemer toevoegen"
ADD_FREE_TEXT = "Andere deelnemer (vrije tekst)…"
NEW_PARTICIPANT_NAME = "Nieuwe deelnemer"
DELETE = "Verwijderen"
MOVE_UP = "Deelnemer omhoog"
MOVE_DOWN = "Deelnemer omlaag"
DELETE_PARTICIPANT_Q = ("Wilt u deelnemer ‘{name}’ verwijderen, met de intake en de "
                        "afspraken? U kunt dit ongedaan maken met Ctrl+Z.")
NO_PARTICIPANT = "Voeg links een deelnemer toe om de intake in te vullen."
WHO = "Wie"
ORGANISATION = "Organisatie"
PERSON = "Persoon"
FREE_NAME = "Naam (vrije tekst)"
FREE_NAME_TIP = "Alleen nodig als de deelnemer geen organisatie of persoon uit de regio is"
INTAKE_DATE = "Intake ontvangen op"
ANSWER = "Antwoord"
INTAKE_DONE = "intake ingevuld"
INTAKE_OPEN = "intake nog open"
NONE = "(geen)"

# -- overview --------------------------------------------------------------------------------
OVERVIEW_TITLE = "Overzicht van de intake per vraag"
OVERVIEW_SUB = "Voor de startbijeenkomst: de antwoorden van alle deelnemers naast elkaar."
NO_ANSWER = "geen antwoord"
OVERVIEW_COUNT = "Intake ingevuld door {done} van de {total} deelnemers."
OVERVIEW_EMPTY = "Er zijn nog geen deelnemers. Voeg ze toe op het blad ‘Intake per deelnemer’."
SAVE_PDF = "Opslaan als PDF…"
SAVE_PDF_TITLE = "Overzicht opslaan als PDF"
PDF_FILTER = "PDF-bestanden (*.pdf)"
PDF_FAILED = "Het overzicht kon niet als PDF worden opgeslagen."
PDF_SAVED = "Het overzicht is opgeslagen als {name}."

# -- agreements ------------------------------------------------------------------------------
AGREEMENTS_INTRO = ("Waar consensus over is, legt u vast als samenwerkingsafspraak: de "
                    "kernwaarden van de samenwerking en per deelnemer het mandaat en de "
                    "investering.")
CORE_VALUES = "Kernwaarden van de samenwerking"
CORE_VALUE = "kernwaarde"
CORE_VALUE_COL = "Kernwaarde"
CORE_VALUE_DESC = "Wat betekent dit voor ons?"
NEW_CORE_VALUE = "Nieuwe kernwaarde"
MANDATE_INVESTMENT = "Mandaat en investering per deelnemer"
AGREED_MANDATE = "Afgesproken mandaat"
AGREED_MANDATE_TIP = "Waarover mag deze deelnemer beslissen of meebeslissen?"
INVESTMENT = "Investering"
INVESTMENT_TIP = "Wat brengt deze deelnemer in: tijd (fte), geld, mensen, middelen"
PARTICIPANT = "deelnemer"
CLEAR_CELL = "Cel leegmaken"
MANDATE_NOTE = ("Dubbelklik of typ in een cel om het mandaat of de investering vast te leggen; "
                "Delete maakt een cel leeg. "
                "Deelnemers voegt u toe op het blad ‘Intake per deelnemer’.")

# -- deepening -------------------------------------------------------------------------------
DEEPENING_INTRO = ("Vragen die u naar wens kunt toevoegen. Sta stil bij wat iedereen "
                   "verstaat onder de begrippen die u gebruikt (zie de begrippenlijst).")
DEEPENING_PLACEHOLDER = "Het antwoord van de deelnemers samen…"
ANSWER_CHANGE = "Antwoord wijzigen"
OWN_QUESTIONS = "Eigen vragen"
OWN_QUESTION = "Eigen vraag"
OWN_QUESTION_PLACEHOLDER = "Schrijf hier de vraag…"
NEW_OWN_QUESTION = "Nieuwe vraag"
ADD_OWN_QUESTION = "Eigen vraag toevoegen"
OWN_QUESTION_CHANGE = "Eigen vraag wijzigen"
DELETE_OWN_QUESTION = "Eigen vraag verwijderen"
DELETE_OWN_QUESTION_Q = ("Wilt u deze vraag met het antwoord verwijderen? U kunt dit "
                         "ongedaan maken met Ctrl+Z.")

# -- governance ------------------------------------------------------------------------------
GOVERNANCE_INTRO = ("De opgave speelt op meerdere bestuurslagen tegelijk (multi-level "
                    "governance). Leg per laag vast wie er zit, wie er beslist en wat de "
                    "opgave daar betekent, zodat u hierop kunt terugvallen als het stroef "
                    "loopt of er knopen moeten worden doorgehakt.")
LEVEL = "bestuurslaag"
LEVEL_NAME = "Bestuurslaag"
DECISION_BODY = "Beslissingsorgaan"
DECISION_BODY_TIP = "Wie neemt op deze laag de besluiten?"
MEANING = "Betekenis van de opgave op deze laag"
CONTRIBUTION = "Betrokkenheid en inzet"
NEW_LEVEL = "Nieuwe bestuurslaag"
SUGGEST_LEVELS = "Standaardlagen toevoegen"
SUGGEST_LEVELS_DONE = "Standaardlagen toevoegen"
SEATS = "Wie zit op deze laag?"
SEATS_NONE = "Kies een bestuurslaag."
SEAT_CHANGE = "Deelnemers van de bestuurslaag wijzigen"

# -- glossary --------------------------------------------------------------------------------
GLOSSARY_INTRO = ("Iedere organisatie kan een andere invulling geven aan woorden als "
                  "‘veiligheid’ of ‘effectief’. Schrijf per organisatie op wat zij eronder "
                  "verstaat, zodat u zeker weet dat u over hetzelfde praat. De kolommen zijn "
                  "de organisaties van de deelnemers.")
TERM = "Begrip"
TERM_NOUN = "begrip"
ADD_TERM = "Begrip toevoegen"
DELETE_TERM = "Begrip verwijderen"
NEW_TERM = "nieuw begrip"
TERM_CHANGE = "Begrip wijzigen"
MEANING_CHANGE = "Betekenis van ‘{term}’ wijzigen"
DELETE_TERM_Q = ("Wilt u het begrip ‘{term}’ met alle betekenissen verwijderen? U kunt dit "
                 "ongedaan maken met Ctrl+Z.")
GLOSSARY_NO_ORGS = ("Nog geen kolommen: kies op het blad ‘Intake per deelnemer’ bij de "
                    "deelnemers een organisatie.")

NOT_SAVED = "Niet opgeslagen"
INVALID = "Ongeldige invoer"
