"""Stappenplan model: lazy steps, round trip through a real file, undo/redo, read API."""

from __future__ import annotations

from sqlalchemy import select

from zvdesk.models.core import ops
from zvdesk.models.core.document import Document
from zvdesk.models.steps.content import questions, step_texts
from zvdesk.models.steps.read import stappenplan_for_project
from zvdesk.models.steps.tables import (
    STEP_ORDER,
    Feasibility,
    MonitoringLevel,
    ProjectStep,
    StepKey,
    StepStatus,
    add_participant,
    add_role,
    live_steps,
    progress_text,
    set_project_lead,
    set_step_status,
    step_id,
    update_step,
)


def _project(doc: Document, name: str = "Aanpak mensenhandel") -> str:
    project_id, _edit = doc.write(lambda s: ops.create_record(s, "project", {"name": name}))
    return project_id


def _all_step_rows(doc: Document, project_id: str) -> list[ProjectStep]:
    with doc.session() as s:
        return list(s.scalars(select(ProjectStep).where(ProjectStep.project_id == project_id)))


def test_texts_cover_six_steps_and_four_questions() -> None:
    texts = step_texts()
    assert list(texts) == list(STEP_ORDER)
    assert [q.key for q in questions()] == ["who", "work_form", "dilemmas", "result"]
    for text in texts.values():
        assert text.title and text.task
        assert set(text.hints) == {"who", "work_form", "dilemmas", "result"}
    assert texts[StepKey.TIMEOUT].number == "Time-out"
    assert "impact" in texts[StepKey.STAP_3].instruments


def test_project_without_rows_shows_six_steps_not_started(new_doc: Document) -> None:
    project_id = _project(new_doc)
    with new_doc.session() as s:
        plan = stappenplan_for_project(s, project_id)
        assert progress_text(s, project_id) == "0/6 afgerond"
    assert [st.key for st in plan.steps] == list(STEP_ORDER)
    assert all(st.status is StepStatus.NIET_GESTART and not st.stored for st in plan.steps)
    assert _all_step_rows(new_doc, project_id) == []


def test_first_edit_creates_all_steps_in_one_undoable_edit(new_doc: Document) -> None:
    project_id = _project(new_doc)
    _id, edit = new_doc.write(lambda s: update_step(
        s, project_id, StepKey.STAP_1, {"ambition": "Samen eerder helpen"}))
    assert {row.kind for row in edit.rows} == {"project_step"}
    assert len(edit.rows) == 6
    with new_doc.session() as s:
        assert len(live_steps(s, project_id)) == 6
        assert stappenplan_for_project(s, project_id).step("stap1").ambition == \
            "Samen eerder helpen"

    new_doc.apply(edit, undo=True)
    with new_doc.session() as s:
        assert live_steps(s, project_id) == {}
    new_doc.apply(edit, undo=False)
    with new_doc.session() as s:
        assert live_steps(s, project_id)[StepKey.STAP_1].ambition == "Samen eerder helpen"


def test_revived_steps_start_empty_after_undo(new_doc: Document) -> None:
    project_id = _project(new_doc)
    _id, edit = new_doc.write(lambda s: set_step_status(s, project_id, "stap2", "afgerond"))
    new_doc.apply(edit, undo=True)
    new_doc.write(lambda s: update_step(s, project_id, StepKey.STAP_5, {"aim_learn": True}))
    rows = _all_step_rows(new_doc, project_id)
    assert len(rows) == 6  # the stable ids were reused, not duplicated
    by_key = {r.step: r for r in rows}
    assert by_key[StepKey.STAP_2].status is StepStatus.NIET_GESTART
    assert by_key[StepKey.STAP_5].aim_learn is True
    assert all(r.deleted_at is None for r in rows)


def test_round_trip_through_the_file(new_doc: Document, workdir) -> None:  # noqa: ANN001
    project_id = _project(new_doc)
    with new_doc.session() as s:
        org_id = ops.list_live(s, "organisation", "name")[0].id
    person_id, _e = new_doc.write(lambda s: ops.create_record(
        s, "person", {"name": "Jan de Vries", "organisation_id": org_id}))

    def fill(s) -> None:  # noqa: ANN001
        update_step(s, project_id, "stap1", {"status": StepStatus.AFGEROND,
                                             "ambition": "Eén aanpak",
                                             "who": "Bestuurders", "work_form": "Workshop",
                                             "dilemmas": "Eigen belang", "result": "Ambitie"})
        update_step(s, project_id, "timeout", {"feasibility": Feasibility.BIJSTELLEN,
                                               "feasibility_motivation": "Te weinig capaciteit"})
        update_step(s, project_id, "stap5", {"aim_learn": True, "aim_share": True,
                                             "monitoring_level": MonitoringLevel.BEIDE,
                                             "monitoring_focus": "Casusoverleggen"})
        add_participant(s, project_id, organisation_id=org_id, person_id=person_id,
                        ambition="Sneller schakelen", needs="Informatie")
        add_role(s, project_id, organisation_id=org_id, role="Trekker", tasks="Agenda")
        set_project_lead(s, project_id, person_id)

    new_doc.write(fill)
    path = new_doc.path
    new_doc.close()
    doc = Document.open(path)
    try:
        with doc.session() as s:
            plan = stappenplan_for_project(s, project_id)
    finally:
        doc.close()
    one = plan.step("stap1")
    assert one.status is StepStatus.AFGEROND and one.ambition == "Eén aanpak"
    assert one.answers == {"who": "Bestuurders", "work_form": "Workshop",
                           "dilemmas": "Eigen belang", "result": "Ambitie"}
    assert plan.step("timeout").feasibility is Feasibility.BIJSTELLEN
    assert plan.step("timeout").feasibility_label == "Bijstellen"
    five = plan.step("stap5")
    assert five.monitoring_aims == ["Leren en verbeteren", "Kennis verspreiden"]
    assert five.monitoring_level_label == "Beide"
    assert plan.participants[0].person == "Jan de Vries"
    assert plan.participants[0].ambition == "Sneller schakelen"
    assert plan.roles[0].role == "Trekker" and plan.roles[0].organisation
    assert plan.lead_name == "Jan de Vries"
    assert plan.progress_text == "1/6 afgerond"


def test_step_ids_are_stable_per_project_and_step() -> None:
    assert step_id("p1", StepKey.STAP_1) == step_id("p1", "stap1")
    assert step_id("p1", "stap1") != step_id("p2", "stap1")
    assert step_id("p1", "stap1") != step_id("p1", "stap2")


def test_deleting_a_project_tombstones_its_stappenplan(new_doc: Document) -> None:
    project_id = _project(new_doc)
    new_doc.write(lambda s: (set_step_status(s, project_id, "stap1", "bezig"),
                             add_participant(s, project_id, ambition="x")))
    new_doc.write(lambda s: ops.delete_records(s, "project", [project_id]))
    with new_doc.session() as s:
        assert live_steps(s, project_id) == {}
        assert stappenplan_for_project(s, project_id).participants == []


def test_deleting_an_organisation_unlinks_participants(new_doc: Document) -> None:
    project_id = _project(new_doc)
    with new_doc.session() as s:
        org_id = ops.list_live(s, "organisation", "name")[0].id
    new_doc.write(lambda s: add_participant(s, project_id, organisation_id=org_id))
    new_doc.write(lambda s: ops.delete_records(s, "organisation", [org_id]))
    with new_doc.session() as s:
        plan = stappenplan_for_project(s, project_id)
    assert plan.participants[0].organisation == ""
    assert plan.participants[0].name == "(onbekend)"


def test_example_regiopilot_is_partly_walked(example_doc: Document) -> None:
    from zvdesk.models.region.ops import live_projects

    with example_doc.session() as s:
        pilot = next(p for p in live_projects(s) if p.name.startswith("Regiopilot"))
        plan = stappenplan_for_project(s, pilot.id)
    assert plan.step("stap1").status is StepStatus.AFGEROND
    assert plan.step("stap2").status is StepStatus.BEZIG
    assert plan.step("stap3").status is StepStatus.BEZIG
    assert plan.step("timeout").status is StepStatus.NIET_GESTART
    assert "2025" in plan.step("stap1").ambition
    assert len(plan.participants) == 5
    assert all(p.organisation and p.person for p in plan.participants)
    assert plan.lead_name == "Peter Kramer"
    assert plan.progress_text == "1/6 afgerond"


def test_check_counter_counts_steps(example_doc: Document) -> None:
    from zvdesk.models.core.summary import PROJECT_COUNTERS
    from zvdesk.models.region.ops import live_projects

    counter = next(c for c in PROJECT_COUNTERS if c.__module__ == "zvdesk.models.steps.tables")
    with example_doc.session() as s:
        pilot = next(p for p in live_projects(s) if p.name.startswith("Regiopilot"))
        counts = dict(counter(s, pilot.id))
    assert counts["stappen afgerond (van 6)"] == 1
    assert counts["deelnemers stappenplan"] == 5
    assert counts["taken en rollen"] == 2


def test_goals_come_from_the_impact_framework(new_doc: Document) -> None:
    from zvdesk.models.impact import ops as impact_ops
    from zvdesk.models.impact.tables import ElementKind, Horizon

    project_id = _project(new_doc)

    def build(s) -> str:  # noqa: ANN001
        goal = impact_ops.add_element(s, project_id, ElementKind.DOEL, "Minder escalaties")
        impact_ops.set_smart(s, goal, "meetbaar", text="Aantal AVE 4-situaties", checked=True)
        impact_ops.update_element(s, goal, {"horizon": Horizon.MIDDELLANG,
                                            "noticed_by_professionals": True})
        for title in ("Casusoverleg", "Escalatiemodel"):
            impact_ops.add_element(s, project_id, ElementKind.ACTIVITEIT, title)
        return goal

    goal_id, _edit = new_doc.write(build)
    with new_doc.session() as s:
        plan = stappenplan_for_project(s, project_id)
    assert [g.id for g in plan.goals] == [goal_id]
    goal = plan.goals[0]
    assert goal.title == "Minder escalaties"
    assert goal.horizon_label == "Middellange termijn"
    assert goal.noticed_by == ["Zorg- en veiligheidsprofessionals"]
    assert ("Meetbaar", "Aantal AVE 4-situaties", True) in goal.smart
    assert goal.smart_score == "1/5 SMART"
    assert plan.impact_counts == [("doel", 1), ("activiteiten", 2)]
