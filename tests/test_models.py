"""Round trips of the foundation's records through a real file, and the edit/undo layer."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from zvdesk.models.core import ops
from zvdesk.models.core.document import Document
from zvdesk.models.core.errors import ReadOnlyDocument, ValidationError
from zvdesk.models.region.ops import get_region, project_theme_ids, set_project_themes
from zvdesk.models.region.tables import (
    Domain,
    Level,
    Municipality,
    Organisation,
    Person,
    Project,
    ProjectStatus,
    ProjectTheme,
    Region,
    Theme,
)


def _reopen(doc: Document) -> Document:
    path = doc.path
    doc.close()
    return Document.open(path)


def test_every_foundation_record_round_trips(new_doc: Document) -> None:
    def fill(s):  # noqa: ANN001, ANN202
        org = ops.create_record(s, "organisation", {"name": "GGZ Noord", "short_name": "GGZ",
                                                    "domain": Domain.ZORG,
                                                    "description": "Zorg ë € “x”"})
        person = ops.create_record(s, "person", {
            "name": "Jan de Vries", "initials": "JdV", "organisation_id": org,
            "role": "Manager", "level": Level.TACTISCH, "email": "j@example.org",
            "phone": "06-1234", "notes": "Let op"})
        theme = ops.create_record(s, "theme", {"name": "Mensenhandel", "description": "x"})
        muni = ops.create_record(s, "municipality", {"name": "Oostzaan", "sort_order": 3})
        project = ops.create_record(s, "project", {
            "name": "Pilot", "status": ProjectStatus.LOPEND, "lead_person_id": person,
            "start_date": date(2026, 1, 2), "end_date": date(2026, 12, 31),
            "description": "Omschrijving"})
        set_project_themes(s, project, [theme])
        return org, person, theme, muni, project

    (org, person, theme, muni, project), _ = new_doc.write(fill)
    doc = _reopen(new_doc)
    try:
        with doc.session() as s:
            o = s.get(Organisation, org)
            assert (o.name, o.short_name, o.domain, o.description) == (
                "GGZ Noord", "GGZ", Domain.ZORG, "Zorg ë € “x”")
            p = s.get(Person, person)
            assert (p.name, p.initials, p.organisation_id, p.role, p.level, p.email, p.phone,
                    p.notes) == ("Jan de Vries", "JdV", org, "Manager", Level.TACTISCH,
                                 "j@example.org", "06-1234", "Let op")
            assert s.get(Theme, theme).name == "Mensenhandel"
            assert s.get(Municipality, muni).sort_order == 3
            pr = s.get(Project, project)
            assert (pr.name, pr.status, pr.lead_person_id, pr.start_date, pr.end_date) == (
                "Pilot", ProjectStatus.LOPEND, person, date(2026, 1, 2), date(2026, 12, 31))
            assert project_theme_ids(s, project) == {theme}
            region = get_region(s)
            assert isinstance(region, Region) and region.name == "Testregio"
            for obj in (o, p, pr):
                assert len(obj.id) == 36
                assert obj.created_at.tzinfo is not None
                assert obj.modified_at >= obj.created_at
                assert obj.deleted_at is None
    finally:
        doc.close()


def test_new_file_offers_the_partner_catalogue(new_doc: Document) -> None:
    with new_doc.session() as s:
        names = {o.name for o in ops.list_live(s, "organisation")}
    for expected in ("Veilig Thuis", "Openbaar Ministerie", "GGD", "Politie",
                     "Raad voor de Kinderbescherming", "Dienst Justitiële Inrichtingen",
                     "Zorg- en Veiligheidshuis", "Reclassering", "Veiligheidsregio",
                     "Gemeente Zaanstad", "GGZ-instelling", "VG-organisatie"):
        assert expected in names


def test_undo_and_redo_replay_an_edit(new_doc: Document) -> None:
    pid, create = new_doc.write(lambda s: ops.create_record(s, "person", {"name": "A"}))
    _, rename = new_doc.write(lambda s: ops.update_record(s, "person", pid, {"name": "B"}))
    new_doc.apply(rename, undo=True)
    with new_doc.session() as s:
        assert s.get(Person, pid).name == "A"
    new_doc.apply(rename, undo=False)
    with new_doc.session() as s:
        assert s.get(Person, pid).name == "B"
    new_doc.apply(rename, undo=True)
    new_doc.apply(create, undo=True)
    with new_doc.session() as s:
        assert s.get(Person, pid).deleted_at is not None  # a tombstone, not a hard delete
    new_doc.apply(create, undo=False)
    with new_doc.session() as s:
        assert s.get(Person, pid).deleted_at is None


def test_modified_stamp_moves_on_every_change(new_doc: Document) -> None:
    pid, _ = new_doc.write(lambda s: ops.create_record(s, "person", {"name": "A"}))
    with new_doc.session() as s:
        first = s.get(Person, pid).modified_at
    new_doc.write(lambda s: ops.update_record(s, "person", pid, {"name": "B"}))
    with new_doc.session() as s:
        assert s.get(Person, pid).modified_at > first


def test_delete_is_a_tombstone_and_unlinks(new_doc: Document) -> None:
    def fill(s):  # noqa: ANN001, ANN202
        org = ops.create_record(s, "organisation", {"name": "X"})
        person = ops.create_record(s, "person", {"name": "P", "organisation_id": org})
        project = ops.create_record(s, "project", {"name": "Pr", "lead_person_id": person})
        return org, person, project

    (org, person, project), _ = new_doc.write(fill)
    _, edit = new_doc.write(lambda s: ops.delete_records(s, "organisation", [org]))
    with new_doc.session() as s:
        assert s.get(Organisation, org).deleted_at is not None
        assert s.get(Person, person).organisation_id is None
    new_doc.apply(edit, undo=True)
    with new_doc.session() as s:
        assert s.get(Organisation, org).deleted_at is None
        assert s.get(Person, person).organisation_id == org
    new_doc.write(lambda s: ops.delete_records(s, "person", [person]))
    with new_doc.session() as s:
        assert s.get(Project, project).lead_person_id is None


def test_project_themes_are_rows_that_revive(new_doc: Document) -> None:
    (project, t1, t2), _ = new_doc.write(lambda s: (
        ops.create_record(s, "project", {"name": "P"}),
        ops.create_record(s, "theme", {"name": "T1"}),
        ops.create_record(s, "theme", {"name": "T2"})))
    new_doc.write(lambda s: set_project_themes(s, project, [t1, t2]))
    new_doc.write(lambda s: set_project_themes(s, project, [t2]))
    new_doc.write(lambda s: set_project_themes(s, project, [t1, t2]))
    with new_doc.session() as s:
        rows = list(s.scalars(select(ProjectTheme).where(ProjectTheme.project_id == project)))
        assert len(rows) == 2  # revived, not duplicated
        assert project_theme_ids(s, project) == {t1, t2}


@pytest.mark.parametrize(("kind", "values", "message"), [
    ("person", {"name": ""}, "Vul de naam van de persoon in."),
    ("person", {"name": "A", "email": "geen-adres"}, "geen geldig e-mailadres"),
    ("organisation", {"name": "  "}, "Vul de naam van de organisatie in."),
    ("project", {"name": "P", "start_date": date(2026, 5, 1), "end_date": date(2026, 4, 1)},
     "De einddatum ligt vóór de startdatum."),
    ("theme", {"name": "x" * 201}, "De tekst is te lang: hoogstens 200 tekens"),
])
def test_validation_refuses_with_a_dutch_message(new_doc: Document, kind: str, values: dict,
                                                 message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        new_doc.write(lambda s: ops.create_record(s, kind, values))
    with new_doc.session() as s:
        assert all(getattr(r, "name", "") != values.get("name", object())
                   for r in ops.list_live(s, kind)) or kind == "organisation"


def test_read_only_document_refuses_writes(new_doc: Document) -> None:
    path = new_doc.path
    new_doc.close()
    before = path.read_bytes()
    doc = Document.open(path, read_only=True)
    try:
        with pytest.raises(ReadOnlyDocument):
            doc.write(lambda s: ops.create_record(s, "theme", {"name": "T"}))
    finally:
        doc.close()
    assert path.read_bytes() == before


def test_save_copy_is_complete_and_leaves_no_side_files(new_doc: Document) -> None:
    new_doc.write(lambda s: ops.create_record(s, "theme", {"name": "Kopie-thema"}))
    target = new_doc.path.with_name("kopie.zvdb")
    new_doc.save_copy(target)
    folder = sorted(p.name for p in target.parent.iterdir())
    assert "kopie.zvdb" in folder
    assert not [n for n in folder if n.endswith(("-journal", "-wal", ".kopie"))]
    copy = Document.open(target)
    try:
        with copy.session() as s:
            assert "Kopie-thema" in {t.name for t in ops.list_live(s, "theme")}
    finally:
        copy.close()


def test_closing_leaves_no_journal_or_lock(new_doc: Document) -> None:
    new_doc.write(lambda s: ops.create_record(s, "theme", {"name": "T"}))
    folder = new_doc.path.parent
    new_doc.close()
    assert sorted(p.name for p in folder.iterdir()) == ["regio.zvdb"]


def test_read_cache_only_in_sessions_that_enable_it(new_doc: Document) -> None:
    from zvdesk.models.core import readcache

    calls: list[int] = []

    def compute() -> int:
        calls.append(1)
        return len(calls)

    with new_doc.session() as s:
        assert readcache.cached(s, "k", compute) == 1
        assert readcache.cached(s, "k", compute) == 2  # not enabled: computed again
        readcache.enable(s)
        assert readcache.cached(s, "k", compute) == 3
        assert readcache.cached(s, "k", compute) == 3
    with new_doc.session() as s:
        assert readcache.cached(s, "k", compute) == 4  # a new session starts without it
