"""Dutch texts of the work-forms tab and the presentation window."""

TITLE = "Werkvormen"
INTRO = ("Plan een (digitale) sessie als een agenda van werkvormen uit deel 2 van de "
         "gereedschapskist, presenteer hem op de beamer en leg vast wat hij oplevert.")
SESSION = "sessie"
NEW_SESSION = "Nieuwe sessie"
SESSIONS = "Sessies"
SESSION_TITLE = "Titel"
SESSION_DATE = "Datum"
SESSION_GOAL = "Doel van de sessie"
SESSION_OUTCOME = "Opbrengst van de sessie"
PARTICIPANTS = "Deelnemers"
PARTICIPANT = "deelnemer"
PERSON = "Persoon"
FREE_NAME = "Naam (niet in het bestand)"
FROM_PROJECT = "Deelnemers van het project overnemen (1.4)"
FROM_PROJECT_TIP = ("Zet de personen die bij 1.4 Samenwerken aan opgaven als deelnemer van dit "
                    "project staan in de sessie (wie er al in staat, blijft één keer).")
FROM_PROJECT_UNDO = "Deelnemers van het project overnemen"
FROM_PROJECT_NONE = "Bij 1.4 staan nog geen personen als deelnemer van dit project."
PARTICIPANTS_HINT = ("De deelnemers zijn personen uit de regio (kies ze in de kolom Persoon); "
                     "iemand die niet in het bestand staat, vult u als naam in.")
PAGE_AGENDA = "Agenda"
PAGE_RESULTS = "Resultaten"
PAGE_TIPS = "Tips"
ITEM = "agendapunt"
FORM = "Werkvorm"
QUESTION = "Vraag, voorstel of opdracht"
MINUTES = "Minuten"
OUTCOME = "Uitkomst"
START = "Begin"
UP = "Omhoog"
DOWN = "Omlaag"
MOVE = "Agendapunt verplaatsen"
PRESENT = "Presenteren (F5)"
PRESENT_TIP = ("Toont het agendapunt groot en schermvullend voor de beamer. Pijltjes of spatie: "
               "volgende of vorige; T: timer starten of stoppen; Esc: terug.")
TOTAL = "Totale duur: {minutes} minuten"
NO_SESSION = "Kies links een sessie, of voeg er een toe."
NO_ITEM = "Kies op de agenda een agendapunt om de resultaten vast te leggen."
FORM_INFO = "<b>{title}</b> ({chapter}) — <i>Doel:</i> {goal}<br>{explanation}"
TIPS_INTRO = "De tips uit deel 2 voor de duur en de vorm van een sessie. Vink aan wat u heeft " \
             "geregeld."
TIP_CHANGE = "Tip afvinken"
# Votes.
VOTE = "Stem"
VOTE_COLOUR = "Kleur"
VOTE_DOUBT = "Vraag of twijfel"
VOTE_NONE = "(geen stem)"
VOTE_CHANGE = "Stem vastleggen"
DOUBT_CHANGE = "Twijfel vastleggen"
VOTE_HINT = ("Vraag eerst de deelnemers met geel naar hun vraag of twijfel. Kies per deelnemer "
             "een kleur (F2 opent de keuzelijst) en noteer de vraag of twijfel.")
VOTE_SUMMARY = "Groen {groen} · geel {geel} · rood {rood}"
# Other results.
ENTRY = "resultaat"
ENTRY_WHO = "Deelnemer"
ENTRY_NAME = "Naam (buiten de sessie)"
ENTRY_CATEGORY = "Kleur, pet of rol"
ENTRY_GROUP = "Duo of groep"
ENTRY_SUBJECT = "Idee"
ENTRY_TEXT = "Tekst"
ENTRY_TEXT_BY_RESULT = {
    "antwoorden": "Antwoord",
    "woorden": "Woorden",
    "petten": "Punt",
    "duo": "Terugkoppeling",
    "groepen": "Standpunt of opbrengst",
    "notities": "Notitie",
}
PAIRS_HINT = "Vanaf tien deelnemers: werk met de petten eerst in duo's (een belronde)."
WORDS = "Woorden"
WORD = "Woord"
COUNT = "Aantal"
TO_GLOSSARY = "Naar de begrippenlijst (1.4)"
TO_GLOSSARY_DONE = "‘{word}’ staat in de begrippenlijst van 1.4."
TO_GLOSSARY_UNDO = "Woord naar de begrippenlijst"
CLOUD_NAME = "Woordenwolk"
CLOUD_EMPTY = "Nog geen woorden."
# Presentation window.
PRESENTER = "Presentatie"
PRESENTER_HELP = "→ of spatie: volgende · ←: vorige · T: timer · Esc: sluiten"
PRESENTER_END = "Einde van de agenda"
PRESENTER_EMPTY = "De agenda is nog leeg."
PRESENTER_POSITION = "Agendapunt {n} van {total}"
