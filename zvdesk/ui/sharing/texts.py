"""Every Dutch text of the sharing dialogs, in one place for review and translation."""

from __future__ import annotations

MENU_COPY = "Kopie maken om te &delen…"
MENU_MERGE = "Samen&voegen met kopie…"

COPY_TITLE = "Kopie maken om te delen"
COPY_INTRO = ("Maak een kopie van dit regiobestand om te mailen naar een collega of partner. "
              "Uw eigen bestand blijft zoals het is. De kopie is compact en bevat geen tekst "
              "van onderdelen die u hebt verwijderd.")
COPY_INITIALS = "Namen van personen terugbrengen tot initialen (AVG)"
COPY_INITIALS_HINT = ("E-mailadressen, telefoonnummers en notities over personen worden dan "
                      "weggelaten; ook namen van personen in andere teksten worden initialen. "
                      "Namen van organisaties blijven staan.")
COPY_BLANK_FUNCTIONS = "Ook functies van personen leegmaken"
COPY_DONE_REDUCED = "Wat is teruggebracht of weggelaten:"
COPY_PASSWORD = "Beveiligen met een wachtwoord"
COPY_PASSWORD_1 = "Wachtwoord:"
COPY_PASSWORD_2 = "Herhaal:"
COPY_TARGET = "Opslaan als:"
COPY_BROWSE = "Bladeren…"
COPY_OK = "Kopie maken"
CANCEL = "Annuleren"
COPY_SAVE_TITLE = "Kopie opslaan"
COPY_SUFFIX = " (kopie)"
COPY_NO_TARGET = "Kies waar de kopie moet komen."
COPY_SAME_FILE = "Kies een andere naam dan het bestand dat nu open is."
COPY_PASSWORD_SHORT = "Het wachtwoord moet minstens {n} tekens hebben."
COPY_PASSWORD_DIFFERENT = "De twee wachtwoorden zijn niet gelijk."
COPY_DONE_TITLE = "Kopie gemaakt"
COPY_DONE = "De kopie staat in ‘{path}’."
COPY_FAILED_TITLE = "Kopie maken mislukt"

PASSWORD_TITLE = "Wachtwoord"
PASSWORD_PROMPT = "‘{name}’ is beveiligd met een wachtwoord. Voer het wachtwoord in om het te openen."
PASSWORD_LABEL = "Wachtwoord:"
PASSWORD_OPEN = "Openen"
PASSWORD_CHECKING = "Het wachtwoord wordt gecontroleerd…"
PASSWORD_CANCELLED = "‘{name}’ is niet geopend: er is geen wachtwoord ingevoerd."

MERGE_TITLE = "Samenvoegen met kopie"
MERGE_PICK = "Kopie kiezen om samen te voegen"
MERGE_BUSY = "Bezig met vergelijken van ‘{name}’ met uw bestand…"
MERGE_INTRO = ("Wat alleen in ‘{name}’ is veranderd, wordt overgenomen. Wat u zelf hebt "
               "veranderd blijft staan. Er wordt niets opgeslagen tot u op ‘Samenvoegen’ klikt; "
               "daarna kunt u het samenvoegen in één keer ongedaan maken.")
MERGE_BASE = "Beide bestanden waren gelijk op {when}."
MERGE_BASE_UNKNOWN = ("Het is niet bekend wanneer deze bestanden gelijk waren: alles wat in "
                      "beide verschilt, wordt als conflict getoond.")
MERGE_UNRELATED = ("Let op: deze bestanden hebben geen gegevens gemeen. Is dit wel een kopie "
                   "van uw regiobestand? Samenvoegen voegt dan alles uit de kopie toe.")
MERGE_NOTHING = "Er is niets samen te voegen: de kopie bevat geen wijzigingen die u nog niet hebt."
MERGE_SUMMARY = "Wat er verandert"
MERGE_CONFLICTS = ("Conflicten ({n}): hetzelfde veld is in beide bestanden anders gewijzigd. "
                   "Kies per veld welke versie blijft.")
MERGE_NO_CONFLICTS = "Geen conflicten."
MERGE_COLUMNS = ["Onderdeel", "Veld", "Uw versie", "Hun versie", "Keuze"]
MERGE_CHOOSE = "— kies —"
MERGE_MINE = "Uw versie"
MERGE_THEIRS = "Hun versie"
MERGE_ALL_MINE = "Overal uw versie"
MERGE_ALL_THEIRS = "Overal hun versie"
MERGE_OK = "Samenvoegen"
MERGE_UNDO_TEXT = "Samenvoegen met ‘{name}’"
MERGE_DONE_TITLE = "Samengevoegd"
MERGE_FAILED_TITLE = "Samenvoegen mislukt"
MERGE_SAME_FILE = "Dit is het bestand dat al open is. Kies de kopie van uw collega."
MERGE_READ_ONLY = ("Dit bestand is alleen-lezen geopend; samenvoegen kan niet. Kies eerst "
                   "‘Opslaan als…’.")
MERGE_UNEXPECTED = "Het vergelijken is mislukt door een onverwachte fout; er is niets veranderd."
ADDED, CHANGED, REMOVED, REVIVED = "toegevoegd", "gewijzigd", "verwijderd", "teruggezet"
NOTES = "Opmerkingen"
