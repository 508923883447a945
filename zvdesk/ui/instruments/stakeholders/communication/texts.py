"""Every Dutch string of the communication-strategy tab."""

from __future__ import annotations

from zvdesk.models.stakeholders.tables import Ring

SEARCH = "Zoeken…"
ALL_STRATEGIES = "Alle strategieën"
ROWS = "{n} spelers"
ROWS_FILTERED = "{shown} van {n} spelers"
NOT_FILLED = "(niet ingevuld)"
NO_OWNER = "(geen)"
AUTOMATIC = "Volgens het raster: {label}"
AUTOMATIC_NONE = "Volgens het raster"
OWN_CHOICE = "{label} (eigen keuze)"
ACTIONS = "Geplande acties"
ACTIONS_TIP = "Welke communicatieacties zet u in voor deze speler?"
ACTIONS_NONE = "Kies een speler in de tabel om de geplande acties te schrijven."
GRID = "Invloed en belang"
RING_SHORT = {Ring.DIRECT: "Direct", Ring.INDIRECT: "Indirect", Ring.OUTSIDE: "Buiten"}
GRID_X = "Mate van belang →"
GRID_SCALE = "1 = verwaarloosbaar · 2 = klein · 3 = gemiddeld · 4 = hoog · 5 = zeer hoog"
GRID_Y = "Mate van invloed →"
GRID_EMPTY = "Vul invloed en belang in om de spelers in het raster te zien."
NOT_PLACED = "Nog niet geplaatst: {n}"
EMPTY = ("Nog geen spelers. Voeg ze toe op het tabblad Krachtenveld; hier kiest u daarna hoe "
         "u met iedere speler communiceert.")
OPEN_MAP = "Naar het krachtenveld"
NOT_SAVED = "Niet opgeslagen"

COLUMNS = {
    "name": ("Speler", "Naam van de speler (zie Krachtenveld)"),
    "ring": ("Cirkel", "Directe of indirecte invloed op het project"),
    "influence": ("Invloed", "Mate van invloed op het project, van verwaarloosbaar tot zeer hoog"),
    "interest": ("Belang", "Mate van belang bij het project, van verwaarloosbaar tot zeer hoog"),
    "score": ("Score", "Invloed × belang (1 tot 25): hoe hoger, hoe meer u de speler betrekt"),
    "strategy": ("Strategie", "Volgt uit het raster van invloed en belang; u kunt zelf kiezen"),
    "actions": ("Geplande acties", "Welke communicatieacties u inzet"),
    "medium": ("Medium", "Bijvoorbeeld overleg, nieuwsbrief, e-mail, werkbezoek"),
    "frequency": ("Frequentie", "Hoe vaak, bijvoorbeeld maandelijks"),
    "owner": ("Eigenaar", "Wie de communicatie met deze speler verzorgt"),
}
UNDO_FIELD = "{field} wijzigen"
