"""Report section "Projecten": status, trekker, dates and themes, and a timeline."""

from __future__ import annotations

from datetime import date

from reportlab.graphics.shapes import Drawing, Line, Rect
from sqlalchemy import select
from sqlalchemy.orm import Session

from zvdesk.models.region.tables import Person, Project, ProjectStatus, ProjectTheme, Theme
from zvdesk.reports import graphics as gx
from zvdesk.reports.data import Block, Figure, Heading, Paragraph, Table
from zvdesk.reports.sections import SectionContext, SectionSpec
from zvdesk.reports.texts import dutch_date, short_date

STATUS_TITLES = {
    ProjectStatus.VERKENNING: "Verkenning",
    ProjectStatus.LOPEND: "Lopend",
    ProjectStatus.AFGEROND: "Afgerond",
    ProjectStatus.GESTOPT: "Gestopt",
}
STATUS_COLOURS = {
    ProjectStatus.VERKENNING: "#8a6d00",
    ProjectStatus.LOPEND: "#1d4f91",
    ProjectStatus.AFGEROND: "#2e8540",
    ProjectStatus.GESTOPT: "#8b1e1e",
}


def timeline(projects: list[Project], today: date) -> Drawing | None:
    """A bar per project from its start to its end date (open end: up to today + a year)."""
    dated = [p for p in projects if p.start_date]
    if not dated:
        return None
    first = min(p.start_date for p in dated)
    last = max([p.end_date or max(today, p.start_date) for p in dated] + [today])
    first_year, last_year = first.year, last.year + 1
    width, row, left = 480.0, 18.0, 150.0
    height = row * len(dated) + 34
    d = Drawing(width, height)
    span = (date(last_year, 1, 1) - date(first_year, 1, 1)).days or 1

    def x_of(day: date) -> float:
        return left + (width - left - 8) * (day - date(first_year, 1, 1)).days / span

    axis_y = 16.0
    for year in range(first_year, last_year + 1):
        x = x_of(date(year, 1, 1))
        d.add(Line(x, axis_y, x, height - 4, strokeColor=gx.LINE, strokeWidth=0.5))
        if year < last_year:
            d.add(gx.label(x + 3, 4, str(year), size=7, colour=gx.MUTED))
    for i, p in enumerate(dated):
        y = height - 6 - (i + 1) * row
        end = p.end_date or max(today, p.start_date)
        colour = gx.colors.HexColor(STATUS_COLOURS[p.status])
        name = gx.wrap_words(p.name, gx.REGULAR, 7.5, left - 10, 1)[0]
        d.add(gx.label(left - 6, y + 5, name, size=7.5, anchor="end"))
        bar = Rect(x_of(p.start_date), y + 2, max(2.0, x_of(end) - x_of(p.start_date)), row - 6,
                   fillColor=colour, strokeColor=None)
        if p.end_date is None:
            bar.fillOpacity = 0.45
        d.add(bar)
    tx = x_of(today)
    if left <= tx <= width:
        d.add(Line(tx, axis_y, tx, height - 4, strokeColor=gx.colors.HexColor("#c0392b"),
                   strokeWidth=0.9, strokeDashArray=[2, 2]))
    return d


def build(session: Session, ctx: SectionContext) -> list[Block]:
    """The projects of the report: an overview table, a timeline and each description."""
    chosen = set(ctx.project_ids)
    projects = sorted((p for p in session.scalars(select(Project).where(
        Project.deleted_at.is_(None))) if p.id in chosen),
        key=lambda p: (p.sort_order, p.name.lower()))
    if not projects:
        return [Paragraph("Er zijn nog geen projecten.", "note")]
    people = {p.id: p.name for p in session.scalars(select(Person))}
    theme_names = {t.id: t.name for t in session.scalars(select(Theme).where(
        Theme.deleted_at.is_(None)))}
    themes: dict[str, list[str]] = {}
    for link in session.scalars(select(ProjectTheme).where(ProjectTheme.deleted_at.is_(None))):
        if link.theme_id in theme_names:
            themes.setdefault(link.project_id, []).append(theme_names[link.theme_id])
    blocks: list[Block] = [Table(
        ["Project", "Status", "Trekker", "Start", "Einde", "Thema's"],
        [[p.name, STATUS_TITLES[p.status], people.get(p.lead_person_id or "", "–"),
          short_date(p.start_date), short_date(p.end_date),
          ", ".join(sorted(themes.get(p.id, []))) or "–"] for p in projects],
        widths=[2.8, 1.7, 1.9, 1.65, 1.65, 2.9])]
    today = date.today()
    drawing = timeline(projects, today)
    if drawing is not None:
        blocks.append(Figure(
            drawing, caption="Looptijd van de projecten (stippellijn: vandaag)",
            alt="Tijdbalk van de projecten: " + "; ".join(
                f"{p.name} van {dutch_date(p.start_date)}"
                + (f" tot {dutch_date(p.end_date)}" if p.end_date else ", zonder einddatum")
                for p in projects if p.start_date) + "."))
    for p in projects:
        if p.description:
            blocks.append(Heading(p.name, 2))
            blocks.append(Paragraph(p.description))
    return blocks


SECTION = SectionSpec(key="projects", title="Projecten", scope="region", order=20, build=build)
