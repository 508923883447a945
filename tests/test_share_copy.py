"""The copy to share: compact, no deleted text in its bytes, names to initials, lineage."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from zvdesk.models.core import ops
from zvdesk.models.core.document import Document
from zvdesk.models.core.errors import ZvdbError
from zvdesk.models.core.schema import record_classes
from zvdesk.models.core.sharing.anonymise import is_text_column
from zvdesk.models.core.sharing.copy import CopyOptions, describe_contents, make_share_copy
from zvdesk.models.core.sharing.lineage import Lineage, LineageEvent, own_file_id
from zvdesk.models.core.sharing.personal import Share, columns_with
from zvdesk.models.region.tables import Person


def _names_in(doc: Document) -> set[str]:
    """Every full name held in a name field (a person's, or a free-text player's)."""
    found: set[str] = set()
    with doc.session() as s:
        for cls in record_classes().values():
            names = columns_with(cls.__table__, Share.NAME, Share.PLAYER)
            for obj in s.scalars(select(cls)):
                for f in names:
                    value = getattr(obj, f)
                    if isinstance(value, str) and " " in value.strip():
                        found.add(value.strip())
    return found


def test_deleted_person_leaves_no_trace_in_the_copy_bytes(example_doc: Document,
                                                          workdir: Path) -> None:
    def add(s):  # noqa: ANN001, ANN202
        return ops.create_record(s, "person", {"name": "Zwaantje Geheimnaam",
                                               "notes": "Vertrouwelijk-XYZZY"})

    pid, _ = example_doc.write(add)
    example_doc.write(lambda s: ops.delete_records(s, "person", [pid]))
    target = workdir / "uit" / "kopie.zvdb"
    target.parent.mkdir()
    make_share_copy(example_doc, target, CopyOptions())
    data = target.read_bytes()
    assert b"Zwaantje" not in data and b"Geheimnaam" not in data and b"XYZZY" not in data
    assert not list(target.parent.glob(".~*")), "no work files left beside the copy"
    copy = Document.open(target)
    try:
        with copy.session() as s:
            tomb = s.get(Person, pid)
            assert tomb is not None and tomb.deleted_at is not None
            assert (tomb.name, tomb.notes) == ("", "")
            live = ops.list_live(s, "person")
            assert live and all(p.name for p in live), "live names stay in a copy with names"
    finally:
        copy.close()
    # the source still has the tombstone's text (only the copy is cleaned)
    with example_doc.session() as s:
        assert s.get(Person, pid).name == "Zwaantje Geheimnaam"


def test_initials_copy_holds_no_full_name(example_doc: Document, workdir: Path) -> None:
    names = _names_in(example_doc)
    assert "Marieke Vos" in names and len(names) >= 10

    def mention(s):  # noqa: ANN001, ANN202
        project = ops.list_live(s, "project")[0]
        project.description += " Contactpersoon: Marieke Vos (zie ook MARIEKE VOS)."

    example_doc.write(mention)
    target = workdir / "initialen.zvdb"
    result = make_share_copy(example_doc, target, CopyOptions(initials=True))
    assert result.names_replaced >= len(names) - 1
    data = target.read_bytes()
    organisation = "Cliëntenraad GGZ (ervaringsdeskundigen)"  # a free-text participant
    for name in names - {organisation}:
        assert name.encode() not in data, name
    assert organisation.encode() in data, "an organisation is not a person: its name stays"
    assert b"@voorbeeld.invalid" not in data, "e-mail addresses are left out"
    copy = Document.open(target)
    try:
        with copy.session() as s:
            vos = s.scalars(select(Person).where(Person.initials == "MV")).one()
            assert (vos.name, vos.email, vos.phone, vos.notes) == ("MV", "", "", "")
            assert "Contactpersoon: MV (zie ook MV)" in ops.list_live(s, "project")[0].description
    finally:
        copy.close()
    with example_doc.session() as s:  # the user's own file keeps the names
        assert s.scalars(select(Person).where(Person.initials == "MV")).one().name == \
            "Marieke Vos"


def test_copy_gets_its_own_identity_and_both_files_know_the_parting(
        example_doc: Document, workdir: Path) -> None:
    target = workdir / "kopie.zvdb"
    result = make_share_copy(example_doc, target, CopyOptions(initials=True))
    with example_doc.session() as s:
        mine = own_file_id(s)
        rows = [r for r in s.scalars(select(Lineage))]
    assert mine and mine != result.file_id
    assert [(r.event, r.file_id, r.partner_file_id, r.note) for r in rows] == [
        (LineageEvent.COPY, mine, result.file_id, "namen als initialen")]
    copy = Document.open(target)
    try:
        with copy.session() as s:
            assert own_file_id(s) == result.file_id
            assert [r.id for r in s.scalars(select(Lineage))] == [rows[0].id]
    finally:
        copy.close()


def test_copy_of_a_read_only_file_leaves_it_byte_identical(example_path: Path,
                                                          workdir: Path) -> None:
    before = example_path.read_bytes()
    doc = Document.open(example_path, read_only=True)
    try:
        make_share_copy(doc, workdir / "k.zvdb", CopyOptions())
    finally:
        doc.close()
    assert example_path.read_bytes() == before
    assert (workdir / "k.zvdb").stat().st_size < len(before) + 8192


def test_failed_copy_changes_nothing(example_doc: Document, workdir: Path) -> None:
    before = example_doc.path.read_bytes()
    with pytest.raises(ZvdbError) as err:
        make_share_copy(example_doc, workdir / "bestaat-niet" / "k.zvdb", CopyOptions())
    assert "kon niet worden gemaakt" in str(err.value)
    assert example_doc.path.read_bytes() == before
    with pytest.raises(ZvdbError, match="minstens 8 tekens"):
        make_share_copy(example_doc, workdir / "k.zvdb", CopyOptions(password="kort"))
    assert not (workdir / "k.zvdb").exists()


def test_copy_is_compact_and_passes_the_safe_opener(example_doc: Document,
                                                    workdir: Path) -> None:
    def churn(s):  # noqa: ANN001, ANN202
        for i in range(200):
            ops.create_record(s, "theme", {"name": f"Tijdelijk {i}", "description": "x" * 2000})

    example_doc.write(churn)
    with example_doc.session() as s:
        ids = [t.id for t in ops.list_live(s, "theme") if t.name.startswith("Tijdelijk")]
    example_doc.write(lambda s: ops.delete_records(s, "theme", ids))
    target = workdir / "compact.zvdb"
    make_share_copy(example_doc, target, CopyOptions())
    assert target.stat().st_size < example_doc.path.stat().st_size
    conn = sqlite3.connect(target)
    try:
        assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def test_contents_description_says_plainly_what_goes_in(example_doc: Document) -> None:
    with example_doc.session() as s:
        contents = describe_contents(s)
    with_names = " ".join(contents.lines(CopyOptions()))
    assert "16 × persoon" in with_names and "volledige namen" in with_names
    assert "geen wachtwoord" in with_names
    anonymous = " ".join(contents.lines(CopyOptions(initials=True, password="geheim123")))
    assert "alleen als initialen" in anonymous and "volledige namen" not in anonymous
    assert "beveiligd met een wachtwoord" in anonymous


def test_text_columns_exclude_ids_references_and_stamps() -> None:
    cols = {c.name: is_text_column(c) for c in Person.__table__.columns}
    assert cols["name"] and cols["notes"]
    assert not cols["id"] and not cols["organisation_id"] and not cols["field_stamps"]
    assert not cols["deleted_at"] and not cols["level"]


def test_tombstones_keep_short_keys_but_lose_personal_data(new_doc: Document,
                                                           workdir: Path) -> None:
    def add(s):  # noqa: ANN001, ANN202
        org = ops.create_record(s, "organisation", {"name": "Stichting Voorbeeld",
                                                    "short_name": "SV-KEY"})
        person = ops.create_record(s, "person", {"name": "Wim Weg", "initials": "WW",
                                                 "phone": "06-99887766", "role": "Lid"})
        return org, person

    (org, person), _ = new_doc.write(add)
    new_doc.write(lambda s: ops.delete_records(s, "organisation", [org]))
    new_doc.write(lambda s: ops.delete_records(s, "person", [person]))
    make_share_copy(new_doc, workdir / "k.zvdb", CopyOptions())
    data = (workdir / "k.zvdb").read_bytes()
    assert b"Stichting Voorbeeld" not in data and b"Wim Weg" not in data
    assert b"06-99887766" not in data, "personal fields go whatever their length"
    assert b"SV-KEY" in data, "a short key-like text stays so a revived record keeps it"
