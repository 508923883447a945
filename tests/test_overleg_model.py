"""§2.3 Overlegstructuren: the inventory in a real file; rules, undo, figures, rota, check."""

from __future__ import annotations

from datetime import date

import pytest

from zvdesk.models.core import ops
from zvdesk.models.core.document import Document
from zvdesk.models.core.errors import ValidationError
from zvdesk.models.core.summary import summarize
from zvdesk.models.overleg import ops as ov
from zvdesk.models.overleg.read import decision_counts, inventory, reminder, rota
from zvdesk.models.overleg.tables import (
    GOLDEN_QUESTIONS,
    Decision,
    JoinForm,
    LinkKind,
    MeetingRound,
)
from zvdesk.models.region.tables import Level


def _ids(doc: Document, kind: str) -> dict[str, str]:
    with doc.session() as s:
        return {r.name: r.id for r in ops.list_live(s, kind)}


def _people(doc: Document) -> dict[str, str]:
    def add(s):  # noqa: ANN001, ANN202
        orgs = {o.name: o.id for o in ops.list_live(s, "organisation")}
        return {
            "Burgemeester": ops.create_record(s, "person", {
                "name": "Anna Burgemeester", "level": Level.BESTUURLIJK,
                "organisation_id": orgs["Politie"]}),
            "Wethouder": ops.create_record(s, "person", {
                "name": "Bram Wethouder", "level": Level.BESTUURLIJK}),
            "Ambtenaar": ops.create_record(s, "person", {
                "name": "Carla Ambtenaar", "level": Level.TACTISCH}),
        }

    people, _ = doc.write(add)
    return people


def test_meetings_participants_themes_and_links_round_trip(new_doc: Document) -> None:
    people = _people(new_doc)
    themes = _ids(new_doc, "theme")
    orgs = _ids(new_doc, "organisation")

    def fill(s):  # noqa: ANN001, ANN202
        a = ov.add_meeting(s, "RBO", frequency=4, level=Level.BESTUURLIJK, purpose="Besluiten")
        b = ov.add_meeting(s, "Bestuurlijk overleg Veilig Thuis", frequency=4,
                           decision=Decision.SCHRAPPEN)
        c = ov.add_meeting(s, "Portefeuillehoudersoverleg", frequency=5,
                           decision=Decision.AANSLUITEN, join_form=JoinForm.AFSTEMMEN)
        d = ov.add_meeting(s, "Overleg mensenhandel", frequency=0, frequency_after=4,
                           decision=Decision.NIEUW)
        for m in (a, b):
            ov.add_participant(s, m, person_id=people["Burgemeester"], role="voorzitter")
            ov.add_participant(s, m, person_id=people["Wethouder"])
            ov.set_theme(s, m, themes["Huiselijk geweld"], True)
        ov.add_participant(s, c, person_id=people["Wethouder"])
        ov.add_participant(s, c, organisation_id=orgs["GGD"])
        ov.add_participant(s, d, name="Zorgcoördinator mensenhandel")
        ov.add_link(s, b, a, LinkKind.FEEDS)
        ov.add_link(s, c, a, LinkKind.REPORTS)
        ov.set_review(s, answer_missing="Ja, mensenhandel")
        return a, b, c, d

    (a, b, c, d), _ = new_doc.write(fill)
    path = new_doc.path
    new_doc.close()
    doc = Document.open(path)
    try:
        with doc.session() as s:
            data = inventory(s)
            assert ov.review(s).answer_missing == "Ja, mensenhandel"
    finally:
        doc.close()
    cards = data.by_id()
    assert cards[a].who == "Anna Burgemeester (Politie) – voorzitter, Bram Wethouder"
    assert cards[a].themes == ["Huiselijk geweld"]
    assert cards[c].seats[1].organisation_id == orgs["GGD"]
    assert cards[d].who == "Zorgcoördinator mensenhandel"
    assert (cards[b].before, cards[b].after) == (4, 0)
    assert (cards[d].before, cards[d].after) == (0, 4)
    assert (cards[c].decision, cards[c].join_form) == ("Aansluiten", "Afstemmen")
    assert (data.total_before, data.total_after) == (13, 13)
    assert [(r.source, r.kind, r.target) for r in data.links] == [
        ("Bestuurlijk overleg Veilig Thuis", "voedt", "RBO"),
        ("Portefeuillehoudersoverleg", "rapporteert aan", "RBO")]
    # figures: moments per administrator, before and after the decisions
    admin = {m.label: (m.before, m.after, m.meetings) for m in data.per_administrator}
    assert admin == {"Bram Wethouder": (13, 9, 3), "Anna Burgemeester": (8, 4, 2)}
    orgs_moments = {m.label: (m.before, m.after) for m in data.per_organisation}
    assert orgs_moments["Politie"] == (8, 4)  # through the burgemeester's organisation
    assert orgs_moments["GGD"] == (5, 5)
    # overlap: the same two people at the same theme
    assert [(o.first, o.second, o.people, o.themes) for o in data.overlaps] == [
        ("Bestuurlijk overleg Veilig Thuis", "RBO",
         ("Anna Burgemeester", "Bram Wethouder"), ("Huiselijk geweld",))]
    assert dict(decision_counts(data)) == {"Behouden": 0, "Schrappen": 1, "Aanpassen": 0,
                                           "Aansluiten": 1, "Nieuw starten": 1}


def test_golden_questions_are_the_toolbox_words() -> None:
    assert [q for _k, q, _h in GOLDEN_QUESTIONS] == [
        "Zijn al deze overleggen nodig?",
        "Missen we nog overleggen op belangrijke thema's?",
        "Bij welke overleggen willen we aansluiten voor informeren, afstemmen, goedkeuring of "
        "samenwerking?",
        "Op welke overleggen kunnen we invloed uitoefenen?",
        "Bereiken we het beste resultaat met de overleggen die overblijven?",
    ]


def test_rules_give_dutch_messages(new_doc: Document) -> None:
    a, _ = new_doc.write(lambda s: ov.add_meeting(s, "A"))
    b, _ = new_doc.write(lambda s: ov.add_meeting(s, "B"))
    with pytest.raises(ValidationError, match="naam van het overleg"):
        new_doc.write(lambda s: ov.add_meeting(s, " "))
    with pytest.raises(ValidationError, match="tussen 0 en 365"):
        new_doc.write(lambda s: ops.update_record(s, "meeting", a, {"frequency": 400}))
    with pytest.raises(ValidationError, match="met zichzelf"):
        new_doc.write(lambda s: ov.add_link(s, a, a))
    new_doc.write(lambda s: ov.add_link(s, a, b))
    with pytest.raises(ValidationError, match="al verbonden"):
        new_doc.write(lambda s: ov.add_link(s, a, b))
    with pytest.raises(ValidationError, match="persoon of organisatie"):
        new_doc.write(lambda s: ov.add_participant(s, a))


def test_deleting_a_meeting_takes_its_rows_and_undo_brings_them_back(new_doc: Document) -> None:
    people = _people(new_doc)
    themes = _ids(new_doc, "theme")

    def fill(s):  # noqa: ANN001, ANN202
        a = ov.add_meeting(s, "A")
        b = ov.add_meeting(s, "B")
        ov.add_participant(s, a, person_id=people["Wethouder"])
        ov.set_theme(s, a, themes["Mensenhandel"], True)
        ov.add_link(s, a, b)
        return a

    a, _ = new_doc.write(fill)
    _none, edit = new_doc.write(lambda s: ops.delete_records(s, "meeting", [a]))
    with new_doc.session() as s:
        data = inventory(s)
        assert [m.name for m in data.meetings] == ["B"] and data.links == []
        assert ov.participants(s, a) == [] and ov.theme_ids(s, a) == set()
    new_doc.apply(edit, undo=True)
    with new_doc.session() as s:
        data = inventory(s)
        assert len(data.meetings) == 2 and len(data.links) == 1
        assert ov.theme_ids(s, a) == {themes["Mensenhandel"]}
    # a theme switched off and on again is the same row (stable id)
    new_doc.write(lambda s: ov.set_theme(s, a, themes["Mensenhandel"], False))
    new_doc.write(lambda s: ov.set_theme(s, a, themes["Mensenhandel"], True))
    with new_doc.session() as s:
        assert ov.theme_ids(s, a) == {themes["Mensenhandel"]}


def test_rota_rotates_the_municipalities_and_reminds(new_doc: Document) -> None:
    def towns(s):  # noqa: ANN001, ANN202
        ops.delete_records(s, "municipality", [m.id for m in ops.list_live(s, "municipality")])
        for i, name in enumerate(("Aadorp", "Bedum", "Coevorden")):
            ops.create_record(s, "municipality", {"name": name, "sort_order": i})

    new_doc.write(towns)
    new_doc.write(lambda s: ov.plan_rounds(s, date(2027, 1, 10), 2))
    new_doc.write(lambda s: ov.plan_rounds(s, date(2027, 1, 10), 2))
    with new_doc.session() as s:
        rows = rota(s)
        assert [(r.planned_on, r.municipality) for r in rows] == [
            (date(2027, 1, 10), "Aadorp"), (date(2027, 7, 10), "Bedum"),
            (date(2028, 1, 10), "Coevorden"), (date(2028, 7, 10), "Aadorp")]
        assert reminder(s, today=date(2027, 1, 1)) == (
            "Volgende belronde overlegstructuren: 10 januari 2027; gemeente Aadorp is aan de "
            "beurt.")
        assert "nog niet afgerond" in reminder(s, today=date(2027, 2, 1))
    new_doc.write(lambda s: ops.update_record(s, "meeting_round", rows[0].id, {"done": True}))
    with new_doc.session() as s:
        assert "Bedum" in reminder(s, today=date(2027, 2, 1))


def test_rota_needs_municipalities(new_doc: Document) -> None:
    with new_doc.session() as s:
        towns = [m.id for m in ops.list_live(s, "municipality")]
    if towns:
        new_doc.write(lambda s: ops.delete_records(s, "municipality", towns))
    with pytest.raises(ValidationError, match="gemeenten"):
        new_doc.write(lambda s: ov.plan_rounds(s, date(2027, 1, 1), 1))


def test_example_holds_the_source_meetings_and_decisions(example_doc: Document,
                                                        example_path) -> None:  # noqa: ANN001
    with example_doc.session() as s:
        data = inventory(s)
        names = [o.name for o in ops.list_live(s, "organisation")]
        rounds = s.query(MeetingRound).count()
    cards = {m.name: m for m in data.meetings}
    pho = cards["Regionaal Portefeuillehoudersoverleg sociaal domein (Wmo; Jeugd; BW/MO/GGZ)"]
    assert pho.frequency == 5 and "Vrouwenopvang (Wmo)" in pho.legal_tasks
    assert "samenwerkingsagenda" in pho.purpose
    rbo = cards["RBO Zorg en Veiligheid"]
    assert rbo.decision == "Aanpassen"
    for merged in ("Bestuurlijk overleg Veilig Thuis", "Bestuurlijk overleg Wvggz",
                   "Stuurgroep Top X"):
        assert cards[merged].decision == "Schrappen"
        assert any(r.source == merged and r.target == rbo.name for r in data.links)
    assert "Regionaal Bestuurlijk Overleg Z+V" not in names  # a meeting, not an organisation
    assert data.total_after < data.total_before
    assert data.per_administrator and data.overlaps and rounds == 4
    example_doc.close()
    lines = summarize(example_path)
    assert any(line.startswith("Overleggen: 9 (met besluit: 9") for line in lines)
