"""Another region's file kept as a region of its own ("Als aparte regio opslaan en openen…").

A file holds one region (one SQLite file per region), so a file of another region is never
merged into the user's region (that would mix two regions, issue 11). It can be *imported as a
separate region*: written as a file of its own, complete, with a fresh identity: a new file id
and an empty sharing history, so it is never taken for a copy of the file it came from (a merge
between the two then asks about every difference instead of trusting a history they do not
share). The source and the user's own file are only read; the target is written beside the
user's file through a private stage and renamed into place, never over an input or a file that
is open.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete
from sqlalchemy.orm import Session

from zvdesk.models.core.base import new_id
from zvdesk.models.core.document import Document
from zvdesk.models.core.edits import Recorder
from zvdesk.models.core.engine import connect_raw, make_engine
from zvdesk.models.core.errors import NewerFile, ZvdbError, write_failure_reason
from zvdesk.models.core.private import BesideStage, make_work_folder, remove_work_folder
from zvdesk.models.core.sharing import crypto
from zvdesk.models.core.sharing.copy import check_written, vacuum_into
from zvdesk.models.core.sharing.lineage import Lineage, set_own_file_id
from zvdesk.models.core.writeguard import check_write_target


@dataclass
class RegionImport:
    """What :func:`import_region` wrote."""

    path: Path
    region: str
    file_id: str
    encrypted: bool

    def message(self, source_name: str) -> str:
        """The Dutch sentence for the user after the import."""
        protected = " Het is beveiligd met hetzelfde wachtwoord." if self.encrypted else ""
        return (f"De regio ‘{self.region}’ uit ‘{source_name}’ is als aparte regio opgeslagen "
                f"in {self.path}.{protected} Uw eigen bestand is niet veranderd.")


def region_name(session: Session) -> str:
    """The name of the file's region (its oldest live region row), or "(zonder naam)"."""
    from sqlalchemy import select

    from zvdesk.models.core.schema import record_class

    cls = record_class("region")
    row = session.scalars(select(cls).where(cls.deleted_at.is_(None))
                          .order_by(cls.created_at, cls.id)).first()
    return (row.name if row is not None else "") or "(zonder naam)"


def suggested_name(region: str) -> str:
    """A file name for a region ("Regio Noord" → "Regio Noord.zvdb"), safe on every system."""
    cleaned = "".join("-" if c in '<>:"/\\|?*' or ord(c) < 32 else c for c in region)
    cleaned = cleaned.strip(" .") or "andere regio"
    return cleaned[:80] + ".zvdb"


def _fresh_identity(stage: Path, name: str) -> str:
    """Model step on the private stage: a new file id and no inherited sharing history."""
    file_id = new_id()
    engine = make_engine(stage, read_only=False)
    try:
        with Session(engine) as s, s.begin():
            recorder = Recorder(s)
            s.execute(delete(Lineage))
            set_own_file_id(s, file_id, name)
            s.flush()
            recorder.finish()
    finally:
        engine.dispose()
    return file_id


def import_region(source: Path | str, target: Path | str, *, source_name: str | None = None,
                  keep_apart: tuple[Path | str | None, ...] = (),
                  key: crypto.KeyMaterial | None = None) -> RegionImport:
    """Writes the region of the file ``source`` to ``target`` as a region file of its own.

    Args:
        source: The other region's file (plain; a protected one is decrypted by the caller).
        target: Where the separate region file goes.
        source_name: The name the user knows the source by (for messages).
        keep_apart: Files that must never be written (the user's own file, the original of a
            decrypted source).
        key: Encrypt the result with this key (the source's password), or None.

    Raises:
        ZvdbError: with a Dutch message; ``target`` is then untouched or absent, and no input
            changed.
    """
    source = Path(source)
    shown = source_name or source.name
    target = check_write_target(target, (source, *keep_apart))
    doc = Document.open(source, read_only=True)
    try:
        if doc.newer:
            raise NewerFile(shown)
        with doc.session() as s:
            region = region_name(s)
    except BaseException:
        doc.close()
        raise
    private = make_work_folder("regio")
    work = BesideStage(target, "regio", private).path
    try:
        stage = private / "stage.zvdb"
        with doc.engine.connect() as conn:
            vacuum_into(conn.connection.dbapi_connection, stage)
        doc.close()
        file_id = _fresh_identity(stage, target.name)
        final = private / "final.zvdb" if key is not None else work
        raw = connect_raw(stage, read_only=False)
        try:
            vacuum_into(raw, final)
        finally:
            raw.close()
        check_written(final)
        if key is not None:
            crypto.encrypt_to_file(final.read_bytes(), target, key)
        else:
            os.replace(work, target)
    except (OSError, sqlite3.Error, ZvdbError) as exc:
        work.unlink(missing_ok=True)
        raise ZvdbError(f"‘{target.name}’ kon niet worden gemaakt: "
                        f"{write_failure_reason(exc, target)}.") from exc
    finally:
        doc.close()
        remove_work_folder(private)
    return RegionImport(target, region, file_id, key is not None)
