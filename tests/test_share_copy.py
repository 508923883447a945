"""The copy to share: compact, no deleted text in its bytes, names to initials, lineage."""

from __future__ import annotations

import hashlib
import os
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
    assert result.names_replaced >= len(names) - 3  # the Cliëntenraad and two groups stay
    data = target.read_bytes()
    organisation = "Cliëntenraad GGZ (ervaringsdeskundigen)"  # a free-text participant
    # free-text participants of §2.3 meetings that are groups, not persons
    groups = {n for n in names if n.startswith(("Wethouders sociaal domein", "Aanbieders van"))}
    assert len(groups) == 2
    for name in names - {organisation} - groups:
        assert name.encode() not in data, name
    for kept in (organisation, *groups):
        assert kept.encode() in data, "an organisation is not a person: its name stays"
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


# -- hostile: a write target that is an input, or a file another ZV Desk has open ------------


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _names_of(path: Path, workdir: Path) -> dict[str, Path]:
    """The input under other names: as given, via ``..``, a symlink and a hard link."""
    (workdir / "sub").mkdir(exist_ok=True)
    (workdir / "elders").mkdir(exist_ok=True)
    link = workdir / "snelkoppeling.zvdb"
    link.symlink_to(path)
    hard = workdir / "elders" / "tweede-naam.zvdb"
    os.link(path, hard)
    return {"same": path, "dotdot": workdir / "sub" / ".." / path.name, "symlink": link,
            "hardlink": hard}


def test_cli_copy_onto_its_own_input_changes_nothing(example_path: Path,
                                                     workdir: Path) -> None:
    from tests.processes import zvdesk

    before = _digest(example_path)
    for kind, target in _names_of(example_path, workdir).items():
        result = zvdesk("copy", str(example_path), "-o", str(target), "--initials")
        assert result.returncode == 2, kind
        assert result.stdout == "", kind
        assert result.stderr.startswith("Fout: ") and "waaruit gelezen" in result.stderr, kind
        assert "onverwachte" not in result.stderr and "Traceback" not in result.stderr, kind
        assert _digest(example_path) == before, kind
    assert sorted(p.name for p in workdir.iterdir()) == sorted(
        ["elders", "snelkoppeling.zvdb", "sub", example_path.name])


def test_copy_merge_and_report_refuse_a_file_open_elsewhere(example_path: Path,
                                                            example_master: Path,
                                                            workdir: Path) -> None:
    """Another ZV Desk edits ``theirs.zvdb``: nothing may replace it under that user."""
    from tests.processes import hold_open, kill_9, zvdesk

    busy = workdir / "in-gebruik.zvdb"
    busy.write_bytes(example_master.read_bytes())
    hard = workdir / "in-gebruik.pdf"
    os.link(busy, hard)  # another name of the busy file, that a report could choose
    before = _digest(busy)
    holder, _ = hold_open(busy)
    try:
        results = [
            zvdesk("copy", str(example_path), "-o", str(busy)),
            zvdesk("merge", str(example_path), str(example_master), "-o", str(busy),
                   "--prefer", "mine"),
            zvdesk("report", str(example_path), "-o", str(hard)),
        ]
        for result in results:
            assert result.returncode == 2, result.stderr
            assert "in gebruik" in result.stderr and "Traceback" not in result.stderr
        assert _digest(busy) == before
    finally:
        kill_9(holder)
    # Its owner crashed: the file is no longer in use, so a copy may replace it.
    assert zvdesk("copy", str(example_path), "-o", str(busy)).returncode == 0


def test_cli_merge_refuses_its_inputs_under_any_name(example_path: Path,
                                                     example_master: Path,
                                                     workdir: Path) -> None:
    from tests.processes import zvdesk

    theirs = workdir / "collega.zvdb"
    theirs.write_bytes(example_master.read_bytes())
    before = (_digest(example_path), _digest(theirs))
    for kind, target in _names_of(example_path, workdir).items():
        result = zvdesk("merge", str(example_path), str(theirs), "-o", str(target),
                        "--prefer", "mine")
        assert result.returncode == 2 and "waaruit gelezen" in result.stderr, kind
    result = zvdesk("merge", str(example_path), str(theirs), "-o",
                    str(workdir / "sub" / ".." / "collega.zvdb"), "--prefer", "mine")
    assert result.returncode == 2 and "waaruit gelezen" in result.stderr
    assert (_digest(example_path), _digest(theirs)) == before


def test_save_copy_and_share_copy_refuse_the_open_file(example_doc: Document,
                                                       workdir: Path) -> None:
    from zvdesk.models.core.errors import TargetRefused

    before = _digest(example_doc.path)
    for kind, target in _names_of(example_doc.path, workdir).items():
        with pytest.raises(TargetRefused, match="waaruit gelezen"):
            make_share_copy(example_doc, target, CopyOptions(initials=True))
        with pytest.raises(TargetRefused, match="waaruit gelezen"):
            example_doc.save_copy(target)
        assert _digest(example_doc.path) == before, kind


def test_failed_copy_leaves_no_stage_and_names_the_missing_folder(example_doc: Document,
                                                                   workdir: Path) -> None:
    from zvdesk.models.core.private import work_root

    missing = workdir / "bestaat-niet"
    before = set(work_root().iterdir())
    with pytest.raises(ZvdbError) as err:
        make_share_copy(example_doc, missing / "k.zvdb", CopyOptions(initials=True))
    assert f"de map ‘{missing}’ bestaat niet" in str(err.value)
    assert set(work_root().iterdir()) == before, "the stage copy (full names) is gone"
    assert not [p for p in workdir.iterdir() if p.name.startswith(".~")
                and not p.name.endswith(".lock")]


def test_stage_of_a_killed_copy_is_removed_at_the_next_start(example_path: Path) -> None:
    """A copy run killed halfway leaves its stage (full names); the next start removes it."""
    from tests.processes import kill_9, start_python, zvdesk

    proc = start_python("""
        from zvdesk.models.core.private import make_work_folder
        folder = make_work_folder("delen")
        (folder / "stage.zvdb").write_bytes(b"Marieke de Vries")
        print(folder, flush=True)
        import time
        time.sleep(300)
    """)
    stage = Path(proc.stdout.readline().strip())
    try:
        assert zvdesk("check", str(example_path)).returncode == 0
        assert stage.exists(), "a running copy's stage is left alone"
    finally:
        kill_9(proc)
    assert stage.exists()
    assert zvdesk("check", str(example_path)).returncode == 0
    assert not stage.exists()


def test_half_written_file_beside_the_target_is_removed_after_a_kill(example_path: Path,
                                                                     workdir: Path) -> None:
    """Killed between writing ``.~k.zvdb.kopie`` and renaming it: the next start removes it."""
    from tests.processes import kill_9, start_python, zvdesk

    target = workdir / "k.zvdb"
    proc = start_python(f"""
        from pathlib import Path
        from zvdesk.models.core.private import BesideStage
        stage = BesideStage(Path({str(target)!r}), "kopie")
        stage.path.write_bytes(b"Marieke de Vries, half geschreven")
        print(stage.path, flush=True)
        import time
        time.sleep(300)
    """)
    half = Path(proc.stdout.readline().strip())
    assert half == workdir / ".~k.zvdb.kopie"
    kill_9(proc)
    assert half.exists()
    assert zvdesk("check", str(example_path)).returncode == 0
    assert not half.exists()
    assert sorted(p.name for p in workdir.iterdir()) == [example_path.name]
