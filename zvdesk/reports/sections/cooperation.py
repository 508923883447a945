"""Report section "Samenwerken aan opgaven" (toolbox 1.4): intake, agreements, governance."""

from __future__ import annotations

from sqlalchemy.orm import Session

from zvdesk.models.cooperation.read import cooperation_for_project
from zvdesk.reports.data import Block, Heading, Paragraph, Table
from zvdesk.reports.sections import SectionContext, SectionSpec
from zvdesk.reports.texts import short_date


def build(session: Session, ctx: SectionContext) -> list[Block]:
    """Participants' intake, agreements, core values, deepening questions, levels, glossary."""
    data = cooperation_for_project(session, ctx.project_id or "")
    if data.is_empty:
        return []
    blocks: list[Block] = []
    if data.participants:
        blocks.append(Heading("Deelnemers en intake", 2))
        questions = dict(data.questions)
        for p in data.participants:
            rows = [[questions.get(a.question_key, a.question_key), a.text]
                    for a in p.intake if a.text]
            blocks.append(Heading(p.label, 3))
            if p.intake_date:
                blocks.append(Paragraph(f"Intake op {short_date(p.intake_date)}", "note"))
            blocks.append(Table(["Vraag", "Antwoord"], rows, widths=[2, 3],
                                empty_text="De intake is nog niet ingevuld."))
        blocks.append(Heading("Afspraken per deelnemer", 2))
        blocks.append(Table(
            ["Deelnemer", "Intensiteit", "Mandaat", "Inbreng"],
            [[p.label, p.intensity or "–", p.agreed_mandate, p.investment]
             for p in data.participants], widths=[2.2, 1.5, 3, 3]))
    if data.core_values:
        blocks.append(Heading("Kernwaarden", 2))
        blocks.append(Table(["Kernwaarde", "Wat verstaan we eronder"],
                            [[v.name, v.description] for v in data.core_values],
                            widths=[1, 2.5]))
    answered = [a for a in data.answers if a.answer.strip()]
    if answered:
        blocks.append(Heading("Verdiepende vragen", 2))
        blocks.append(Table(["Vraag", "Antwoord"], [[a.question, a.answer] for a in answered],
                            widths=[2, 3]))
    if data.levels:
        blocks.append(Heading("Bestuurlijke niveaus", 2))
        blocks.append(Table(
            ["Niveau", "Besluitvormend orgaan", "Betekenis", "Bijdrage", "Deelnemers"],
            [[lv.name, lv.decision_body, lv.meaning, lv.contribution,
              ", ".join(lv.participants) or "–"] for lv in data.levels],
            widths=[1.5, 2, 2.5, 2.5, 2]))
    if data.terms:
        blocks.append(Heading("Begrippenlijst", 2))
        blocks.append(Paragraph("Wat verstaat elke organisatie onder deze woorden?", "note"))
        rows = []
        for term in data.terms:
            meanings = "\n".join(f"{org}: {text}" for org, text in term.meanings.items())
            rows.append([term.term, meanings or "–"])
        blocks.append(Table(["Begrip", "Betekenis per organisatie"], rows, widths=[1, 3.5]))
    return blocks


SECTION = SectionSpec(key="cooperation", title="Samenwerken aan opgaven", scope="project",
                      order=50, build=build)

SECTIONS = (SECTION,)
