"""Every Dutch string of the stakeholder canvas tab (one place, for review and translation)."""

from __future__ import annotations

from zvdesk.models.stakeholders.tables import Attitude, RelationKind

TITLE = "Krachtenveld"
PROJECT_FALLBACK = "Project"

TOOL_SELECT = "Selecteren"
TOOL_SELECT_TIP = "Spelers selecteren en verslepen (Shift+slepen tekent een relatie)"
TOOL_RELATION = "Relatie tekenen"
TOOL_RELATION_TIP = "Sleep van de ene speler naar de andere om een relatie te tekenen"
RELATION_KIND = "Soort relatie:"
ADD_FREE = "Speler toevoegen"
ADD_FREE_TIP = "Een speler die (nog) niet bij de personen of organisaties staat"
DELETE = "Verwijderen"
EXPORT = "Exporteren"
OPEN_COMMUNICATION = "Communicatie"
OPEN_COMMUNICATION_TIP = "Naar de communicatiestrategie: invloed, belang en aanpak per speler"
EXPORT_PNG = "Als afbeelding (PNG)…"
EXPORT_SVG = "Als tekening (SVG)…"
EXPORT_TITLE = "Krachtenveld exporteren"
EXPORT_FAILED = "Exporteren is niet gelukt"
PNG_FILTER = "PNG-afbeelding (*.png)"
SVG_FILTER = "SVG-tekening (*.svg)"

SOURCES = "Personen en organisaties"
SOURCES_TOGGLE = "Toevoegen uit de regio"
SOURCES_TOGGLE_TIP = "Toon of verberg de lijst van personen en organisaties om op de kaart te slepen"
SOURCES_HINT = "Sleep een naam naar de cirkels (of kies hem en druk op Enter)."
SOURCES_FILTER = "Zoeken…"
ALREADY_PLACED = "Staat al op de kaart"
PEOPLE = "Personen"
ORGANISATIONS = "Organisaties"
LIST_DIRECT = "Directe invloed ({n})"
LIST_INDIRECT = "Indirecte invloed ({n})"
LIST_OUTSIDE = "Buiten de cirkels: {n}"
LISTS_HINT = ("Sleep een naam naar de andere lijst om de speler van cirkel te laten wisselen, "
              "of naar een plek op de kaart.")

DETAILS = "Speler"
NO_SELECTION = "Kies een speler of relatie op de kaart."
MANY_SELECTED = "{n} spelers gekozen."
NAME = "Naam"
INITIALS = "Initialen"
RING = "Cirkel"
ATTITUDE = "Houding"
NOTES = "Notities"
NOTES_TIP = "Wat weet u over deze speler en zijn belangen? (AVG: alleen wat nodig is)"
LINKED = "Gekoppeld aan {what}"
FREE_TEXT = "Vrije tekst (niet gekoppeld)"
RELATION = "Relatie"
RELATION_BETWEEN = "{a} → {b}"
RELATION_NOTE = "Toelichting"
RELATION_NOTE_TIP = "Wat speelt er tussen deze twee spelers?"
NEXT_STEP = "Stap 4: de volgende stap"
NEXT_STEP_TIP = "Welke vervolgstap is nu het meest effectief?"

ATTITUDE_SHORT = {Attitude.RED: "Rood: ontevreden", Attitude.BLUE: "Blauw: geen mening",
                  Attitude.GREEN: "Groen: tevreden"}
ATTITUDE_KEYS = {Attitude.RED: "R", Attitude.BLUE: "B", Attitude.GREEN: "G"}
RELATION_SHORT = {RelationKind.GOOD: "Goed", RelationKind.BAD: "Slecht"}

LEGEND_ATTITUDE = {Attitude.GREEN: "tevreden / aangehaakt", Attitude.BLUE: "mening niet gevormd",
                   Attitude.RED: "niet tevreden / niet aangehaakt"}
LEGEND_GOOD = "goede relatie"
LEGEND_BAD = "slechte relatie"
RING_LABEL_DIRECT = "1 · directe invloed"
RING_LABEL_INDIRECT = "2 · indirecte invloed"
RING_LABEL_OUTSIDE = "buiten"

# Undo texts (Bewerken-menu)
UNDO_MOVE = "Speler verplaatsen"
UNDO_MOVE_MANY = "{n} spelers verplaatsen"
UNDO_ADD = "Speler toevoegen"
UNDO_DELETE = "Speler verwijderen"
UNDO_DELETE_MANY = "{n} spelers verwijderen"
UNDO_DELETE_RELATION = "Relatie verwijderen"
UNDO_DELETE_MIXED = "Spelers en relaties verwijderen"
UNDO_ATTITUDE = "Houding wijzigen"
UNDO_RING = "Cirkel wijzigen"
UNDO_RELATION = "Relatie tekenen"
UNDO_RELATION_KIND = "Soort relatie wijzigen"
UNDO_FIELD = "{field} wijzigen"
UNDO_NEXT_STEP = "Volgende stap wijzigen"

NEW_PLAYER_NAME = "Nieuwe speler"
EMPTY_MAP = "Sleep personen of organisaties uit de lijst links naar de cirkels."
CANVAS_NAME = "Krachtenveldkaart"
CANVAS_DESCRIPTION = ("Cirkels rond het project. Tab kiest de volgende speler, pijltjes "
                      "verplaatsen, Page Up/Down wisselt van cirkel, R/B/G zet de houding, "
                      "Delete verwijdert.")
NOT_SAVED = "Niet opgeslagen"
