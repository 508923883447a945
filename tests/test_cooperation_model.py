"""§1.4 Samenwerken aan opgaven: round trip through a real file, rules, undo, read API."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from zvdesk.models.cooperation import tables as coop
from zvdesk.models.cooperation.read import cooperation_for_project
from zvdesk.models.cooperation.tables import (
    CoopAnswer,
    CoopCoreValue,
    CoopLevel,
    CoopMeaning,
    CoopParticipant,
    CoopSeat,
    CoopTerm,
    Intensity,
)
from zvdesk.models.core import ops
from zvdesk.models.core.document import Document
from zvdesk.models.core.edits import apply_rows
from zvdesk.models.core.errors import ValidationError
from zvdesk.models.core.summary import summarize
from zvdesk.models.region.ops import live_projects

INTAKE = {
    "intake_date": date(2026, 3, 2),
    "unknown_people": "De GGD ken ik nog niet ë",
    "own_role": "Verbinder",
    "desired_mandate": "Meebeslissen over de agenda",
    "intensity": Intensity.INTENSIVE,
    "intensity_notes": "Wekelijks",
    "opportunities": "Vertrouwen groeit",
    "problems": "Historie: eerdere pilot mislukt",
    "agreed_mandate": "Voorzitter tactisch overleg",
    "investment": "0,4 fte en € 10.000",
}


def _reopen(doc: Document) -> Document:
    path = doc.path
    doc.close()
    return Document.open(path)


def _project(doc: Document) -> str:
    project_id, _ = doc.write(lambda s: ops.create_record(s, "project", {"name": "Pilot"}))
    return project_id


def _org(doc: Document, name: str) -> str:
    with doc.session() as s:
        return next(o.id for o in ops.list_live(s, "organisation") if o.name == name)


def test_every_field_round_trips_through_a_closed_and_reopened_file(new_doc: Document) -> None:
    project = _project(new_doc)
    ggz = _org(new_doc, "GGZ-instelling")
    politie = _org(new_doc, "Politie")
    person, _ = new_doc.write(lambda s: ops.create_record(
        s, "person", {"name": "Jan de Vries", "organisation_id": politie}))

    def fill(s):  # noqa: ANN001, ANN202
        a = coop.add_participant(s, project, organisation_id=ggz)
        ops.update_record(s, "coop_participant", a, INTAKE)
        b = coop.add_participant(s, project, person_id=person)
        c = coop.add_participant(s, project, name="Cliëntenraad")
        coop.add_core_value(s, project, "Vertrouwen", "Uitgaan van goede bedoelingen")
        for key, _text in coop.DEEPENING_QUESTIONS:
            coop.set_answer(s, project, key, f"Antwoord {key}")
        own = coop.add_own_question(s, project, "Hoe betrekken we de raad?")
        ops.update_record(s, "coop_answer", own, {"answer": "Twee keer per jaar"})
        level = coop.add_level(s, project, "Regio", "RBO")
        ops.update_record(s, "coop_level", level, {"meaning": "Gedeelde agenda",
                                                   "contribution": "Kaders"})
        coop.set_seat(s, level, a, True)
        coop.set_seat(s, level, c, True)
        term = coop.add_term(s, project, "veiligheid")
        coop.set_meaning(s, term, ggz, "Geen gevaar voor zichzelf")
        coop.set_meaning(s, term, politie, "Geen strafbare feiten")
        return a, b, c, level, term

    (a, b, c, level, term), _ = new_doc.write(fill)
    doc = _reopen(new_doc)
    try:
        with doc.session() as s:
            row = s.get(CoopParticipant, a)
            for key, value in INTAKE.items():
                assert getattr(row, key) == value, key
            assert (row.project_id, row.organisation_id, row.person_id) == (project, ggz, None)
            assert s.get(CoopParticipant, b).person_id == person
            assert s.get(CoopParticipant, c).name == "Cliëntenraad"
            value = s.scalars(select(CoopCoreValue)).one()
            assert (value.name, value.description) == ("Vertrouwen",
                                                       "Uitgaan van goede bedoelingen")
            assert coop.answers(s, project) == {k: f"Antwoord {k}"
                                                for k, _ in coop.DEEPENING_QUESTIONS}
            lv = s.get(CoopLevel, level)
            assert (lv.name, lv.decision_body, lv.meaning, lv.contribution) == (
                "Regio", "RBO", "Gedeelde agenda", "Kaders")
            assert coop.seated_participant_ids(s, level) == {a, c}
            assert s.get(CoopTerm, term).term == "veiligheid"
            assert coop.meanings(s, term) == {ggz: "Geen gevaar voor zichzelf",
                                              politie: "Geen strafbare feiten"}
            data = cooperation_for_project(s, project)
        assert [p.label for p in data.participants] == ["GGZ-instelling",
                                                        "Jan de Vries", "Cliëntenraad"]
        first = data.participants[0]
        assert first.intake_date == date(2026, 3, 2)
        assert first.intensity == coop.INTENSITY_LABELS[Intensity.INTENSIVE]
        assert first.intake[1].text == ("Rol: Verbinder\nMandaat: Meebeslissen over de agenda")
        assert (first.agreed_mandate, first.investment) == ("Voorzitter tactisch overleg",
                                                            "0,4 fte en € 10.000")
        assert data.participants[1].organisation == "Politie"  # through the person
        assert data.levels[0].participants == ("GGZ-instelling", "Cliëntenraad")
        assert data.organisations == ("GGZ-instelling", "Politie")
        assert data.terms[0].meanings == {"GGZ-instelling": "Geen gevaar voor zichzelf",
                                          "Politie": "Geen strafbare feiten"}
        assert [a.answer for a in data.answers] == [f"Antwoord {k}"
                                                    for k, _ in coop.DEEPENING_QUESTIONS] + [
            "Twee keer per jaar"]
        assert data.answers[-1].question == "Hoe betrekken we de raad?"
        assert not data.is_empty
    finally:
        doc.close()


def test_rules_give_dutch_messages(new_doc: Document) -> None:
    project = _project(new_doc)
    new_doc.write(lambda s: coop.add_term(s, project, "Effectief"))
    with pytest.raises(ValidationError, match="staat al in de begrippenlijst"):
        new_doc.write(lambda s: coop.add_term(s, project, " effectief "))
    with pytest.raises(ValidationError, match="Vul het begrip in"):
        new_doc.write(lambda s: coop.add_term(s, project, "  "))
    with pytest.raises(ValidationError, match="Vul de kernwaarde in"):
        new_doc.write(lambda s: coop.add_core_value(s, project, ""))
    with pytest.raises(ValidationError, match="Vul de vraag in"):
        new_doc.write(lambda s: coop.add_own_question(s, project, " "))
    with pytest.raises(ValidationError, match="bestuurslaag"):
        new_doc.write(lambda s: coop.add_level(s, project, ""))
    with new_doc.session() as s:
        assert len(coop.terms(s, project)) == 1


def test_cells_have_stable_ids_and_revive_after_undo(new_doc: Document) -> None:
    project = _project(new_doc)
    ggz = _org(new_doc, "GGZ-instelling")
    term, _ = new_doc.write(lambda s: coop.add_term(s, project, "veiligheid"))
    cell, edit = new_doc.write(lambda s: coop.set_meaning(s, term, ggz, "Eerste"))
    assert cell == coop.stable_id("coop_meaning", term, ggz)
    new_doc.apply(edit, undo=True)
    with new_doc.session() as s:
        assert s.get(CoopMeaning, cell).deleted_at is not None
        assert coop.meanings(s, term) == {}
    new_doc.write(lambda s: coop.set_meaning(s, term, ggz, "Tweede"))
    with new_doc.session() as s:
        assert coop.meanings(s, term) == {ggz: "Tweede"}
        assert len(list(s.scalars(select(CoopMeaning)))) == 1
    answer, _ = new_doc.write(lambda s: coop.set_answer(s, project, "alive", "x"))
    again, _ = new_doc.write(lambda s: coop.set_answer(s, project, "alive", "y"))
    assert answer == again
    with new_doc.session() as s:
        assert len(list(s.scalars(select(CoopAnswer)))) == 1


def test_deletes_are_tombstones_and_take_dependants_along(new_doc: Document) -> None:
    project = _project(new_doc)
    ggz = _org(new_doc, "GGZ-instelling")

    def fill(s):  # noqa: ANN001, ANN202
        p = coop.add_participant(s, project, organisation_id=ggz)
        level = coop.add_level(s, project, "Regio")
        coop.set_seat(s, level, p, True)
        term = coop.add_term(s, project, "veiligheid")
        coop.set_meaning(s, term, ggz, "x")
        return p, level, term

    (p, level, term), _ = new_doc.write(fill)
    _, edit = new_doc.write(lambda s: ops.delete_records(s, "coop_participant", [p]))
    with new_doc.session() as s:
        assert s.get(CoopParticipant, p).deleted_at is not None
        assert coop.seated_participant_ids(s, level) == set()
    new_doc.apply(edit, undo=True)
    with new_doc.session() as s:
        assert coop.seated_participant_ids(s, level) == {p}
    new_doc.write(lambda s: ops.delete_records(s, "coop_term", [term]))
    with new_doc.session() as s:
        assert s.scalars(select(CoopMeaning)).one().deleted_at is not None
    new_doc.write(lambda s: ops.delete_records(s, "project", [project]))
    with new_doc.session() as s:
        for cls in (CoopParticipant, CoopLevel, CoopSeat):
            assert all(r.deleted_at is not None for r in s.scalars(select(cls)))


def test_undo_of_a_whole_fill_leaves_nothing_live(new_doc: Document) -> None:
    project = _project(new_doc)
    _, edit = new_doc.write(lambda s: [coop.add_participant(s, project, name="A"),
                                       coop.add_term(s, project, "b")])
    with new_doc.session() as s:
        apply_check = (len(coop.participants(s, project)), len(coop.terms(s, project)))
    assert apply_check == (1, 1)
    new_doc.write(lambda s: apply_rows(s, edit, undo=True))
    with new_doc.session() as s:
        assert coop.participants(s, project) == [] and coop.terms(s, project) == []


def test_example_has_the_regiopilot_cooperation(example_path) -> None:  # noqa: ANN001
    lines = summarize(example_path)
    start = lines.index("- Regiopilot Zorg + Veiligheid")
    block = lines[start:start + 30]
    # Three terms of its own, two that the work forms' woordenwolk brought in.
    assert "    deelnemers: 7" in block and "    begrippen: 5" in block
    doc = Document.open(example_path, read_only=True)
    try:
        with doc.session() as s:
            project = live_projects(s)[0].id
            data = cooperation_for_project(s, project)
            assert coop.progress_text(s, project) == "6 van 7 intakes"
    finally:
        doc.close()
    assert len(data.participants) >= 6
    assert {t.term for t in data.terms} >= {"veiligheid", "effectief"}
    assert all(len(t.meanings) >= 3 for t in data.terms)
    assert data.core_values and all(a.answer for a in data.answers)
    assert all(level.participants for level in data.levels)


def test_names_in_the_intake_are_personal_data() -> None:
    from zvdesk.models.core.sharing.personal import Share, columns_with

    table = CoopParticipant.__table__
    assert columns_with(table, Share.PLAYER) == ["name"], "a free-text participant is a name"
    assert columns_with(table, Share.NOTE) == ["unknown_people"], "names of people: dropped"
    assert "problems" in columns_with(table, Share.TEXT)
