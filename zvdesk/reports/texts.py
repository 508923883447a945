"""Dutch texts and formatting helpers of the reports (one place, for review and translation)."""

from __future__ import annotations

from datetime import date

MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december")

CONTENTS = "Inhoud"
PAGE_OF = "pagina {page} van {total}"
CONCEPT_MARK = "CONCEPT"
STATUS_LABELS = {"concept": "Concept", "definitief": "Definitief"}
VERSION = "Versie"
STATUS = "Status"
DATE = "Datum"
AUTHOR = "Auteur"
ORGANISATION = "Organisatie"
REGION = "Regio"
PROJECT = "Project"
WHOLE_REGION = "Hele regio"
DEFAULT_TITLE_PROJECT = "Rapportage {project}"
DEFAULT_TITLE_REGION = "Rapportage regio {region}"
SUBTITLE = "Regionale samenwerking zorg en veiligheid"
TOC_FIELD_HINT = ("De inhoudsopgave wordt gemaakt door Word: klik er met de rechtermuisknop op "
                  "en kies ‘Veld bijwerken’.")
EMPTY = "–"


def dutch_date(value: date) -> str:
    """Formats a date the Dutch way: ``date(2026, 11, 22)`` → "22 november 2026"."""
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def short_date(value: date | None) -> str:
    """Formats an optional date as "22-11-2026", or a dash when there is none."""
    return value.strftime("%d-%m-%Y") if value else EMPTY
