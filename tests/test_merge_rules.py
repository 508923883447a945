"""Merging a colleague's copy: each rule on real files, one undo step, Dutch summary, CLI."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from zvdesk.cli import main as cli_main
from zvdesk.models.core import ops
from zvdesk.models.core.document import Document
from zvdesk.models.core.errors import ZvdbError
from zvdesk.models.core.sharing.copy import CopyOptions, make_share_copy
from zvdesk.models.core.sharing.merge import Action
from zvdesk.models.core.sharing.merge_apply import (
    UnresolvedConflicts,
    apply_merge,
    plan_with_file,
)
from zvdesk.models.region.tables import Person


@pytest.fixture
def pair(new_doc: Document, workdir: Path) -> Iterator[tuple[Document, Document, list[str]]]:
    """A file with three people, and a colleague's copy of it, both open for writing."""

    def people(s):  # noqa: ANN001, ANN202
        return [ops.create_record(s, "person", {"name": n, "role": "adviseur"})
                for n in ("Anna Aalbers", "Bert Bos", "Carla Cools")]

    ids, _ = new_doc.write(people)
    make_share_copy(new_doc, workdir / "collega.zvdb", CopyOptions())
    theirs = Document.open(workdir / "collega.zvdb")
    yield new_doc, theirs, ids
    theirs.close()


def _merge(mine: Document, theirs: Document, **kw):  # noqa: ANN003, ANN202
    theirs_path = theirs.path
    plan = plan_with_file(mine, theirs_path)
    return plan, mine.write(lambda s: apply_merge(s, plan, **kw))


def _person(doc: Document, pid: str) -> Person:
    with doc.session() as s:
        return s.get(Person, pid)


def test_merging_a_fresh_copy_or_a_duplicate_changes_nothing(pair, workdir: Path) -> None:
    mine, theirs, _ids = pair
    assert plan_with_file(mine, theirs.path).empty
    twin = workdir / "tweeling.zvdb"
    shutil.copyfile(mine.path, twin)
    assert plan_with_file(mine, twin).empty


def test_one_sided_changes_are_taken_automatically(pair) -> None:
    mine, theirs, ids = pair

    def add(s):  # noqa: ANN001, ANN202
        org = ops.create_record(s, "organisation", {"name": "Buurtteam Noord"})
        return ops.create_record(s, "person", {"name": "Dirk Dekker", "organisation_id": org})

    new_person, _ = theirs.write(add)
    theirs.write(lambda s: ops.update_record(s, "person", ids[0], {"role": "trekker"}))
    mine.write(lambda s: ops.update_record(s, "person", ids[1], {"role": "voorzitter"}))
    plan, (summary, edit) = _merge(mine, theirs)
    assert not plan.conflicts and plan.base is not None
    assert _person(mine, ids[0]).role == "trekker"
    assert _person(mine, ids[1]).role == "voorzitter"
    dirk = _person(mine, new_person)
    assert dirk.name == "Dirk Dekker" and dirk.organisation_id is not None
    lines = summary.lines()
    assert "persoon: 1 toegevoegd, 1 gewijzigd" in lines
    assert "organisatie: 1 toegevoegd" in lines
    # the whole merge is one edit: undoing it puts everything back
    mine.apply(edit, undo=True)
    assert _person(mine, ids[0]).role == "adviseur"
    assert _person(mine, new_person).deleted_at is not None


def test_changes_to_different_fields_of_one_record_both_survive(pair) -> None:
    mine, theirs, ids = pair
    mine.write(lambda s: ops.update_record(s, "person", ids[0], {"role": "wethouder"}))
    theirs.write(lambda s: ops.update_record(s, "person", ids[0], {"email": "a@b.nl"}))
    plan, _ = _merge(mine, theirs)
    assert not plan.conflicts
    p = _person(mine, ids[0])
    assert (p.role, p.email) == ("wethouder", "a@b.nl")


def test_real_conflict_is_reported_and_resolved_by_choice(pair) -> None:
    mine, theirs, ids = pair
    mine.write(lambda s: ops.update_record(s, "person", ids[2], {"role": "mijn rol"}))
    theirs.write(lambda s: ops.update_record(s, "person", ids[2], {"role": "hun rol"}))
    plan = plan_with_file(mine, theirs.path)
    assert [(c.id, c.field, c.mine, c.theirs) for c in plan.conflicts] == [
        (ids[2], "role", "mijn rol", "hun rol")]
    assert plan.conflicts[0].title == "persoon ‘Carla Cools’"
    before = mine.path.read_bytes()
    with pytest.raises(UnresolvedConflicts):
        mine.write(lambda s: apply_merge(s, plan))
    assert mine.path.read_bytes() == before, "nothing written without a choice"
    summary, _ = mine.write(lambda s: apply_merge(s, plan, {plan.conflicts[0].key: "theirs"}))
    assert _person(mine, ids[2]).role == "hun rol"
    assert "1 conflict opgelost volgens uw keuze." in summary.lines()
    # the choice is a new version: the colleague's file asks again instead of ignoring it
    again = plan_with_file(theirs, mine.path)
    assert not again.conflicts  # same value on both sides now


def test_deletion_travels_as_tombstone(pair) -> None:
    mine, theirs, ids = pair
    theirs.write(lambda s: ops.delete_records(s, "person", [ids[1]]))
    plan, (summary, _) = _merge(mine, theirs)
    assert [c.action for c in plan.changes] == [Action.REMOVE]
    assert _person(mine, ids[1]).deleted_at is not None
    assert "persoon: 1 verwijderd" in summary.lines()


def test_two_deletions_become_one_version_that_knows_both(pair) -> None:
    """Both copies deleted a record: the merged deletion is made from both (issue 11, found
    by the property test), quietly, so a third copy that undid only one of them is asked
    about instead of silently undoing the other; merging back asks nothing."""
    mine, theirs, ids = pair
    mine.write(lambda s: ops.delete_records(s, "person", [ids[1]]))
    theirs.write(lambda s: ops.delete_records(s, "person", [ids[1]]))
    stamp_mine = json.loads(_person(mine, ids[1]).field_stamps)["deleted_at"]
    stamp_theirs = json.loads(_person(theirs, ids[1]).field_stamps)["deleted_at"]
    plan, (summary, _) = _merge(mine, theirs)
    assert not plan.conflicts and [(c.kind, c.quiet) for c in plan.changes] == [("person", True)]
    assert summary.lines() == ["Er was niets samen te voegen: de bestanden verschillen niet."]
    stamps = json.loads(_person(mine, ids[1]).field_stamps)
    assert stamps["deleted_at"] not in (stamp_mine, stamp_theirs)
    assert {stamp_mine, stamp_theirs} <= set(stamps["^deleted_at"].split())
    back = plan_with_file(theirs, mine.path)
    assert not back.conflicts
    assert [c.exact for c in back.changes if c.kind == "person"] == [{"deleted_at"}]
    theirs.write(lambda s: apply_merge(s, back))
    assert plan_with_file(mine, theirs.path).empty and plan_with_file(theirs, mine.path).empty


def test_edit_after_deletion_survives_and_is_reported(pair) -> None:
    mine, theirs, ids = pair
    mine.write(lambda s: ops.delete_records(s, "person", [ids[0]]))
    theirs.write(lambda s: ops.update_record(s, "person", ids[0], {"role": "nog nodig"}))
    plan, (summary, _) = _merge(mine, theirs)
    p = _person(mine, ids[0])
    assert p.deleted_at is None and p.role == "nog nodig"
    assert any("zonder dat uw bestand die wijziging kende" in n and "Anna Aalbers" in n
               for n in summary.notes)
    assert not any("daarna" in n or "eerder" in n for n in summary.notes), \
        "the clock cannot tell what happened first, so the note does not claim it"
    assert "persoon: 1 teruggezet" in summary.lines()
    # and the other way round gives the same outcome
    plan_back = plan_with_file(theirs, mine.path)
    assert not plan_back.conflicts and not any(
        c.action is Action.REMOVE for c in plan_back.changes)


def test_deletion_of_an_edit_it_never_saw_is_a_conflict(pair) -> None:
    mine, theirs, ids = pair
    theirs.write(lambda s: ops.update_record(s, "person", ids[0], {"role": "eerder"}))
    mine.write(lambda s: ops.delete_records(s, "person", [ids[0]]))
    plan = plan_with_file(mine, theirs.path)
    assert [(c.field, c.mine_text, c.theirs_text) for c in plan.conflicts] == [
        ("deleted_at", "verwijderd", "bestaat nog, gewijzigd: rol")]
    assert plan.conflicts[0].field_name == "verwijderen of bewaren"
    assert not plan.notes, "no note claims the edit was older"
    # keeping their version brings the person back with their edit
    summary, _ = mine.write(lambda s: apply_merge(s, plan, prefer="theirs"))
    p = _person(mine, ids[0])
    assert p.deleted_at is None and p.role == "eerder"
    assert "persoon: 1 teruggezet" in summary.lines()
    # the choice is final: their file takes it without asking again
    back = plan_with_file(theirs, mine.path)
    assert not back.conflicts


def test_keeping_the_deletion_is_not_asked_again(pair) -> None:
    mine, theirs, ids = pair
    theirs.write(lambda s: ops.update_record(s, "person", ids[0], {"role": "eerder"}))
    mine.write(lambda s: ops.delete_records(s, "person", [ids[0]]))
    plan = plan_with_file(mine, theirs.path)
    mine.write(lambda s: apply_merge(s, plan, prefer="mine"))
    assert _person(mine, ids[0]).deleted_at is not None
    assert plan_with_file(mine, theirs.path).empty
    back = plan_with_file(theirs, mine.path)
    assert not back.conflicts
    theirs.write(lambda s: apply_merge(s, back))
    assert _person(theirs, ids[0]).deleted_at is not None


def test_deletion_that_saw_the_edit_holds_without_a_question(pair) -> None:
    mine, theirs, ids = pair
    theirs.write(lambda s: ops.update_record(s, "person", ids[0], {"role": "gezien"}))
    plan, _ = _merge(mine, theirs)
    assert _person(mine, ids[0]).role == "gezien"
    mine.write(lambda s: ops.delete_records(s, "person", [ids[0]]))
    back = plan_with_file(theirs, mine.path)
    assert not back.conflicts and [c.action for c in back.changes
                                   if c.kind == "person"] == [Action.REMOVE]


def test_a_value_received_and_then_changed_is_that_sides_edit(pair) -> None:
    """Issue 11: A sets a field, B receives it and changes it: not a conflict."""
    mine, theirs, ids = pair
    mine.write(lambda s: ops.update_record(s, "person", ids[0], {"role": "van A"}))
    into_b = plan_with_file(theirs, mine.path)
    theirs.write(lambda s: apply_merge(s, into_b))
    theirs.write(lambda s: ops.update_record(s, "person", ids[0], {"role": "B verder"}))
    theirs.write(lambda s: ops.update_record(s, "person", ids[0], {"role": "B nog verder"}))
    plan = plan_with_file(mine, theirs.path)
    assert not plan.conflicts
    mine.write(lambda s: apply_merge(s, plan, prefer="mine"))
    assert _person(mine, ids[0]).role == "B nog verder", "--prefer never drops a later edit"


def test_a_clock_a_day_ahead_cannot_make_a_deletion_win(pair, monkeypatch) -> None:
    """Issue 11: the colleague's clock is a day ahead; my later edit is not lost."""
    from datetime import timedelta

    from zvdesk.models.core import base, edits

    mine, theirs, ids = pair
    real = base.utcnow
    monkeypatch.setattr(edits, "utcnow", lambda: real() + timedelta(days=1))
    theirs.write(lambda s: ops.delete_records(s, "person", [ids[0]]))
    monkeypatch.setattr(edits, "utcnow", real)
    mine.write(lambda s: ops.update_record(s, "person", ids[0], {"role": "later gedaan"}))
    for plan in (plan_with_file(mine, theirs.path), plan_with_file(theirs, mine.path)):
        assert [c.field for c in plan.conflicts] == ["deleted_at"], \
            "reported as a conflict, never dropped"
        assert not plan.notes


def test_undo_and_redo_bump_the_stamps_of_the_fields_they_change(pair) -> None:
    mine, _theirs, ids = pair
    _, edit = mine.write(lambda s: ops.update_record(s, "person", ids[0], {"role": "x"}))
    stamp_after_edit = json.loads(_person(mine, ids[0]).field_stamps)["role"]
    mine.apply(edit, undo=True)
    stamps = json.loads(_person(mine, ids[0]).field_stamps)
    assert stamps["role"] > stamp_after_edit
    assert stamps["name"] < stamp_after_edit, "fields the undo did not touch keep their stamp"


def test_names_from_an_initials_copy_do_not_flow_back(new_doc: Document, workdir: Path) -> None:
    pid, _ = new_doc.write(lambda s: ops.create_record(s, "person", {"name": "Eva Evers",
                                                                    "email": "e@x.nl"}))
    make_share_copy(new_doc, workdir / "anoniem.zvdb", CopyOptions(initials=True))
    theirs = Document.open(workdir / "anoniem.zvdb")
    try:
        theirs.write(lambda s: ops.update_record(s, "person", pid, {"role": "secretaris"}))
    finally:
        theirs.close()
    plan = plan_with_file(new_doc, workdir / "anoniem.zvdb")
    assert not plan.conflicts
    new_doc.write(lambda s: apply_merge(s, plan))
    p = _person(new_doc, pid)
    assert (p.name, p.email, p.role) == ("Eva Evers", "e@x.nl", "secretaris")


def test_failed_merge_leaves_both_files_byte_identical(pair, workdir: Path) -> None:
    mine, theirs, _ids = pair
    theirs.close()
    broken = workdir / "kapot.zvdb"
    broken.write_bytes(theirs.path.read_bytes()[:5000])
    before = mine.path.read_bytes(), broken.read_bytes()
    with pytest.raises(ZvdbError):
        plan_with_file(mine, broken)
    assert (mine.path.read_bytes(), broken.read_bytes()) == before


def _cli(*args: str) -> int:
    try:
        return cli_main(list(args))
    except SystemExit as exc:  # argparse
        return int(exc.code or 0)


def test_cli_merge_stops_on_conflicts_and_writes_nothing(pair, workdir: Path, capsys) -> None:
    mine, theirs, ids = pair
    mine.write(lambda s: ops.update_record(s, "person", ids[2], {"role": "mijn rol"}))
    theirs.write(lambda s: ops.update_record(s, "person", ids[2], {"role": "hun rol"}))
    theirs.write(lambda s: ops.update_record(s, "person", ids[1], {"role": "alleen hun"}))
    mine_path, theirs_path = mine.path, theirs.path
    mine.close()
    theirs.close()
    before = mine_path.read_bytes(), theirs_path.read_bytes()
    out = workdir / "samen.zvdb"
    assert _cli("merge", str(mine_path), str(theirs_path), "-o", str(out)) == 3
    text = capsys.readouterr().out
    assert "Er is 1 conflict:" in text and "‘mijn rol’" in text and "‘hun rol’" in text
    assert "Carla Cools" in text and "rol" in text
    assert not out.exists()
    assert (mine_path.read_bytes(), theirs_path.read_bytes()) == before
    assert _cli("merge", str(mine_path), str(theirs_path), "-o", str(out),
                "--prefer", "mine") == 0
    assert "persoon: 1 gewijzigd" in capsys.readouterr().out
    assert (mine_path.read_bytes(), theirs_path.read_bytes()) == before
    merged = Document.open(out)
    try:
        assert _person(merged, ids[2]).role == "mijn rol"
        assert _person(merged, ids[1]).role == "alleen hun"
    finally:
        merged.close()


def test_cli_copy_and_check_with_password(example_path: Path, workdir: Path, capsys) -> None:
    secret = workdir / "wachtwoord.txt"
    secret.write_text("heel-geheim-1\n", encoding="utf-8")
    out = workdir / "delen.zvdb"
    assert _cli("copy", str(example_path), "-o", str(out), "--initials",
                "--password-file", str(secret)) == 0
    text = capsys.readouterr().out
    assert "Kopie gemaakt" in text and "initialen" in text and "wachtwoord" in text
    assert b"Marieke" not in out.read_bytes()
    assert _cli("check", str(out)) == 2
    assert "beveiligd met een wachtwoord" in capsys.readouterr().err
    assert _cli("check", str(out), "--password-file", str(secret)) == 0
    summary = capsys.readouterr().out
    assert "Bestand: delen.zvdb" in summary and "Personen: 16" in summary
    wrong = workdir / "fout.txt"
    wrong.write_text("iets-anders-1", encoding="utf-8")
    before = out.read_bytes()
    assert _cli("check", str(out), "--password-file", str(wrong)) == 2
    assert "klopt niet" in capsys.readouterr().err
    assert out.read_bytes() == before


def test_cli_merge_with_protected_files(pair, workdir: Path, capsys) -> None:
    from zvdesk.models.core.sharing.container import open_encrypted
    from zvdesk.models.core.sharing.magic import is_encrypted_file

    mine, theirs, ids = pair
    secret = workdir / "ww.txt"
    secret.write_text("samen-geheim-9", encoding="utf-8")
    protected = workdir / "beveiligd.zvdb"
    make_share_copy(theirs, protected, CopyOptions(password="samen-geheim-9"))
    theirs.close()
    doc = open_encrypted(protected, "samen-geheim-9")
    doc.write(lambda s: ops.update_record(s, "person", ids[0], {"role": "via wachtwoord"}))
    doc.close()
    mine_path = mine.path
    mine.close()
    out = workdir / "samen.zvdb"
    assert _cli("merge", str(mine_path), str(protected), "-o", str(out)) == 2
    assert "beveiligd met een wachtwoord" in capsys.readouterr().err
    assert _cli("merge", str(mine_path), str(protected), "-o", str(out),
                "--password-file", str(secret)) == 0
    merged = Document.open(out)
    try:
        assert _person(merged, ids[0]).role == "via wachtwoord"
    finally:
        merged.close()
    # a protected file of my own gives a protected result
    out2 = workdir / "samen-beveiligd.zvdb"
    assert _cli("merge", str(protected), str(mine_path), "-o", str(out2),
                "--password-file", str(secret)) == 0
    assert is_encrypted_file(out2)


def test_merging_the_same_colleague_again_takes_their_newer_changes(pair) -> None:
    mine, theirs, ids = pair
    theirs.write(lambda s: ops.update_record(s, "person", ids[0], {"role": "eerste"}))
    mine.write(lambda s: ops.update_record(s, "person", ids[1], {"role": "van mij"}))
    _merge(mine, theirs)
    assert _person(mine, ids[0]).role == "eerste"
    # the colleague keeps working in the same copy and sends it again
    theirs.write(lambda s: ops.update_record(s, "person", ids[0], {"role": "tweede"}))
    plan, _ = _merge(mine, theirs)
    assert not plan.conflicts, "a value taken unchanged from them is not an edit of mine"
    assert _person(mine, ids[0]).role == "tweede"
    # and the colleague merging my file takes my change but keeps their own
    back = plan_with_file(theirs, mine.path)
    assert not back.conflicts
    theirs.write(lambda s: apply_merge(s, back))
    assert (_person(theirs, ids[0]).role, _person(theirs, ids[1]).role) == ("tweede", "van mij")
    # once I edit a taken value myself, their next change to it is a real conflict again
    mine.write(lambda s: ops.update_record(s, "person", ids[0], {"role": "mijn derde"}))
    theirs.write(lambda s: ops.update_record(s, "person", ids[0], {"role": "hun derde"}))
    assert [c.field for c in plan_with_file(mine, theirs.path).conflicts] == ["role"]


def test_a_copy_from_a_newer_version_is_not_merged(pair, workdir: Path) -> None:
    import sqlite3

    mine, theirs, _ids = pair
    theirs.close()
    newer = workdir / "nieuwer.zvdb"
    shutil.copyfile(theirs.path, newer)
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version=99")
    conn.close()
    before = mine.path.read_bytes()
    with pytest.raises(ZvdbError, match="nieuwere versie"):
        plan_with_file(mine, newer)
    assert mine.path.read_bytes() == before


def test_cli_conflict_list_shows_where_long_texts_differ(pair, workdir: Path, capsys) -> None:
    mine, theirs, ids = pair
    start = "Overleg elke maand met het wijkteam en de politie over de aanpak in Noord. " * 3
    mine.write(lambda s: ops.update_record(s, "person", ids[0], {"notes": start + "Mijn slot."}))
    theirs.write(lambda s: ops.update_record(s, "person", ids[0], {
        "notes": start + "Hun slot, met een afspraak erbij."}))
    mine_path, theirs_path = mine.path, theirs.path
    mine.close()
    theirs.close()
    assert _cli("merge", str(mine_path), str(theirs_path), "-o", str(workdir / "x.zvdb")) == 3
    text = capsys.readouterr().out
    line = next(x for x in text.splitlines() if "notities" in x)
    assert "Mijn slot.’" in line and "Hun slot, met een afspraak erbij.’" in line
    assert "persoon ‘Anna Aalbers’, notities" in line
    assert len(line) < 400, "only the differing part with a little context"
