"""Dutch texts of the §2.2 Timing tab."""

TITLE = "Timing"
PAGE_PLANNING = "Planning"
PAGE_CYCLES = "Cycli van partners"
PAGE_CLASHES = "Botsingen"
PAGE_GROUP = "Projectgroep"
PAGE_STREAMS = "Beleidsraam"
PAGE_TIMELINE = "Tijdlijn"

PLANNING_INTRO = ("Maak een planning voor het project. Het belangrijkste hierbij is wanneer "
                  "er beslismomenten nodig zijn, zoals een college- of raadsbesluit.")
CHECKLIST = "De vijf stappen van de toolbox"
CYCLES_INTRO = ("Leg per partner de eigen tijdscycli vast: begroting, verantwoording, "
                "verkiezingen, reces, kritieke momenten en stippen op de horizon. Een cyclus "
                "die terugkomt, vult u één keer in (bijvoorbeeld elk jaar in juni). Met de "
                "marge telt u dagen ervoor en erna mee (de aanloop naar verkiezingen).")
CLASHES_INTRO = ("ZV Desk zoekt de momenten van het project die in een cyclus van een "
                 "partner vallen. Schrijf per botsing de gekozen oplossing op.")
NO_CLASHES = "Geen botsingen: geen moment valt in een cyclus van een partner."
CLASH_COLUMNS = ["Datum", "Moment", "Partner", "Cyclus", "Periode", "Gekozen oplossing"]
SOLUTION_UNDO = "Oplossing van de botsing wijzigen"
GROUP_INTRO = ("Geef de leden van uw projectgroep de tijd om de planning naast de tijdscycli "
               "van hun organisatie te leggen: is de planning voor hen realistisch, en welke "
               "knelpunten zien zij?")
STREAMS_INTRO = ("Een beleidsraam ontstaat als drie stromen samenkomen: “de kans om in een "
                 "politieke setting een oplossing te koppelen aan een ervaren probleem”. "
                 "Noteer wat er in elke stroom gebeurt, en wanneer de stromen samenkomen.")
TIMELINE_INTRO = ("Eén baan per partner met zijn cycli, daarboven de momenten van het project "
                  "(rood omrand: een botsing). Sleep een moment naar een andere datum; "
                  "Ctrl+scrollwiel of Ctrl+= en Ctrl+- zoomt van weken tot jaren.")
PROJECT_LANE = "Project"
STREAM_LANES = "Beleidsraam"
MOVE_UNDO = "Moment verplaatsen"
STEP_UNDO = "Planningsstap afvinken"
NOT_SAVED = "Niet opgeslagen"
