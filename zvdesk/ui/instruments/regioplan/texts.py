"""Dutch texts of the Regioplan tab (one place, for review and translation)."""

TITLE = "Regioplan"
START_INTRO = ("Met het regioplan legt de regio vast hoe de samenwerking verder gaat: een "
               "vliegende start, een analyse van de regio, scherpe doelstellingen en de "
               "bijlagen. Dit bestand heeft nog geen regioplan.")
START = "Regioplan beginnen"
DOCUMENT = "Regioplan als document…"
DOCUMENT_TIP = "Het regioplan als één document opslaan, als PDF of als Word-bestand"
DOCUMENT_TITLE = "Regioplan opslaan als"
DOCUMENT_FILTER = "PDF-document (*.pdf);;Word-document (*.docx)"
DOCUMENT_DONE = "Het regioplan is opgeslagen als {name}."
DOCUMENT_FAILED = "Regioplan niet opgeslagen"
UNEXPECTED = "Het regioplan kon niet worden gemaakt door een onverwachte fout."
PAGES = ("Vliegende start", "Analyse", "Trends", "Doelenboom", "Businesscase en impact",
         "Bijlagen", "Mijlpalen en monitoring", "Projecten")
TITLE_FIELD = "Titel van het plan"
TRENDS_INTRO = ("Welke demografische, geografische, economische, maatschappelijke, "
                "technologische en sectorspecifieke trends ziet u? Beoordeel elke trend op "
                "relevantie (1 = nauwelijks, 5 = zeer relevant) en duid hem als kans of "
                "bedreiging.")
GOALS_INTRO = ("De doelenboom: zet een doel onder een ander doel met de kolom ‘Onder doel’, "
               "of sleep het in de afbeelding op dat doel (op een lege plek: bovenaan). "
               "Markeer de speerpunten.")
ANNEX_NOTE = ("Het communicatieplan (2.1 Communicatie), de beleidstheorieën (1.3 Impact "
              "framework), de mijlpalen (2.2 Timing) en de monitoring komen uit de projecten "
              "die u bij ‘Projecten’ kiest; ze worden niet opnieuw ingetypt.")
ANNEX_SOURCES = ("Deze bijlagen komen uit de instrumenten van de projecten die u bij "
                 "‘Projecten’ kiest. U wijzigt ze daar: kies een regel en open het instrument.")
ANNEX_EMPTY = "Nog niets: kies projecten bij ‘Projecten’ of vul het instrument van een project."
MILESTONES_BOX = "Mijlpalenplanning (uit 2.2 Timing)"
MILESTONE_COLUMNS = ("Project", "Datum", "Moment", "Soort", "Botsing en gekozen oplossing")
NO_SOLUTION = "nog geen oplossing gekozen"
OPEN_TIMING = "2.2 &Timing van dit project openen"
MONITORING_BOX = "Monitoring (uit Monitoring)"
MONITORING_COLUMNS = ("Project", "Indicator", "Nulmeting", "Streefwaarde", "Laatste meting",
                      "Besproken in")
OPEN_MONITORING = "&Monitoring van dit project openen"
PROJECTS_INTRO = "Welke projecten omvat het regioplan? Hun bijlagen komen in het document."
PROJECT_ON = "Project in het regioplan opnemen"
PROJECT_OFF = "Project uit het regioplan halen"
TREND_NOUN = "trend"
GOAL_NOUN = "doel"
YES, NO = "ja", "nee"
