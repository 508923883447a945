"""Every Dutch text of the §1.1 tab "Probleemscan" (one place, for review)."""

from __future__ import annotations

TITLE = "Probleemscan"

PAGE_QUESTIONS = "Vragen en antwoorden"
PAGE_OVERVIEW = "Overzicht"

QUESTIONS = "Vragen"
QUESTIONS_INTRO = ("Vink de vragen aan die u in dit project stelt; u kunt ook eigen vragen "
                   "toevoegen.")
ADD_QUESTION = "Eigen vraag toevoegen"
NEW_QUESTION = "Nieuwe vraag"
DELETE_QUESTION = "Verwijderen"
DELETE_QUESTION_UNDO = "Vraag verwijderen"
DELETE_QUESTION_Q = ("Wilt u de vraag ‘{text}’ verwijderen, met de antwoorden, de samenvatting "
                     "en het voorstel? U kunt dit ongedaan maken met Ctrl+Z.")
ONLY_OWN_DELETE = "Alleen eigen vragen kunt u verwijderen; zet een vraag van de toolbox uit."
SWITCH_ON = "Vraag aanzetten"
SWITCH_OFF = "Vraag uitzetten"
NOT_USED = "niet gebruikt"
ANSWERS_SUFFIX = "{n} antw."
QUESTION_TEXT = "Vraag"
OWN_QUESTION_TIP = "De tekst van uw eigen vraag"
FRAMING = "Hoort bij: {framing}"
OWN_FRAMING = "Eigen vraag van de deelnemers"
NO_QUESTION = "Kies links een vraag."

ANSWERS = "Antwoorden van de deelnemers"
ANSWERS_INTRO = ("Noteer per deelnemer wat hij of zij op deze vraag antwoordde. Kies de "
                 "persoon uit het bestand, of typ een naam als de deelnemer er niet in staat.")
ANSWER = "Antwoord"
PARTICIPANT = "Deelnemer"
OTHER_NAME = "Andere naam"
OTHER_NAME_TIP = "Alleen voor een deelnemer die niet bij de personen van de regio staat"
ANSWER_NOUN = "antwoord"

RESULT = "Samenvatting en voorstel"
SUMMARY = "Samenvatting"
SUMMARY_TIP = "Een samenvatting van de antwoorden die de betrokkenen gaven"
PROPOSAL = "Voorstel"
PROPOSAL_TIP = ("In één zin de belangrijkste uitkomst en zo mogelijk een voorstel voor het "
                "vervolg")

TAKE_OVER = "Overnemen als Doel in het impact framework"
TAKE_OVER_UNDO = "Realistisch eindresultaat als Doel overnemen"
TAKE_OVER_EMPTY = "Vul eerst de samenvatting (of het voorstel) van deze vraag in."
TAKE_OVER_DONE = "Staat als Doel in het impact framework."
OPEN_IMPACT = "Impact framework openen"
NOT_SAVED = "Niet opgeslagen"

OVERVIEW_INTRO = ("De gebruikte vragen met de samenvatting en het voorstel, zoals in het "
                  "rapport.")
COL_QUESTION = "Vraag"
COL_SUMMARY = "Samenvatting"
COL_PROPOSAL = "Voorstel"
COL_ANSWERS = "Antwoorden"
