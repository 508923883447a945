"""Every Dutch text of the §3.2 tab "Meelopen in de praktijk" (one place, for review)."""

from __future__ import annotations

TITLE = "Meelopen in de praktijk"

SCHEDULE = "Rooster van meeloopdagen en uitwisselingen"
SCHEDULE_INTRO = ("Plan per organisatie een meeloopdag of zet een uitwisselingstraject op. "
                  "Kies een regel om te zien wie meeloopt en om de reflectie te schrijven.")
VISIT_NOUN = "meeloopdag"
DATE = "Datum"
KIND = "Soort"
#: Short labels for the schedule's narrow column (the report writes them in full), by the
#: stored value of the visit kind (``KIND_SHORT`` has them by the enum).
_KIND_SHORT = {"meeloopdag": "Meeloopdag", "uitwisselingstraject": "Uitwisseling"}


def __getattr__(name: str) -> object:
    # KIND_SHORT is keyed by the model's enum: made on first use, so that this module (and
    # the instrument's SPECS, which show TITLE) can be imported without the models.
    if name == "KIND_SHORT":
        from zvdesk.models.meelopen.tables import VisitKind

        return {VisitKind(value): text for value, text in _KIND_SHORT.items()}
    raise AttributeError(name)
KIND_TIP = "Meeloopdag, of uitwisselingstraject (intensiever en langer)"
HOST = "Gastorganisatie"
END_DATE = "Tot en met"
PERIOD = "Periode"
PERIOD_TIP = "Bij een uitwisseling de duur in woorden, bijvoorbeeld ‘een half jaar’"
STATUS = "Status"
FOCUS = "Focus"
FOCUS_TIP = "Waar de dag of het traject om draait"

ROTA_ALL = "Iedere organisatie van de groep heeft een meeloopdag georganiseerd."
ROTA_MISSING = "Nog geen meeloopdag georganiseerd: {names}."
ROTA_EMPTY = ("Voeg meeloopdagen en deelnemers toe; dan ziet u welke organisatie nog geen dag "
              "heeft georganiseerd.")
ROTA_BUTTON = "Rooster voorstellen"
ROTA_TIP = ("Plant voor iedere organisatie die nog geen dag organiseerde een meeloopdag, "
            "ongeveer een maand na elkaar")
ROTA_UNDO = "Rooster voorstellen"
NOT_SAVED = "Niet opgeslagen"

PAGE_PEOPLE = "Wie loopt mee"
PAGE_REFLECTION = "Reflectie"
NO_VISIT = "Kies hierboven een meeloopdag of uitwisseling."
PARTICIPANT = "Deelnemer"
OTHER_NAME = "Andere naam"
OTHER_NAME_TIP = "Alleen voor iemand die niet bij de personen van de regio staat"
ROLE = "Rol"
PARTNER = "Met wie"
PARTNER_TIP = "Met wie loopt de deelnemer mee, of met wie wisselt hij of zij van functie?"
PARTNER_NAME = "Andere naam (met wie)"
PARTNER_NAME_TIP = "Alleen als die persoon niet bij de personen van de regio staat"
PARTICIPANT_NOUN = "deelnemer"
REFLECTION_INTRO = ("Reflecteer na iedere meeloopdag op wat u hebt gedaan, gezien en "
                    "meegemaakt, en wat dat betekent voor de samenwerking.")
