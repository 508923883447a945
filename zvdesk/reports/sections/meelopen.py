"""Report section "Meelopen in de praktijk" (toolbox 3.2): the schedule and the reflections."""

from __future__ import annotations

from sqlalchemy.orm import Session

from zvdesk.models.meelopen.read import VisitView, rota, visits
from zvdesk.reports.data import Block, Heading, Paragraph, Table
from zvdesk.reports.sections import SectionContext, SectionSpec
from zvdesk.reports.texts import short_date


def _when(v: VisitView) -> str:
    start = short_date(v.visit_date) if v.visit_date else "nog te plannen"
    if v.end_date:
        start = f"{start} t/m {short_date(v.end_date)}"
    return f"{start} ({v.period})" if v.period else start


def build(session: Session, ctx: SectionContext) -> list[Block]:
    """The schedule of meeloopdagen and exchanges, the rota, and each visit's reflection."""
    pid = ctx.project_id or ""
    found = visits(session, pid)
    if not found:
        return []
    blocks: list[Block] = [
        Paragraph("Om elkaars werk en opgaven beter te begrijpen, kijken de partners in elkaars "
                  "keuken: met een meeloopdag, of intensiever met een uitwisselingstraject."),
        Heading("Rooster", 2),
        Table(["Wanneer", "Soort", "Gastorganisatie", "Focus", "Wie (↔ met wie)", "Status"],
              [[_when(v), v.kind_label, v.host or "–", v.focus or "–",
                "\n".join(p.label for p in v.participants) or "–", v.status_label]
               for v in found], widths=[1.8, 1.4, 1.6, 2.4, 2.6, 0.9]),
    ]
    plan = rota(session, pid)
    if plan.missing:
        blocks.append(Paragraph("Nog geen meeloopdag georganiseerd: " + ", ".join(plan.missing)
                                + ".", "note"))
    reflected = [v for v in found if v.has_reflection]
    if reflected:
        blocks.append(Heading("Reflecties", 2))
        for v in reflected:
            where = f" bij {v.host}" if v.host else ""
            blocks.append(Heading(f"{v.kind_label}{where}, {_when(v)}", 3))
            blocks.append(Table(["Vraag", "Reflectie"],
                                [[q, a or "–"] for q, a in v.reflection], widths=[1.4, 3.6]))
    return blocks


SECTION = SectionSpec(key="meelopen", title="Meelopen in de praktijk", scope="project",
                      order=75, build=build)

SECTIONS = (SECTION,)
