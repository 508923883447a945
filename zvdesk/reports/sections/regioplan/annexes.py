"""The regioplan's annexes drawn from the instruments of the projects the plan covers:
the mijlpalenplanning from 2.2 Timing and the monitoring from Monitoring (seed 004, issue 18.3).

Both read the instruments' own records (``tim_moment``, ``mon_indicator``) through their
``read`` modules: nothing is typed twice. The monitoring charts are the same vector drawings
as in the project report (declared in ``pyproject.toml``: the chart is drawn in one place).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from zvdesk.models.monitoring.read import (
    CAVEATS,
    latest_text,
    monitoring_for_project,
)
from zvdesk.models.region.tables import Project
from zvdesk.models.timing.read import timing_for_project
from zvdesk.reports import texts
from zvdesk.reports.data import Block, Bullets, Figure, Heading, Paragraph, Table
from zvdesk.reports.sections.monitoring import chart, number
from zvdesk.reports.texts import short_date

NO_MOMENTS = "Dit project heeft nog geen mijlpalen of beslismomenten in 2.2 Timing."
NO_INDICATORS = "Dit project heeft nog geen indicatoren in Monitoring."


def milestones(session: Session, projects: list[Project], level: int) -> list[Block]:
    """Per project its moments by date and the clashes with the partners' cycles."""
    blocks: list[Block] = [Paragraph("Uit 2.2 Timing bij samenwerken en agenderen van de "
                                     "gekozen projecten: de mijlpalen en beslismomenten, en "
                                     "de botsingen met de cycli van de partners met de "
                                     "gekozen oplossing.", "note")]
    for project in projects:
        data = timing_for_project(session, project.id)
        clash_ids = {c.moment_id for c in data.clashes}
        blocks.append(Heading(project.name, level))
        blocks.append(Table(
            ["Datum", "Moment", "Soort", "Botsing"],
            [[short_date(m.on_date) if m.on_date else texts.EMPTY, m.title, m.kind_label,
              "ja" if m.id in clash_ids else "nee"] for m in data.moments],
            widths=[1.5, 4, 1.6, 1], empty_text=NO_MOMENTS))
        if data.clashes:
            blocks.append(Table(
                ["Datum", "Moment", "Valt in", "Gekozen oplossing"],
                [[short_date(c.on_date), c.moment,
                  f"{c.cycle} ({c.partner}, {short_date(c.start)} – {short_date(c.end)})",
                  c.solution or "Nog geen oplossing gekozen."] for c in data.clashes],
                widths=[1.5, 2.5, 2.5, 3.5], caption="Botsingen en gekozen oplossingen"))
    return blocks


def monitoring(session: Session, projects: list[Project], level: int) -> list[Block]:
    """Per project its indicators (baseline, target, latest measurement) and their charts."""
    blocks: list[Block] = [Paragraph("Uit Monitoring van de gekozen projecten: de "
                                     "indicatoren met nulmeting, streefwaarde en de laatste "
                                     "meting.", "note")]
    any_series = False
    for project in projects:
        data = monitoring_for_project(session, project.id)
        blocks.append(Heading(project.name, level))
        rows = []
        for info in data.indicators:
            rows.append([info.block_label, info.name, info.unit or texts.EMPTY,
                         number(info.baseline), number(info.target), latest_text(info, number, short_date),
                         info.meeting or texts.EMPTY])
        blocks.append(Table(["Blok", "Indicator", "Eenheid", "Nulmeting", "Streefwaarde",
                             "Laatste meting", "Besproken in"], rows,
                            widths=[1.1, 2.6, 1.3, 1, 1, 1.5, 1.7], empty_text=NO_INDICATORS))
        for info in data.indicators:
            if not info.series:
                continue
            any_series = True
            caption = f"{project.name} – {info.name}: metingen tegen nulmeting en streefwaarde"
            if info.fictitious:
                caption += " (cijfers fictief)"
            alt = (f"Lijngrafiek van {info.name}: nulmeting {number(info.baseline)}, "
                   f"streefwaarde {number(info.target)}; " + "; ".join(
                       f"{name}: laatste meting {number(pts[-1].value)} op "
                       f"{short_date(pts[-1].measured_on)}"
                       for name, pts in info.series.items()) + ".")
            blocks.append(Figure(chart(info), alt=alt, caption=caption))
    if any_series:
        blocks += [Paragraph("Kanttekeningen bij de cijfers", "lead"), Bullets(list(CAVEATS))]
    return blocks
