"""Property-based tests of merging: random edit sequences on two copies of one file.

Each example builds a small file, makes a share copy, applies a random interleaved sequence of
edits, deletions, creations and undos to the two copies, and then merges both ways.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from zvdesk.models.core import ops
from zvdesk.models.core.base import BOOKKEEPING_COLUMNS
from zvdesk.models.core.document import Document
from zvdesk.models.core.edits import Edit
from zvdesk.models.core.errors import ValidationError
from zvdesk.models.core.schema import record_classes
from zvdesk.models.core.sharing.copy import CopyOptions, make_share_copy
from zvdesk.models.core.sharing.lineage import NEVER_MERGED, Lineage
from zvdesk.models.core.sharing.merge_apply import apply_merge, plan_with_file

FIELDS = ("role", "notes", "phone")
VALUES = ("a", "b", "c")

op = st.one_of(
    st.tuples(st.just("edit"), st.integers(0, 4), st.sampled_from(FIELDS),
              st.sampled_from(VALUES)),
    st.tuples(st.just("delete"), st.integers(0, 4)),
    st.tuples(st.just("create"), st.sampled_from(VALUES)),
    st.tuples(st.just("undo")),
)
steps = st.lists(st.tuples(st.sampled_from("AB"), op), min_size=1, max_size=14)


@dataclass
class Side:
    """One copy while the sequence runs, and what it touched since the copies parted."""

    doc: Document
    people: list[str]
    edits: list[Edit] = field(default_factory=list)
    touched: set[tuple[str, str]] = field(default_factory=set)
    deleted_at_step: dict[str, int] = field(default_factory=dict)
    edited_at_step: dict[str, int] = field(default_factory=dict)


def _touch(side: Side, edit: Edit, step: int) -> None:
    for row in edit.rows:
        before = row.before or {}
        for key, value in row.after.items():
            if row.before is None or before.get(key) != value:
                side.touched.add((row.id, key))
                if key == "deleted_at" and value is not None:
                    side.deleted_at_step[row.id] = step
                elif key != "deleted_at" or value is None:
                    side.edited_at_step[row.id] = step


def _run(side: Side, action: tuple, step: int) -> None:
    kind = action[0]
    try:
        if kind == "edit":
            _, idx, name, value = action
            pid = side.people[idx % len(side.people)]
            _, edit = side.doc.write(lambda s: ops.update_record(
                s, "person", pid, {name: f"{value}{step}"}))
        elif kind == "delete":
            pid = side.people[action[1] % len(side.people)]
            _, edit = side.doc.write(lambda s: ops.delete_records(s, "person", [pid]))
        elif kind == "create":
            pid, edit = side.doc.write(lambda s: ops.create_record(
                s, "person", {"name": f"Nieuw {action[1]}{step}"}))
            side.people.append(pid)
        else:
            if not side.edits:
                return
            edit = side.edits.pop()
            side.doc.apply(edit, undo=True)
            _touch(side, edit, step)
            return
    except ValidationError:
        return  # editing a person this side already deleted: refused, nothing written
    if edit:
        side.edits.append(edit)
        _touch(side, edit, step)


def _content(path: Path) -> tuple[dict, set]:
    """Live records' values and tombstone ids, ignoring bookkeeping and sharing history."""
    doc = Document.open(path, read_only=True)
    live: dict = {}
    gone: set = set()
    try:
        with doc.session() as s:
            for kind, cls in record_classes().items():
                if kind in NEVER_MERGED or kind == Lineage.__tablename__:
                    continue
                for obj in s.scalars(select(cls)):
                    if obj.deleted_at is not None:
                        gone.add(obj.id)
                        continue
                    live[obj.id] = {c.name: getattr(obj, c.key) for c in cls.__table__.columns
                                    if c.name not in BOOKKEEPING_COLUMNS}
    finally:
        doc.close()
    return live, gone


def _values(path: Path, rid: str) -> dict:
    """One person's values (also of a tombstone), ignoring bookkeeping and the deletion."""
    doc = Document.open(path, read_only=True)
    try:
        with doc.session() as s:
            cls = record_classes()["person"]
            obj = s.get(cls, rid)
            return {c.name: getattr(obj, c.key) for c in cls.__table__.columns
                    if c.name not in BOOKKEEPING_COLUMNS and c.name != "deleted_at"}
    finally:
        doc.close()


def _merge_into(mine: Path, theirs: Path, folder: Path, name: str):  # noqa: ANN202
    work = folder / name
    shutil.copyfile(mine, work)
    doc = Document.open(work)
    try:
        plan = plan_with_file(doc, theirs)
        if not plan.conflicts:
            doc.write(lambda s: apply_merge(s, plan))
    finally:
        doc.close()
    return plan, work


def _base(folder: Path) -> tuple[Path, Path, list[str]]:
    def populate(s):  # noqa: ANN001, ANN202
        for name in ("Anna Aalbers", "Bert Bos", "Carla Cools"):
            ops.create_record(s, "person", {"name": name, "role": "adviseur"})

    doc = Document.create(folder / "a.zvdb", populate=populate)
    try:
        with doc.session() as s:
            people = [p.id for p in ops.list_live(s, "person")]
        make_share_copy(doc, folder / "b.zvdb", CopyOptions())
    finally:
        doc.close()
    return folder / "a.zvdb", folder / "b.zvdb", people


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(sequence=steps)
def test_random_edits_on_two_copies_merge_safely(tmp_path: Path, sequence: list) -> None:
    folder = Path(tempfile.mkdtemp(prefix="eig-", dir=tmp_path))
    a_path, b_path, people = _base(folder)
    parting = folder / "bij-het-scheiden.zvdb"  # both copies as they were when they parted
    shutil.copyfile(b_path, parting)
    sides = {"A": Side(Document.open(a_path), list(people)),
             "B": Side(Document.open(b_path), list(people))}
    try:
        for step, (who, action) in enumerate(sequence):
            _run(sides[who], action, step)
    finally:
        for side in sides.values():
            side.doc.close()
    a_bytes, b_bytes = a_path.read_bytes(), b_path.read_bytes()

    plan_ab, merged_a = _merge_into(a_path, b_path, folder, "a-met-b.zvdb")
    plan_ba, merged_b = _merge_into(b_path, a_path, folder, "b-met-a.zvdb")
    assert (a_path.read_bytes(), b_path.read_bytes()) == (a_bytes, b_bytes), \
        "merging never changes the files it reads"

    # conflicts are the same seen from either side, and only where both sides touched
    conflicts_ab = {c.key for c in plan_ab.conflicts}
    assert conflicts_ab == {c.key for c in plan_ba.conflicts}
    both = sides["A"].touched & sides["B"].touched
    assert {(rid, f) for _k, rid, f in conflicts_ab if f != "deleted_at"} <= both
    for _k, rid, f in conflicts_ab:
        if f == "deleted_at":  # a deletion met an edit it never saw: record-level
            assert any(r == rid for r, _f in sides["A"].touched) and any(
                r == rid for r, _f in sides["B"].touched)

    before_a, _ = _content(a_path)
    before_b, _ = _content(b_path)
    for rid, name in both:
        if rid in before_a and rid in before_b and name != "deleted_at" and \
                before_a[rid][name] != before_b[rid][name]:
            assert ("person", rid, name) in conflicts_ab, "a real conflict is never lost"
    event("met conflicten" if conflicts_ab else "zonder conflicten")
    if conflicts_ab:
        return
    live_a, gone_a = _content(merged_a)
    live_b, gone_b = _content(merged_b)
    assert live_a == live_b and gone_a == gone_b, "both merge directions agree"

    for rid, name in sides["B"].touched - sides["A"].touched:
        if rid in live_a and rid in before_b and name != "deleted_at":
            assert live_a[rid][name] == before_b[rid][name], "a change only B made arrives"
    for rid, name in sides["A"].touched - sides["B"].touched:
        if rid in live_a and rid in before_a and name != "deleted_at":
            assert live_a[rid][name] == before_a[rid][name], "a change only A made stays"
    # an edit made after the other side's deletion keeps the record alive
    for who, other in (("A", "B"), ("B", "A")):
        for rid, deleted_step in sides[who].deleted_at_step.items():
            edited = sides[other].edited_at_step.get(rid)
            still_deleted_here = rid not in (before_a if who == "A" else before_b)
            alive_there = (before_b if who == "A" else before_a).get(rid)
            if edited is not None and edited > deleted_step and still_deleted_here \
                    and alive_there is not None \
                    and _values(parting, rid) != {
                        k: v for k, v in alive_there.items() if k != "deleted_at"}:
                # (an edit undone back to the values both had at parting changed nothing)
                assert rid in live_a, "an edit after a deletion survives"
                event("bewerking na verwijdering")


def test_merging_a_file_with_itself_changes_nothing(tmp_path: Path) -> None:
    a_path, _b, people = _base(tmp_path)
    doc = Document.open(a_path)
    try:
        doc.write(lambda s: ops.update_record(s, "person", people[0], {"role": "x"}))
        twin = tmp_path / "tweeling.zvdb"
        shutil.copyfile(a_path, twin)
        plan = plan_with_file(doc, twin)
        assert plan.empty and not plan.notes
    finally:
        doc.close()


sync = st.tuples(st.just("sync"), st.sampled_from(["AB", "BA"]))
steps_with_syncs = st.lists(st.tuples(st.sampled_from("AB"), st.one_of(op, sync)),
                            min_size=2, max_size=14)


def _sync(into: Side, other: Side) -> None:
    """Merges the other copy into this one in place (conflicts: keep this side's value)."""
    plan = plan_with_file(into.doc, other.doc.path)
    if not plan.empty:
        into.doc.write(lambda s: apply_merge(s, plan, prefer="mine"))


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(sequence=steps_with_syncs)
def test_repeated_merges_stay_symmetric_and_idempotent(tmp_path: Path, sequence: list) -> None:
    folder = Path(tempfile.mkdtemp(prefix="sync-", dir=tmp_path))
    a_path, b_path, people = _base(folder)
    sides = {"A": Side(Document.open(a_path), list(people)),
             "B": Side(Document.open(b_path), list(people))}
    try:
        for step, (who, action) in enumerate(sequence):
            if action[0] == "sync":
                into, other = (sides["A"], sides["B"]) if action[1] == "AB" else (
                    sides["B"], sides["A"])
                _sync(into, other)
                into.edits.clear()  # undo history stays simple: no undo across a merge
            else:
                _run(sides[who], action, step)
    finally:
        for side in sides.values():
            side.doc.close()
    plan_ab, merged_a = _merge_into(a_path, b_path, folder, "a-met-b.zvdb")
    plan_ba, merged_b = _merge_into(b_path, a_path, folder, "b-met-a.zvdb")
    assert {c.key for c in plan_ab.conflicts} == {c.key for c in plan_ba.conflicts}
    if plan_ab.conflicts:
        return
    assert _content(merged_a) == _content(merged_b), "both merge directions agree"
    again = Document.open(merged_a)
    try:
        assert plan_with_file(again, b_path).empty, "merging the same copy twice adds nothing"
    finally:
        again.close()
