"""Every Dutch text the impact framework shows (one place, for review and translation)."""

from __future__ import annotations

from zvdesk.models.impact.tables import Category, ElementKind, Horizon, Influence, Polarity

KIND_LABELS = {
    ElementKind.DOEL: "Doel",
    ElementKind.INPUT: "Input",
    ElementKind.ACTIVITEIT: "Activiteit",
    ElementKind.OUTPUT: "Output",
    ElementKind.DIRECTE_OUTCOME: "Directe outcome",
    ElementKind.MAATSCHAPPELIJK_EFFECT: "Maatschappelijk effect",
    ElementKind.MECHANISME: "Mechanisme",
    ElementKind.CONTEXTFACTOR: "Contextfactor",
}
GROUP_LABELS = {
    ElementKind.DOEL: "Doelen",
    ElementKind.INPUT: "Input",
    ElementKind.ACTIVITEIT: "Activiteiten",
    ElementKind.OUTPUT: "Output",
    ElementKind.DIRECTE_OUTCOME: "Directe outcomes",
    ElementKind.MAATSCHAPPELIJK_EFFECT: "Maatschappelijke effecten",
    ElementKind.MECHANISME: "Mechanismen van invloed",
    ElementKind.CONTEXTFACTOR: "Contextfactoren",
}
CATEGORY_LABELS = {
    Category.BELEIDSONTWIKKELING: "Beleidsontwikkeling",
    Category.TACTISCHE_STURING: "Tactische sturing",
    Category.UITVOERING: "Uitvoering",
    Category.MONITORING_KENNISDELING: "Monitoring en kennisdeling",
    Category.SAMENWERKINGSVERBAND: "Samenwerkingsverband",
    Category.PROFESSIONALS: "Professionals",
    Category.BURGER: "Burger/cliënt",
}
POLARITY_LABELS = {Polarity.VERSTERKEND: "Impactversterkend",
                   Polarity.VERZWAKKEND: "Impactverzwakkend"}
INFLUENCE_LABELS = {Influence.BINNEN: "Binnen invloed", Influence.BUITEN: "Buiten invloed"}
HORIZON_LABELS = {Horizon.KORT: "Korte termijn", Horizon.MIDDELLANG: "Middellange termijn",
                  Horizon.LANG: "Lange termijn"}

TAB_TITLE = "Impact framework"
VIEW_CANVAS = "Keten"
VIEW_TABLE = "Tabel"
VIEW_QUADRANT = "Kwadrant mechanismen"
PALETTE_TITLE = "Sleep naar de keten:"
CHECKS_TITLE = "Controles"
CHECKS_NONE = "Geen hiaten gevonden."
PANEL_TITLE = "Geselecteerde kaart"
PANEL_EMPTY = "Selecteer een kaart om haar hier te bewerken."

ACT_ADD = "Kaart toevoegen"
ACT_DELETE = "Verwijderen"
ACT_EDIT = "Bewerken (F2)"
ACT_ZOOM_IN = "Inzoomen"
ACT_ZOOM_OUT = "Uitzoomen"
ACT_FIT = "Passend maken"
ACT_TEMPLATE = "Sjabloon toevoegen…"
ACT_SAVE_TEMPLATE = "Opslaan als sjabloon…"
ACT_EXPORT_PNG = "Exporteren als PNG…"
ACT_EXPORT_SVG = "Exporteren als SVG…"
ACT_TIDY = "Netjes ordenen"
MENU_TEMPLATES = "Sjablonen"
MENU_EXPORT = "Exporteren"

UNDO_ADD = "Kaart toevoegen"
UNDO_MOVE = "Kaarten verplaatsen"
UNDO_MOVE_ONE = "Kaart verplaatsen"
UNDO_CONNECT = "Kaarten verbinden"
UNDO_DELETE = "Kaarten verwijderen"
UNDO_EDIT = "Kaart bewerken"
UNDO_TEMPLATE = "Sjabloon ‘{name}’ toevoegen"
UNDO_QUADRANT = "Mechanisme naar ander kwadrant"
UNDO_TIDY = "Kaarten netjes ordenen"
UNDO_LINK = "Verbinding bewerken"

ERROR_TITLE = "Niet gelukt"
TEMPLATE_DIALOG_TITLE = "Sjabloon toevoegen"
TEMPLATE_DIALOG_TEXT = ("Kies een sjabloon. De kaarten komen onder wat er al staat; u kunt "
                        "het toevoegen in één keer ongedaan maken.")
TEMPLATE_FILE = "Ander bestand…"
TEMPLATE_FILTER = "Sjablonen (*.json)"
TEMPLATE_SAVE_TITLE = "Beleidstheorie opslaan als sjabloon"
TEMPLATE_SAVED = "Het sjabloon is opgeslagen in {path}."
EXPORT_TITLE = "Beleidstheorie exporteren"
EXPORT_DONE = "De beleidstheorie is opgeslagen als {path}."

FIELD_TITLE = "Titel"
FIELD_KIND = "Soort"
FIELD_DESCRIPTION = "Toelichting"
FIELD_ACTOR = "Door wie, afgestemd met wie"
FIELD_CATEGORY = "Categorie"
FIELD_SUBITEMS = "Subonderdelen (één per regel)"
FIELD_POLARITY = "Werking"
FIELD_INFLUENCE = "Invloed"
FIELD_HANDLING = "Hoe gaan we hiermee om?"
FIELD_HORIZON = "Termijn"
FIELD_NOTICED = "Wie merkt het?"
NOTICED_CITIZENS = "Kwetsbare burger"
NOTICED_PROFESSIONALS = "Professionals"
NOTICED_PROFESSIONALS_TIP = "Zorg- en veiligheidsprofessionals"
FIELD_LINKS = "Leidt naar"
FIELD_LINK = "Verbinding"
FIELD_CONNECT = "Verbinden met"
CONNECT_PROMPT = "Kies een kaart…"
MENU_KIND = "Soort wijzigen"
MENU_CATEGORY = "Categorie"
UNDO_RETYPE = "Soort wijzigen"
UNDO_CATEGORY = "Categorie wijzigen"
FIELD_RATIONALE = "Waarom leidt het een tot het ander?"
NONE = "(geen)"

TABLE_HEADERS = ("Onderdeel", "Door wie", "Categorie", "Leidt naar", "Gemeten met")
#: Monitoring's indicators that measure an element (issue 16.8).
MEASURED_BADGE = "{n} ind."
MEASURED_TIP = "Gemeten met: {names}"
FIELD_MEASURED = "Gemeten met"
MEASURED_NONE = "Geen indicator van Monitoring meet dit onderdeel."
MEASURED_LINE = "• {name}"
QUADRANT_ROWS = (Polarity.VERSTERKEND, Polarity.VERZWAKKEND)
QUADRANT_COLS = (Influence.BUITEN, Influence.BINNEN)
QUADRANT_COL_TITLES = {Influence.BUITEN: "Buiten invloed van het project (context)",
                       Influence.BINNEN: "Binnen invloed van het project (mechanismen)"}
QUADRANT_HINT = ("Sleep mechanismen en contextfactoren naar het kwadrant waar ze horen. "
                 "Gaan deze mechanismen tot het beoogde resultaat leiden?")
