"""Report section "Stappenplan": progress per step, the four questions, goals and roles."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Rect
from sqlalchemy.orm import Session

from zvdesk.models.steps.read import Stappenplan, question_titles, stappenplan_for_project
from zvdesk.models.steps.tables import StepStatus
from zvdesk.reports import graphics as gx
from zvdesk.reports.data import Block, Figure, Heading, KeyValues, Paragraph, Table
from zvdesk.reports.sections import SectionContext, SectionSpec

STATUS_FILL = {
    StepStatus.NIET_GESTART: gx.colors.white,
    StepStatus.BEZIG: gx.colors.HexColor("#fbe7b5"),
    StepStatus.AFGEROND: gx.colors.HexColor("#cfe8d4"),
}
#: A second cue beside the colour, so the progress also reads in black and white.
STATUS_MARK = {StepStatus.NIET_GESTART: "○", StepStatus.BEZIG: "◐", StepStatus.AFGEROND: "●"}


def progress_drawing(plan: Stappenplan) -> Drawing:
    """The six steps as a row of boxes, filled by status, with arrows between them."""
    n = len(plan.steps)
    box_w, box_h, gap = 70.0, 62.0, 12.0
    width = n * box_w + (n - 1) * gap
    height = box_h + 24
    d = Drawing(width, height)
    for i, step in enumerate(plan.steps):
        x = i * (box_w + gap)
        d.add(Rect(x, 20, box_w, box_h, rx=4, ry=4, fillColor=STATUS_FILL[step.status],
                   strokeColor=gx.ACCENT if step.status is StepStatus.AFGEROND else gx.LINE,
                   strokeWidth=0.9))
        d.add(gx.label(x + box_w / 2, 20 + box_h - 13, step.number, size=8, bold=True,
                       anchor="middle"))
        for j, line in enumerate(gx.wrap_words(step.title, gx.REGULAR, 6.6, box_w - 8, 3)):
            d.add(gx.label(x + box_w / 2, 20 + box_h - 25 - j * 8, line, size=6.6,
                           anchor="middle"))
        d.add(gx.label(x + box_w / 2, 5, f"{STATUS_MARK[step.status]} {step.status_label}",
                       size=7, anchor="middle", colour=gx.MUTED))
        if i < n - 1:
            d.add(gx.arrow(x + box_w + 1, 20 + box_h / 2, x + box_w + gap - 1, 20 + box_h / 2,
                           head=4))
    return d


def build(session: Session, ctx: SectionContext) -> list[Block]:
    """The project's stappenplan: progress, each step's answers, participants, goals, roles."""
    plan = stappenplan_for_project(session, ctx.project_id or "")
    titles = question_titles()
    blocks: list[Block] = [
        KeyValues([("Projecttrekker", plan.lead_name or "Nog niet gekozen"),
                   ("Voortgang", plan.progress_text)]),
        Figure(progress_drawing(plan), caption="Voortgang van het stappenplan",
               alt="Voortgang per stap: " + "; ".join(
                   f"{s.label}: {s.status_label.lower()}" for s in plan.steps) + "."),
        Table(["Stap", "Vraagt om", "Status"],
              [[s.label, s.asks, s.status_label] for s in plan.steps], widths=[3, 4, 1.4]),
    ]
    for step in plan.steps:
        pairs = [(titles.get(q, q), a) for q, a in step.answers.items() if a.strip()]
        extra: list[tuple[str, str]] = []
        if step.ambition:
            extra.append(("Ambitie", step.ambition))
        if step.feasibility_label:
            extra.append(("Besluit time-out", step.feasibility_label))
        if step.feasibility_motivation:
            extra.append(("Toelichting", step.feasibility_motivation))
        if step.monitoring_aims:
            extra.append(("Doel van monitoring", ", ".join(step.monitoring_aims)))
        if step.monitoring_level_label:
            extra.append(("Niveau van monitoring", step.monitoring_level_label))
        if step.monitoring_focus:
            extra.append(("Focus", step.monitoring_focus))
        if not (pairs or extra):
            continue
        blocks.append(Heading(step.label, 2))
        blocks.append(Paragraph(f"Status: {step.status_label}", "note"))
        blocks.append(KeyValues(extra + pairs))
    if plan.participants:
        blocks.append(Heading("Deelnemers en hun ambities (stap 1)", 2))
        blocks.append(Table(["Deelnemer", "Ambitie", "Behoeften"],
                            [[p.name, p.ambition, p.needs] for p in plan.participants],
                            widths=[2, 3, 3]))
    if plan.goals:
        blocks.append(Heading("Doelen (stap 2)", 2))
        blocks.append(Table(
            ["Doel", "Termijn", "Merkbaar voor", "SMART"],
            [[g.title, g.horizon_label or "–", ", ".join(g.noticed_by) or "–",
              g.smart_score + "".join(f"\n{'✓' if ok else '–'} {label}"
                                      for label, _t, ok in g.smart)]
             for g in plan.goals], widths=[4, 1.6, 2.2, 1.8]))
    if plan.roles:
        blocks.append(Heading("Taken en rollen (stap 4)", 2))
        blocks.append(Table(["Partner", "Persoon", "Rol", "Taken"],
                            [[r.organisation or "–", r.person or "–", r.role, r.tasks]
                             for r in plan.roles], widths=[2.2, 1.8, 2, 4]))
    return blocks


SECTION = SectionSpec(key="steps", title="Stappenplan", scope="project", order=30, build=build)

SECTIONS = (SECTION,)
