"""Initials copies leak no personal data: declared per column, planted data never in the bytes."""

from __future__ import annotations

import sqlite3
import unicodedata
from pathlib import Path

import pytest
from sqlalchemy import String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from zvdesk.models.core import ops
from zvdesk.models.core.base import Record
from zvdesk.models.core.document import Document
from zvdesk.models.core.errors import ZvdbError
from zvdesk.models.core.report_settings import ReportSettings
from zvdesk.models.core.schema import record_classes
from zvdesk.models.core.sharing.copy import CopyOptions, describe_contents, make_share_copy
from zvdesk.models.core.sharing.personal import Share, columns_with, declarations, undeclared
from zvdesk.models.region.tables import Person
from zvdesk.models.stakeholders.tables import Stakeholder

NFD = "NFD"


def nfd(text: str) -> str:
    return unicodedata.normalize(NFD, text)


# The people planted in the file. Surnames are chosen not to be common Dutch words.
LIVE = "Wendelien Kwakernaak"  # a person of the region
GONE = "Evert Zuidbroek"  # a person deleted before the copy, still quoted in live text
DECOMPOSED = "Sjoerdje Ménière"  # stored decomposed (NFD), mentioned composed (NFC)
PARTICIPANT = "Henriëtte Dommerholt"  # a free-text participant of §1.4
AUTHOR = "Barend Stokvisch"  # the report author on the cover settings
EMAIL = "w.kwakernaak@zaanstad-voorbeeld.nl"
MOBILE = "06-87654321"
LANDLINE = "+31 20 765 4321"

PLANTED = (f"Gesprek met {LIVE}; Kwakernaak belt later W. Kwakernaak terug. Volgens {GONE} "
           f"(en Zuidbroek zelf) is {DECOMPOSED} akkoord, net als {PARTICIPANT} en Barend\n"
           f"Stokvisch. Dommer-\nholt mailt {EMAIL}, bel {MOBILE} of {LANDLINE}. Ook "
           f"{nfd(DECOMPOSED)} (NFD) en {nfd(PARTICIPANT)} belden.")

#: What must not be anywhere in the copy's bytes (also checked in lower case, and NFD).
SECRETS = (LIVE, GONE, DECOMPOSED, PARTICIPANT, AUTHOR, "Kwakernaak", "Zuidbroek", "Ménière",
           "Dommerholt", "Stokvisch", EMAIL, "zaanstad-voorbeeld", MOBILE, "87654321",
           "765 4321", "Wendelien", "Sjoerdje", "Henriëtte", "Dommer-\nholt")


def _assert_clean(data: bytes) -> None:
    lower = data.lower()
    for secret in SECRETS:
        for form in {secret, nfd(secret)}:
            assert form.encode() not in data, form
            assert form.lower().encode() not in lower, form


def _planted_columns() -> dict[str, list[str]]:
    """Every free-text, function, note, contact, name and player column, from the declarations."""
    found = {}
    for kind, cls in record_classes().items():
        columns = columns_with(cls.__table__, Share.TEXT, Share.FUNCTION, Share.NOTE,
                               Share.CONTACT, Share.NAME, Share.PLAYER)
        if columns:
            found[kind] = columns
    return found


def _some_row(session, cls):  # noqa: ANN001, ANN202
    """A live row of a kind; a new one (references filled from live rows) when there is none."""
    row = session.scalars(select(cls).where(cls.deleted_at.is_(None))).first()
    if row is not None:
        return row
    row = cls()
    for column in cls.__table__.columns:
        for fk in column.foreign_keys:
            target = fk.column.table
            ref = session.execute(select(target.c.id).where(target.c.deleted_at.is_(None))
                                  ).scalars().first()
            setattr(row, column.key, ref)
    session.add(row)
    session.flush()
    return row


def _plant(doc: Document) -> dict[str, list[str]]:
    """Plants personal data in every declared column of every table; returns what it filled."""
    planted = _planted_columns()

    def people(s):  # noqa: ANN001, ANN202
        gone = ops.create_record(s, "person", {"name": GONE, "initials": "EZ",
                                               "notes": f"Over {GONE}: {PLANTED}"})
        ops.create_record(s, "person", {"name": nfd(DECOMPOSED), "initials": "SM"})
        ops.create_record(s, "person", {"name": LIVE, "initials": "WK", "email": EMAIL,
                                        "phone": MOBILE, "role": "Wijkagent"})
        return gone

    gone, _ = doc.write(people)
    doc.write(lambda s: ops.delete_records(s, "person", [gone]))

    def fill(s):  # noqa: ANN001, ANN202
        for kind, columns in planted.items():
            cls = record_classes()[kind]
            row = _some_row(s, cls)
            for column in columns:
                share = cls.__table__.columns[column].info["share"]
                if share in (Share.NAME, Share.PLAYER):
                    value = {"coop_participant": PARTICIPANT, "report_settings": AUTHOR}.get(
                        kind, LIVE)
                    if kind == "person":
                        continue  # the planted people are persons already
                else:
                    value = PLANTED
                limit = getattr(cls.__table__.columns[column].type, "length", None)
                setattr(row, column, value[:limit])  # never longer than ZV Desk stores
        # a deleted row of every kind keeps no text either (tombstones are blanked)
        stakeholder = _some_row(s, Stakeholder)
        stakeholder.notes = PLANTED

    doc.write(fill)
    return planted


def test_every_column_of_every_table_declares_how_a_copy_treats_it() -> None:
    assert undeclared(record_classes().values()) == []
    decl = declarations(record_classes().values())
    assert decl["person"]["name"] is Share.NAME and decl["person"]["notes"] is Share.NOTE
    assert decl["person"]["email"] is Share.CONTACT and decl["person"]["role"] is Share.FUNCTION
    assert decl["report_settings"]["author"] is Share.NAME, "the author is a person's name"
    assert decl["stakeholder"]["name"] is Share.PLAYER
    assert decl["organisation"]["name"] is Share.KEEP, "organisations keep their names"
    assert all(decl[k]["id"] is Share.KEEP for k in decl), "the Record base declares its own"


#: Text columns copied as is: names of organisations and places, keys, ids, initials and what
#: the program writes itself. A new free-text column declared KEEP must be added here on purpose.
KEPT_TEXT = {
    "ave_phase.colour", "coop_answer.question_key", "problemscan_question.question_key",
    "file_info.file_id", "lineage.file_id", "lineage.note",
    "lineage.partner_file_id", "municipality.name", "organisation.name",
    "organisation.short_name", "person.initials", "region.name", "report_settings.organisation",
    "stakeholder.initials", "wv_entry.category", "wv_item.form_key", "wv_session.tips_done",
    # Monitoring: the catalogue entry's key and the id of the 1.3 element it measures.
    "mon_indicator.catalogue_key", "mon_indicator.chain_element_id",
    # Timing: the key of one of the toolbox's five planning steps.
    "tim_checklist.step_key",
    # Versions: the table a version's row belongs to (the row's values are Share.ROWS).
    "project_version_row.kind", "project_version_row.row_id",
}


def test_only_names_of_organisations_keys_and_initials_are_text_copied_as_is() -> None:
    from zvdesk.models.core.sharing.anonymise import is_text_column

    kept = {f"{kind}.{c.name}" for kind, cls in record_classes().items()
            for c in cls.__table__.columns
            if is_text_column(c) and c.info["share"] is Share.KEEP}
    assert kept == KEPT_TEXT


def test_a_new_column_without_declaration_is_caught() -> None:
    class Other(DeclarativeBase):
        pass

    class NewInstrument(Record, Other):
        __tablename__ = "nieuw_instrument"

        declared: Mapped[str] = mapped_column(String(20), default="",
                                              info={"share": Share.TEXT})
        forgotten: Mapped[str] = mapped_column(String(20), default="")

    assert undeclared([NewInstrument]) == ["nieuw_instrument.forgotten"]


def test_declarations_do_not_change_the_file_format() -> None:
    fixtures = sorted((Path(__file__).parent / "fixtures").glob("v*.zvdb"),
                      key=lambda p: int(p.stem[1:]))
    fixture = fixtures[-1]  # the newest file format: new files must have exactly its columns
    conn = sqlite3.connect(f"file:{fixture}?mode=ro", uri=True)
    try:
        have = {name: [r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')]
                for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()
    for kind, cls in record_classes().items():
        assert sorted(have[kind]) == sorted(c.name for c in cls.__table__.columns), kind


def test_planted_personal_data_never_reaches_the_initials_copy(example_doc: Document,
                                                               workdir: Path) -> None:
    planted = _plant(example_doc)
    assert len(planted) >= 20, "every instrument's free text is planted"
    source = example_doc.path.read_bytes()
    assert LIVE.encode() in source and EMAIL.encode() in source  # the plant worked
    target = workdir / "initialen.zvdb"
    result = make_share_copy(example_doc, target, CopyOptions(initials=True))
    data = target.read_bytes()
    _assert_clean(data)
    conn = sqlite3.connect(target)
    try:
        assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0, "no free pages"
    finally:
        conn.close()
    report = result.report
    assert report is not None and report.names >= 3 and report.notes >= 3
    assert report.texts >= len(planted) and report.contacts >= 3 * len(planted)
    copy = Document.open(target)
    try:
        with copy.session() as s:
            description = ops.list_live(s, "project")[0].description
            assert description.startswith("Gesprek met WK; WK belt later WK terug.")
            assert "[e-mailadres weggelaten]" in description
            assert "[telefoonnummer weggelaten]" in description
            assert "EZ" in description and "SM" in description
            assert s.scalars(select(ReportSettings)).first().author == "BS"
            person = s.scalars(select(Person).where(Person.initials == "WK")).one()
            assert (person.name, person.email, person.phone) == ("WK", "", "")
            assert person.role == "Wijkagent", "functions stay unless the user blanks them"
    finally:
        copy.close()


def test_blanking_functions_empties_every_function(example_doc: Document,
                                                   workdir: Path) -> None:
    with example_doc.session() as s:
        contents = describe_contents(s)
    assert contents.functions >= 16, "16 people and the roles in step 4"
    assert any("functie en organisatie" in line
               for line in contents.lines(CopyOptions(initials=True)))
    target = workdir / "zonder-functies.zvdb"
    result = make_share_copy(example_doc, target,
                             CopyOptions(initials=True, blank_functions=True))
    assert result.report is not None and result.report.functions == contents.functions
    assert b"Directeur publieke gezondheid" not in target.read_bytes()
    copy = Document.open(target)
    try:
        with copy.session() as s:
            assert {p.role for p in ops.list_live(s, "person")} == {""}
            assert {r.role for r in ops.list_live(s, "step_role")} == {""}
    finally:
        copy.close()


def test_organisation_players_keep_their_names_people_become_initials(
        new_doc: Document, workdir: Path) -> None:
    from zvdesk.models.stakeholders.ops import add_player

    def add(s):  # noqa: ANN001, ANN202
        project = ops.create_record(s, "project", {"name": "Pilot"})
        org = ops.create_record(s, "organisation", {"name": "Stichting Wijkkracht"})
        add_player(s, project, name="Wijkteam Krommenie")
        add_player(s, project, name="Stichting Wijkkracht")
        add_player(s, project, name="Willem Kokkeling")
        return org

    new_doc.write(add)
    target = workdir / "k.zvdb"
    make_share_copy(new_doc, target, CopyOptions(initials=True))
    copy = Document.open(target)
    try:
        with copy.session() as s:
            names = {p.name for p in ops.list_live(s, "stakeholder")}
    finally:
        copy.close()
    assert names == {"Wijkteam Krommenie", "Stichting Wijkkracht", "WK"}


def _newer(src: Path) -> Path:
    conn = sqlite3.connect(src)
    try:
        conn.execute("CREATE TABLE notitie (id TEXT PRIMARY KEY, tekst TEXT)")
        conn.execute("INSERT INTO notitie VALUES ('1', 'Over Marieke Vos: vertrouwelijk')")
        conn.execute("ALTER TABLE person ADD COLUMN bijnaam TEXT DEFAULT ''")
        conn.execute("PRAGMA user_version=99")
        conn.commit()
    finally:
        conn.close()
    return src


def test_a_newer_file_gets_no_initials_copy_with_a_dutch_reason(example_path: Path,
                                                                workdir: Path) -> None:
    doc = Document.open(_newer(example_path))
    try:
        assert doc.read_only
        with doc.session() as s:
            reason = describe_contents(s).initials_refused
        assert "nieuwere versie" in reason and "tabel notitie" in reason
        assert "kolom person.bijnaam" in reason
        with pytest.raises(ZvdbError, match="Een kopie met initialen kan"):
            make_share_copy(doc, workdir / "k.zvdb", CopyOptions(initials=True))
    finally:
        doc.close()
    assert not (workdir / "k.zvdb").exists()


def test_cli_copy_lists_what_was_reduced_and_blanks_functions(example_path: Path,
                                                              workdir: Path, capsys) -> None:
    from zvdesk.cli import main

    target = workdir / "cli-kopie.zvdb"
    assert main(["copy", str(example_path), "-o", str(target), "--initials"]) == 0
    out = capsys.readouterr().out
    assert "Namen teruggebracht tot initialen: 16 in namenvelden" in out
    assert "Notities over personen weggelaten:" in out
    assert "E-mailadressen en telefoonnummers weggelaten:" in out
    assert "functie en organisatie" in out, "the warning that a function still identifies"
    assert "(optie --blank-functions)" in out
    assert b"Directeur publieke gezondheid" in target.read_bytes()

    bare = workdir / "cli-zonder-functies.zvdb"
    assert main(["copy", str(example_path), "-o", str(bare), "--initials",
                 "--blank-functions"]) == 0
    out = capsys.readouterr().out
    assert "Functies leeggemaakt: 18." in out and "functie en organisatie" not in out
    assert b"Directeur publieke gezondheid" not in bare.read_bytes()
    copy = Document.open(bare)
    try:
        with copy.session() as s:
            assert {p.role for p in ops.list_live(s, "person")} == {""}
    finally:
        copy.close()

    assert main(["copy", str(example_path), "-o", str(workdir / "x.zvdb"),
                 "--blank-functions"]) == 2
    assert "alleen samen met --initials" in capsys.readouterr().err
    assert not (workdir / "x.zvdb").exists()


def test_cli_refuses_an_initials_copy_of_a_newer_file(example_path: Path, workdir: Path,
                                                      capsys) -> None:
    from zvdesk.cli import main

    _newer(example_path)
    assert main(["copy", str(example_path), "-o", str(workdir / "k.zvdb"), "--initials"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Fout: Een kopie met initialen kan") and "nieuwere versie" in err
    assert "Traceback" not in err and not (workdir / "k.zvdb").exists()


def test_scrubbed_text_and_blanked_functions_do_not_flow_back(new_doc: Document,
                                                              workdir: Path) -> None:
    from zvdesk.models.core.sharing.merge_apply import apply_merge, plan_with_file

    def add(s):  # noqa: ANN001, ANN202
        ops.create_record(s, "person", {"name": LIVE, "initials": "WK", "role": "Wijkagent"})
        return ops.create_record(s, "project", {"name": "Pilot",
                                                "description": f"Trekker: {LIVE}."})

    project, _ = new_doc.write(add)
    copy_path = workdir / "anoniem.zvdb"
    make_share_copy(new_doc, copy_path, CopyOptions(initials=True, blank_functions=True))
    theirs = Document.open(copy_path)
    try:
        theirs.write(lambda s: ops.update_record(s, "project", project, {"name": "Pilot 2"}))
    finally:
        theirs.close()
    plan = plan_with_file(new_doc, copy_path)
    assert not plan.conflicts
    new_doc.write(lambda s: apply_merge(s, plan))
    with new_doc.session() as s:
        merged = s.get(record_classes()["project"], project)
        assert (merged.name, merged.description) == ("Pilot 2", f"Trekker: {LIVE}.")
        assert ops.list_live(s, "person")[0].role == "Wijkagent"
