"""§2.4 AVE: phases and labels round trip through a real file; rules, undo, read model, check."""

from __future__ import annotations

import pytest

from zvdesk.models.core import ops
from zvdesk.models.core.document import Document
from zvdesk.models.core.errors import ValidationError
from zvdesk.models.core.summary import summarize
from zvdesk.models.escalatie import ops as ave
from zvdesk.models.escalatie.read import regiekaart
from zvdesk.models.escalatie.tables import DEFAULT_TITLE, ROWS, AveCard, AvePhase, card_id
from zvdesk.models.region.ops import live_projects


def _project(doc: Document) -> str:
    project_id, _ = doc.write(lambda s: ops.create_record(s, "project", {"name": "Pilot"}))
    return project_id


def test_default_phases_and_labels_round_trip(new_doc: Document) -> None:
    project = _project(new_doc)
    ids, _ = new_doc.write(lambda s: ave.add_default_phases(s, project))
    assert len(ids) == 4
    new_doc.write(lambda s: ops.update_record(s, "ave_phase", ids[3], {
        "case_direction": "Casusregisseur ZVH", "escalation_route": "RBO Zorg en Veiligheid"}))
    new_doc.write(lambda s: ave.set_label(s, project, "case_direction", "Regie op de casus"))
    new_doc.write(lambda s: ave.set_label(s, project, "title", "Onze regiekaart"))
    path = new_doc.path
    new_doc.close()
    doc = Document.open(path)
    try:
        with doc.session() as s:
            card = regiekaart(s, project)
            assert s.get(AveCard, card_id(project)) is not None
    finally:
        doc.close()
    assert card.title == "Onze regiekaart"
    assert [p.number for p in card.phases] == [1, 2, 3, 4]
    assert [p.colour_key for p in card.phases] == ["groen", "geel", "oranje", "donkerrood"]
    assert card.phases[0].heading == "AVE 1 – Geen zorgen of alleen vermoedens"
    assert card.phases[0].values["starting_situation"].startswith("Er zijn geen problemen")
    assert card.phases[3].values["escalation_route"] == "RBO Zorg en Veiligheid"
    labels = dict(card.rows)
    assert labels["case_direction"] == "Regie op de casus"
    assert labels["process_direction"] == "Procesregie"
    assert [k for k, _ in card.rows] == [k for k, _ in ROWS]
    assert [k for k, _ in card.filled_rows()] == ["starting_situation", "case_direction",
                                                  "escalation_route"]


def test_defaults_fill_only_free_numbers_and_an_empty_label_restores_the_default(
        new_doc: Document) -> None:
    project = _project(new_doc)
    new_doc.write(lambda s: ave.add_phase(s, project, "Eigen fase", number=2, colour="blauw"))
    ids, _ = new_doc.write(lambda s: ave.add_default_phases(s, project))
    assert len(ids) == 3
    again, _ = new_doc.write(lambda s: ave.add_default_phases(s, project))
    assert again == []
    new_doc.write(lambda s: ave.set_label(s, project, "scale_up", "Opschalen als"))
    new_doc.write(lambda s: ave.set_label(s, project, "scale_up", ""))
    with new_doc.session() as s:
        card = regiekaart(s, project)
    assert dict(card.rows)["scale_up"] == "Criteria om op te schalen"
    assert card.title == DEFAULT_TITLE
    assert [p.name for p in card.phases][1] == "Eigen fase"


@pytest.mark.parametrize(("values", "message"), [
    ({"name": " "}, "Vul de naam van de fase in."),
    ({"number": 0}, "tussen 1 en 8"),
    ({"number": 1}, "Er is al een fase met nummer 1."),
    ({"colour": "paars"}, "Kies een kleur uit de lijst."),
])
def test_rules_give_dutch_messages(new_doc: Document, values: dict, message: str) -> None:
    project = _project(new_doc)
    ids, _ = new_doc.write(lambda s: ave.add_default_phases(s, project))
    with pytest.raises(ValidationError, match=message):
        new_doc.write(lambda s: ops.update_record(s, "ave_phase", ids[1], values))
    with pytest.raises(KeyError):
        new_doc.write(lambda s: ave.set_label(s, project, "nonsense", "x"))


def test_undo_of_the_defaults_leaves_nothing_live(new_doc: Document) -> None:
    project = _project(new_doc)
    _ids, edit = new_doc.write(lambda s: ave.add_default_phases(s, project))
    new_doc.apply(edit, undo=True)
    with new_doc.session() as s:
        assert ave.phases(s, project) == []
        assert ave.progress_text(s, project) == ""


def test_deleting_the_project_tombstones_its_card(new_doc: Document) -> None:
    project = _project(new_doc)
    new_doc.write(lambda s: ave.add_default_phases(s, project))
    new_doc.write(lambda s: ave.set_label(s, project, "title", "Kaart"))
    new_doc.write(lambda s: ops.delete_records(s, "project", [project]))
    with new_doc.session() as s:
        assert ave.phases(s, project) == []
        assert ave.card(s, project) is None


def test_example_has_a_filled_regiekaart_whose_top_phase_goes_to_the_rbo(
        example_doc: Document, example_path) -> None:  # noqa: ANN001
    with example_doc.session() as s:
        pilot = live_projects(s)[0]
        card = regiekaart(s, pilot.id)
        assert ave.progress_text(s, pilot.id) == "4 van 4 fasen ingevuld"
    assert len(card.phases) == 4
    top = card.phases[-1]
    assert (top.number, top.colour_key) == (4, "donkerrood")
    assert "RBO" in top.values["escalation_route"]
    assert "burgemeester" in top.values["administrative_responsibility"].lower()
    assert all(p.values[k] for p in card.phases for k, _ in ROWS)
    example_doc.close()
    lines = summarize(example_path)
    assert "    escalatiefasen: 4" in lines


def test_phase_table_is_in_the_schema(new_doc: Document) -> None:
    with new_doc.session() as s:
        assert s.query(AvePhase).count() == 0
