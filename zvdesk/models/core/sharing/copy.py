""""Kopie maken om te delen": a compact, clean copy, optionally with initials and a password.

The copy is built in a private working folder (removed afterwards, or at the next start
after a crash) (``VACUUM INTO`` of the open document), gets
its own file id and a lineage row, loses the text of deleted records, optionally loses names
and contact details, and is compacted again (``VACUUM INTO``) so that no deleted or removed
text remains in its bytes. The result is checked (``integrity_check``) and renamed into place
atomically; with a password it is encrypted first (:mod:`.crypto`). The user's file is only
written to record the copy in its sharing history (when it is writable).
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from zvdesk.models.core.base import new_id, utcnow
from zvdesk.models.core.document import Document
from zvdesk.models.core.edits import Recorder
from zvdesk.models.core.engine import connect_raw, make_engine
from zvdesk.models.core.errors import ZvdbError, write_failure_reason
from zvdesk.models.core.private import BesideStage, make_work_folder, remove_work_folder
from zvdesk.models.core.schema import record_classes
from zvdesk.models.core.sharing import crypto
from zvdesk.models.core.sharing.anonymise import (
    AnonymiseReport,
    anonymise,
    blank_tombstones,
    collect_people,
    unknown_schema,
)
from zvdesk.models.core.sharing.lineage import (
    NEVER_MERGED,
    Lineage,
    LineageEvent,
    ensure_file_id,
    own_file_id,
    set_own_file_id,
)
from zvdesk.models.core.sharing.personal import Share, columns_with, holds_personal_data
from zvdesk.models.core.writeguard import check_write_target

#: The warning beside every initials copy (AVG): initials alone do not make a person unknown.
FUNCTION_WARNING = ("Let op: ook met initialen kan iemand herkenbaar blijven aan zijn of haar "
                    "functie en organisatie (bijvoorbeeld ‘burgemeester van Zaanstad’). Mag "
                    "de kopie ook dat niet laten zien, maak dan ook de functies leeg.")


@dataclass
class CopyOptions:
    """What the shared copy should (not) contain.

    Attributes:
        initials: Reduce people's names to initials, scrub free text and leave out contact
            details and notes (what each column declares, :class:`.personal.Share`).
        password: Encrypt the copy with this password (None: no password).
        blank_functions: With ``initials``: also empty people's functions.
    """

    initials: bool = False
    password: str | None = None
    blank_functions: bool = False


@dataclass
class CopyContents:
    """What a copy will hold, for the dialog's plain explanation."""

    counts: list[tuple[str, int]] = field(default_factory=list)  # (Dutch label, live rows)
    deleted: int = 0
    people: int = 0
    personal_kinds: list[tuple[str, int]] = field(default_factory=list)
    #: Live people with a function filled in.
    functions: int = 0
    #: Why no initials copy can be made (a file with unknown tables or columns), or "".
    initials_refused: str = ""

    def lines(self, options: CopyOptions) -> list[str]:
        """Dutch sentences describing the copy with these options."""
        shown = [f"{n} × {label}" for label, n in self.counts if n]
        out = ["De kopie bevat: " + (", ".join(shown) if shown else "geen gegevens") + "."]
        if self.deleted:
            out.append(f"{self.deleted} verwijderde onderdelen gaan alleen mee als lege "
                       "markering (zonder tekst), zodat het samenvoegen weet wat weg is.")
        if options.initials:
            out.append("Namen van personen staan er alleen als initialen in, ook in andere "
                       "teksten; e-mailadressen, telefoonnummers en notities over personen zijn "
                       "weggelaten (AVG). Namen van organisaties blijven staan.")
            if options.blank_functions:
                out.append(f"Functies van personen zijn leeggemaakt ({self.functions}).")
            else:
                out.append(FUNCTION_WARNING)
        elif self.people:
            out.append("Let op: de kopie bevat volledige namen en contactgegevens ("
                       + ", ".join(f"{n} × {label}" for label, n in self.personal_kinds)
                       + "): persoonsgegevens onder de AVG.")
        out.append("De kopie is beveiligd met een wachtwoord: zonder dat wachtwoord is ze niet "
                   "te openen. Stuur het wachtwoord apart (bijvoorbeeld per telefoon)."
                   if options.password else
                   "De kopie heeft geen wachtwoord: iedereen die het bestand krijgt kan het "
                   "lezen.")
        return out


def describe_contents(session: Session) -> CopyContents:
    """Counts what a shared copy of this file would hold."""
    contents = CopyContents()
    for kind, cls in record_classes().items():
        if kind in NEVER_MERGED or kind == Lineage.__tablename__:
            continue
        live = int(session.scalar(select(func.count()).select_from(cls)
                                  .where(cls.deleted_at.is_(None))) or 0)
        gone = int(session.scalar(select(func.count()).select_from(cls)
                                  .where(cls.deleted_at.is_not(None))) or 0)
        contents.deleted += gone
        if live:
            contents.counts.append((cls.__label__, live))
        if holds_personal_data(cls.__table__) and live:
            contents.people += live
            contents.personal_kinds.append((cls.__label__, live))
        for name in columns_with(cls.__table__, Share.FUNCTION):
            column = getattr(cls, name)
            contents.functions += int(session.scalar(
                select(func.count()).select_from(cls)
                .where(cls.deleted_at.is_(None), column != "")) or 0)
    contents.counts.sort(key=lambda item: item[0].casefold())
    contents.initials_refused = initials_refusal(
        unknown_schema(session.connection().connection.driver_connection))
    return contents


def initials_refusal(unknown: list[str]) -> str:
    """The Dutch reason why a file with these unknown parts gets no initials copy, or ""."""
    if not unknown:
        return ""
    shown = ", ".join(unknown[:3]) + (f" en nog {len(unknown) - 3}" if len(unknown) > 3 else "")
    return ("Een kopie met initialen kan van dit bestand niet worden gemaakt: het is gemaakt "
            "met een nieuwere versie van ZV Desk en bevat gegevens die deze versie niet kent ("
            + shown + "). Die zouden onbewerkt in de kopie komen, mogelijk met "
            "persoonsgegevens. Maak de kopie met initialen in de nieuwste versie van ZV Desk.")


def reduction_lines(report: AnonymiseReport, options: CopyOptions) -> list[str]:
    """Dutch lines saying what an initials copy reduced, counted per kind."""
    out = [f"Namen teruggebracht tot initialen: {report.names} in namenvelden, "
           f"{report.names_in_text} in andere teksten.",
           f"Teksten opgeschoond: {report.texts}.",
           f"Notities over personen weggelaten: {report.notes}.",
           f"E-mailadressen en telefoonnummers weggelaten: {report.contacts}."]
    if options.blank_functions:
        out.append(f"Functies leeggemaakt: {report.functions}.")
    return out


@dataclass
class CopyResult:
    """What :func:`make_share_copy` made."""

    path: Path
    file_id: str
    names_replaced: int
    encrypted: bool
    #: What an initials copy reduced (None for a copy with names).
    report: AnonymiseReport | None = None

    def lines(self, options: CopyOptions) -> list[str]:
        """Dutch lines about what was reduced (empty for a copy with names)."""
        return reduction_lines(self.report, options) if self.report is not None else []


def vacuum_into(conn: sqlite3.Connection, target: Path) -> None:
    """Writes a compact copy of the open database to ``target`` (replacing a stale one)."""
    target.unlink(missing_ok=True)
    conn.execute("VACUUM INTO ?", (str(target),))


def check_written(path: Path) -> None:
    """Raises a Dutch ZvdbError when a written copy fails SQLite's integrity check."""
    conn = connect_raw(path, read_only=True)
    try:
        ok = conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()
    if not ok:
        raise ZvdbError("de kopie is niet in orde")


def _note(options: CopyOptions) -> str:
    parts = ["namen als initialen" if options.initials else "met namen"]
    if options.initials and options.blank_functions:
        parts.append("zonder functies")
    if options.password:
        parts.append("met wachtwoord")
    return ", ".join(parts)


def make_share_copy(doc: Document, target: Path | str, options: CopyOptions) -> CopyResult:
    """Writes a clean copy of ``doc`` for sharing to ``target``.

    Raises:
        ZvdbError: with a Dutch message; ``target`` is then either untouched or absent, and
            the user's file is unchanged. An initials copy of a file with tables or columns
            this version does not know is refused (:func:`initials_refusal`).
    """
    target = check_write_target(target, (doc.path, doc.engine.url.database))
    if options.password is not None and len(options.password) < crypto.MIN_PASSWORD_LENGTH:
        raise ZvdbError(f"Kies een wachtwoord van minstens {crypto.MIN_PASSWORD_LENGTH} tekens.")
    if options.initials:
        with doc.engine.connect() as conn:
            refused = initials_refusal(unknown_schema(conn.connection.driver_connection))
        if refused:
            raise ZvdbError(refused)
    with doc.session() as s:
        source_id = own_file_id(s) or new_id()
    copy_id = new_id()
    parted = utcnow()
    lineage_id = new_id()
    row = {"id": lineage_id, "event": LineageEvent.COPY, "file_id": source_id,
           "file_name": doc.path.name[:260], "partner_file_id": copy_id,
           "partner_name": target.name[:260], "at": parted, "note": _note(options)}
    private = make_work_folder("delen")
    work = BesideStage(target, "kopie", private).path
    report: AnonymiseReport | None = None
    try:
        stage = private / "stage.zvdb"
        with doc.engine.connect() as conn:
            vacuum_into(conn.connection.dbapi_connection, stage)
        engine = make_engine(stage, read_only=False)
        try:
            with Session(engine) as s, s.begin():
                recorder = Recorder(s)
                set_own_file_id(s, copy_id, target.name)
                s.add(Lineage(**row))
                s.flush()
                recorder.finish()
        finally:
            engine.dispose()
        raw = connect_raw(stage, read_only=False)
        try:
            raw.execute("BEGIN")
            if options.initials:
                people = collect_people(raw)  # before the tombstones lose the names
            blank_tombstones(raw)
            if options.initials:
                report = anonymise(raw, people, blank_functions=options.blank_functions)
            raw.execute("COMMIT")
            final = private / "final.zvdb" if options.password else work
            vacuum_into(raw, final)
        finally:
            raw.close()
        check_written(final)
        if options.password:
            key = crypto.derive(options.password)
            crypto.encrypt_to_file(final.read_bytes(), target, key)
        else:
            os.replace(work, target)
    except (OSError, sqlite3.Error, ZvdbError) as exc:
        work.unlink(missing_ok=True)
        raise ZvdbError(f"De kopie ‘{target.name}’ kon niet worden gemaakt: "
                        f"{write_failure_reason(exc, target)}.") from exc
    finally:
        remove_work_folder(private)
    if not doc.read_only:
        doc.write(lambda s: _record_in_source(s, source_id, doc.path.name, row))
    return CopyResult(target, copy_id, report.names if report else 0, bool(options.password),
                      report)


def _record_in_source(session: Session, source_id: str, name: str, row: dict) -> None:
    """Model function: the original learns its id (if new) and the copy it gave out."""
    ensure_file_id(session, name, source_id)
    session.add(Lineage(**row))

