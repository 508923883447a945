"""'Naar Excel…' under every record table: the rows as shown (filter and sort included)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from zvdesk.models.core.errors import ZvdbError
from zvdesk.ui import dialogs

if TYPE_CHECKING:
    from zvdesk.ui.widgets.recordtable import RecordTable

XLSX_FILTER = "Excel-werkmap (*.xlsx)"


def shown_rows(table: RecordTable) -> list[list[str]]:
    """The header and every row the table shows, in its order, as the user reads them."""
    proxy = table.proxy
    columns = [c for c in range(proxy.columnCount()) if not table.view.isColumnHidden(c)]
    rows = [[str(proxy.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns]]
    for r in range(proxy.rowCount()):
        rows.append([str(proxy.index(r, c).data() or "") for c in columns])
    return rows


def export_table(table: RecordTable) -> Path | None:
    """Asks where to save (beside the region file) and writes the shown rows as .xlsx."""
    from zvdesk.models.core.spreadsheet import write_xlsx

    document = table.controller.document
    folder = document.path.parent if document is not None else Path.home()
    title = table.noun.capitalize()
    path = dialogs.ask_save_path(table, "Naar Excel", str(folder / f"{title}.xlsx"),
                                 XLSX_FILTER)
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        target = target.with_name(target.name + ".xlsx")
    rows = shown_rows(table)
    try:
        write_xlsx(rows, target, title,
                   inputs=(document.path,) if document is not None else ())
    except ZvdbError as exc:
        dialogs.show_error(table, "Niet opgeslagen", str(exc))
        return None
    dialogs.show_info(table, "Naar Excel", f"{len(rows) - 1} regels opgeslagen in "
                                           f"‘{target.name}’.")
    return target
