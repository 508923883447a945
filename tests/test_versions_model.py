"""Vastgestelde versies in the file: recording, compactness, reconstruction, migration,
share copies (initials inside versions too), merges and undo of unrelated edits."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.test_share_privacy import LIVE, _assert_clean, _plant
from zvdesk.models.core import ops
from zvdesk.models.core.document import Document
from zvdesk.models.core.errors import ValidationError
from zvdesk.models.core.sharing.copy import CopyOptions, make_share_copy
from zvdesk.models.core.sharing.merge_apply import apply_merge, plan_with_file
from zvdesk.models.core.versions.store import (
    current_state,
    find_version,
    list_versions,
    record_version,
    version_state,
    write_version_file,
)
from zvdesk.models.core.versions.tables import AdoptedBy, ProjectVersionRow
from zvdesk.models.example import EXAMPLE_VERSION

FIXTURES = Path(__file__).parent / "fixtures"


def _pilot(doc: Document) -> str:
    with doc.session() as s:
        return next(p.id for p in ops.list_live(s, "project") if p.name.startswith("Regiopilot"))


def _title_of(doc_path: Path, element_id: str) -> str:
    conn = sqlite3.connect(doc_path)
    try:
        return conn.execute("SELECT title FROM impact_element WHERE id = ?",
                            (element_id,)).fetchone()[0]
    finally:
        conn.close()


def test_the_example_has_the_rbo_version_and_later_changes(example_doc: Document) -> None:
    pilot = _pilot(example_doc)
    with example_doc.session() as s:
        (version,) = list_versions(s, pilot)
        assert version.name == EXAMPLE_VERSION
        assert version.title == ("Versie ‘Vastgesteld RBO 2026’ (vastgesteld door het RBO op "
                                 "12-03-2026)")
        then, region = version_state(s, version.id)
        now, _ = current_state(s, pilot)
    kinds = {kind for kind, _ in then}
    assert {"project", "impact_element", "impact_link", "stakeholder", "coop_seat"} <= kinds
    assert {"person", "organisation"} <= {kind for kind, _ in region}, "names of the players"
    assert set(then) != set(now), "an element added and a stakeholder removed since"


def test_a_second_version_stores_only_what_changed(example_doc: Document) -> None:
    pilot = _pilot(example_doc)
    with example_doc.session() as s:
        element = next(e for e in ops.list_live(s, "impact_element") if e.project_id == pilot)
    example_doc.write(lambda s: ops.update_record(s, "impact_element", element.id,
                                                  {"title": "Nieuw doel"}))
    second, _ = example_doc.write(lambda s: record_version(
        s, pilot, "Vastgesteld raad", adopted_on=date(2026, 6, 1), adopted_by=AdoptedBy.RAAD))
    with example_doc.session() as s:
        rows = s.scalars(select(ProjectVersionRow).where(
            ProjectVersionRow.version_id == second)).all()
        full = [r for r in rows if r.payload is not None]
        changed = {(r.kind, r.row_id) for r in full}
        # this edit, and the example's own later changes (a title, a new element)
        assert ("impact_element", element.id) in changed and len(changed) <= 3
        assert len(rows) > 400, "every row id is listed"
        state, _ = version_state(s, second)
        assert state[("impact_element", element.id)]["title"] == "Nieuw doel"
        with pytest.raises(ValidationError, match="al een versie"):
            record_version(s, pilot, "vastgesteld raad")


def test_a_version_file_holds_the_project_as_it_was(example_doc: Document,
                                                    workdir: Path) -> None:
    pilot = _pilot(example_doc)
    with example_doc.session() as s:
        version = find_version(s, EXAMPLE_VERSION)
        then, _ = version_state(s, version.id)
    element = next(rid for kind, rid in then if kind == "impact_element")
    old_title = then[("impact_element", element)]["title"]
    example_doc.write(lambda s: ops.update_record(s, "impact_element", element,
                                                  {"title": "Later veranderd"}))
    target = write_version_file(example_doc.path, workdir / "versie.zvdb", version.id)
    assert _title_of(target, element) == old_title
    assert _title_of(example_doc.path, element) == "Later veranderd"
    opened = Document.open(target, read_only=True)
    try:
        with opened.session() as s:
            assert pilot in {p.id for p in ops.list_live(s, "project")}
    finally:
        opened.close()


def test_versions_survive_undo_of_unrelated_edits(example_doc: Document) -> None:
    pilot = _pilot(example_doc)
    _, earlier = example_doc.write(lambda s: ops.update_record(s, "project", pilot,
                                                               {"description": "Eerder"}))
    vid, recording = example_doc.write(lambda s: record_version(s, pilot, "Tussenversie"))
    _, later = example_doc.write(lambda s: ops.update_record(s, "project", pilot,
                                                             {"description": "Later"}))
    example_doc.apply(later, undo=True)
    example_doc.apply(earlier, undo=True)
    with example_doc.session() as s:
        assert "Tussenversie" in {v.name for v in list_versions(s, pilot)}
        state, _ = version_state(s, vid)
        assert state[("project", pilot)]["description"] == "Eerder"
    example_doc.apply(recording, undo=True)  # undoing the recording itself removes it
    with example_doc.session() as s:
        assert "Tussenversie" not in {v.name for v in list_versions(s, pilot)}


def test_versions_survive_migration_from_v2(workdir: Path) -> None:
    path = workdir / "oud.zvdb"
    shutil.copy(FIXTURES / "v2.zvdb", path)
    doc = Document.open(path)
    try:
        pilot = _pilot(doc)
        vid, _ = doc.write(lambda s: record_version(s, pilot, "Na de migratie",
                                                    adopted_on=date(2026, 12, 1)))
    finally:
        doc.close()
    again = Document.open(path)
    try:
        with again.session() as s:
            state, _ = version_state(s, vid)
            assert ("project", pilot) in state and len(state) > 50
    finally:
        again.close()


def test_merging_keeps_the_versions_of_both_copies(example_doc: Document,
                                                   workdir: Path) -> None:
    pilot = _pilot(example_doc)
    make_share_copy(example_doc, workdir / "collega.zvdb", CopyOptions())
    theirs = Document.open(workdir / "collega.zvdb")
    try:
        example_doc.write(lambda s: ops.update_record(s, "project", pilot, {"description": "M"}))
        mine, _ = example_doc.write(lambda s: record_version(s, pilot, "Mijn versie"))
        theirs.write(lambda s: ops.update_record(s, "project", pilot, {"name": "Pilot T"}))
        their, _ = theirs.write(lambda s: record_version(s, pilot, "Hun versie"))
        plan = plan_with_file(example_doc, theirs.path)
    finally:
        theirs.close()
    example_doc.write(lambda s: apply_merge(s, plan))
    with example_doc.session() as s:
        names = {v.name for v in list_versions(s, pilot)}
        assert {EXAMPLE_VERSION, "Mijn versie", "Hun versie"} <= names
        assert version_state(s, their)[0][("project", pilot)]["name"] == "Pilot T"
        assert version_state(s, mine)[0][("project", pilot)]["description"] == "M"
        assert version_state(s, mine)[0][("project", pilot)]["name"] != "Pilot T"


def test_an_initials_copy_reduces_names_inside_versions(example_doc: Document,
                                                        workdir: Path) -> None:
    pilot = _pilot(example_doc)
    _plant(example_doc)
    with example_doc.session() as s:
        projects = [p.id for p in ops.list_live(s, "project")]
    for project in projects:  # wherever the plant went, a version holds it
        example_doc.write(lambda s, p=project: record_version(
            s, p, "Met geplante namen" if p == pilot else "Andere"))
    source = sqlite3.connect(example_doc.path)
    try:
        payloads = "".join(p for (p,) in source.execute(
            "SELECT payload FROM project_version_row WHERE payload IS NOT NULL"))
    finally:
        source.close()
    assert LIVE in payloads, "the plant reached the version"
    target = workdir / "initialen.zvdb"
    make_share_copy(example_doc, target, CopyOptions(initials=True))
    _assert_clean(target.read_bytes())
    copy = Document.open(target)
    try:
        with copy.session() as s:
            version = find_version(s, "Met geplante namen", pilot)
            state, _ = version_state(s, version.id)
            people = {row["name"] for (kind, _), row in state.items() if kind == "person"}
            assert "MV" in people and "Marieke Vos" not in people
            assert all("id" in row for row in state.values()), "still whole rows"
    finally:
        copy.close()


def test_the_comparison_lists_a_changed_field_per_instrument(example_doc: Document) -> None:
    from zvdesk.models.core.versions.compare import compare, instrument_of

    pilot = _pilot(example_doc)
    with example_doc.session() as s:
        version = find_version(s, EXAMPLE_VERSION)
        then, _ = version_state(s, version.id)
        person = next(rid for kind, rid in then if kind == "person")
    example_doc.write(lambda s: ops.update_record(s, "person", person, {"name": "Nieuwe Naam"}))
    with example_doc.session() as s:
        now, _ = current_state(s, pilot)
    diffs = {d.key: d for d in compare(then, now)}
    assert instrument_of("impact_element") == "impact" and instrument_of("project_version") == ""
    impact = diffs["impact"]
    assert len(impact.added) == 1 and len(impact.changed) == 1
    (changed_field,) = impact.changed[0].fields
    assert changed_field.label == "titel"
    assert changed_field.after.endswith("(aangescherpt na de evaluatie)")
    assert [r.kind for r in diffs["stakeholders"].removed] == ["stakeholder"]
    renamed = next(r for r in diffs["region"].changed if r.record_id == person)
    assert [(f.label, f.after) for f in renamed.fields] == [("naam", "Nieuwe Naam")]
