"""Report section "Probleemscan" (toolbox 1.1): table Vraag | Samenvatting | Voorstel, then
the participants' answers per question."""

from __future__ import annotations

from sqlalchemy.orm import Session

from zvdesk.models.probleemscan.read import scan_questions
from zvdesk.reports.data import Block, Heading, Paragraph, Table
from zvdesk.reports.sections import SectionContext, SectionSpec


def build(session: Session, ctx: SectionContext) -> list[Block]:
    """The scan's used questions with summary and proposal, and who answered what."""
    questions = scan_questions(session, ctx.project_id or "")
    if not any(q.stored for q in questions):
        return []
    used = [q for q in questions if q.used]
    blocks: list[Block] = [
        Paragraph("Waarom gaan we samenwerken? Hoe gaan we samenwerken? De samenvatting geeft "
                  "weer wat de betrokkenen samen op de vraag antwoordden; het voorstel zegt in "
                  "één zin wat de belangrijkste uitkomst is en wat het vervolg kan zijn."),
        Table(["Vraag", "Samenvatting", "Voorstel"],
              [[f"{q.number}. {q.text}", q.summary or "–", q.proposal or "–"] for q in used],
              widths=[2.2, 3.4, 2.4], empty_text="Er zijn geen vragen gekozen."),
    ]
    answered = [q for q in used if q.answers]
    if answered:
        blocks.append(Heading("Antwoorden van de deelnemers", 2))
        for q in answered:
            blocks.append(Heading(f"{q.number}. {q.text}", 3))
            blocks.append(Table(["Deelnemer", "Antwoord"],
                                [[a.participant, a.answer] for a in q.answers],
                                widths=[1.3, 3.5]))
    return blocks


SECTION = SectionSpec(key="probleemscan", title="Probleemscan", scope="project", order=25,
                      build=build)

SECTIONS = (SECTION,)
