"""Writing a table as an Excel workbook (.xlsx), for the colleague who works in Excel."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from zvdesk.models.core.errors import ZvdbError, write_failure_reason
from zvdesk.models.core.private import BesideStage
from zvdesk.models.core.writeguard import check_write_target


def write_xlsx(rows: Iterable[Sequence[object]], path: str | Path, title: str,
               inputs: tuple[Path | str, ...] = ()) -> Path:
    """Writes rows (the first is the header) as an .xlsx file, atomically.

    Args:
        inputs: The files the rows come from (the open document): never overwritten
            (:func:`zvdesk.models.core.writeguard.check_write_target`).

    Raises:
        ZvdbError: the file cannot be written (Dutch reason), or it is an input or in use.
    """
    from openpyxl import Workbook  # only when a workbook is written
    from openpyxl.styles import Font

    path = check_write_target(path, inputs)
    book = Workbook()
    sheet = book.active
    sheet.title = title[:31]
    widths: dict[int, int] = {}
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            text = "" if value is None else str(value)
            cell = sheet.cell(row=r, column=c, value=text)
            cell.data_type = "s"  # "=…" from the region file stays text, never a formula
            widths[c] = max(widths.get(c, 8), min(60, len(text) + 2))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    for c, w in widths.items():
        sheet.column_dimensions[sheet.cell(row=1, column=c).column_letter].width = w
    stage = BesideStage(path, "schrijven")
    temp = stage.path
    try:
        book.save(temp)
        os.replace(temp, path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise ZvdbError(f"‘{path.name}’ kon niet worden geschreven: "
                        f"{write_failure_reason(exc, path)}.") from exc
    finally:
        stage.done()
    return path
