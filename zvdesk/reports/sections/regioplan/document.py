"""The Regioplan as one document: its own cover, contents and numbered chapters (seed 004).

Chapters 1–3 come from the plan itself; the annexes take the typed ones from the plan and
the others from the instruments of the projects the user chose (communicatieplan from 2.1,
the impact theories from 1.3, the milestones from 2.2, the indicators from Monitoring), never
typed twice.

The mijlpalenplanning (2.2 Timing) and the monitoring annex are built in ``annexes.py``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from zvdesk.models.core import readcache
from zvdesk.models.core.images import usable_logo
from zvdesk.models.core.report_settings import get_report_settings
from zvdesk.models.impact.layout import LANE_TITLES
from zvdesk.models.impact.tables import ElementKind, theory_for_project
from zvdesk.models.region.ops import get_region
from zvdesk.models.region.tables import Project
from zvdesk.models.regioplan import content as C
from zvdesk.models.regioplan.layout import tree_layout
from zvdesk.models.regioplan.read import PlanView, plan_view
from zvdesk.models.stakeholders.read import communication_rows
from zvdesk.models.stakeholders.tables import STRATEGY_LABELS
from zvdesk.reports import texts
from zvdesk.reports.data import (
    Block,
    Bullets,
    Cover,
    Figure,
    Heading,
    KeyValues,
    Paragraph,
    ReportData,
    ReportOptions,
    Table,
)
from zvdesk.reports.sections import SectionContext, SectionSpec
from zvdesk.reports.sections.regioplan import annexes as annexes_from
from zvdesk.reports.sections.regioplan.drawings import goal_tree_drawing, trend_chart

if TYPE_CHECKING:
    from zvdesk.models.core.document import Document

NOT_FILLED = "Nog niet ingevuld."
SUBTITLE = "Regioplan zorg en veiligheid"
DEFAULT_TITLE = "Regioplan {region}"
#: Wider goal trees are unreadable on a landscape page: the table shows them.
MAX_TREE_COLUMNS = 12


def _answers(plan: object, questions: tuple[C.PlanQuestion, ...], level: int,
             number: str) -> list[Block]:
    blocks: list[Block] = []
    for i, q in enumerate(questions, 1):
        text = (getattr(plan, q.field, "") or "").strip() if plan is not None else ""
        blocks.append(Heading(f"{number}.{i} {q.title}", level))
        blocks.append(Paragraph(q.question, "note"))
        blocks.append(Paragraph(text or NOT_FILLED, "body" if text else "note"))
    return blocks


def _text_paragraphs(text: str) -> list[Block]:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    bullets = [line[2:] for line in lines if line.startswith("- ")]
    plain = [line for line in lines if not line.startswith("- ")]
    blocks: list[Block] = [Paragraph(line) for line in plain]
    if bullets:
        blocks.append(Bullets(bullets))
    return blocks or [Paragraph(NOT_FILLED, "note")]


def _trends(view: PlanView, level: int) -> list[Block]:
    trends = view.trends
    rows = [[f"T{i}", tr.kind_label, tr.title, tr.description,
             str(tr.relevance) if tr.relevance else texts.EMPTY, tr.valence_label or texts.EMPTY]
            for i, tr in enumerate(trends, 1)]
    blocks: list[Block] = [
        Heading("2.3 Trends", level),
        Paragraph("Demografische, geografische, economische, maatschappelijke, technologische "
                  "en sectorspecifieke trends, beoordeeld op relevantie (1 tot en met 5) en "
                  "geduid als kans of bedreiging.", "note"),
        Table(["Nr.", "Soort", "Trend", "Toelichting", "Relevantie", "Kans/bedreiging"], rows,
              widths=[0.6, 1.5, 2.4, 3.5, 1.1, 1.4], empty_text="Nog geen trends."),
    ]
    if any(tr.relevance and tr.valence for tr in trends):
        alt = "Trendkaart: relevantie tegen kans of bedreiging. " + "; ".join(
            f"T{i} {tr.title}: relevantie {tr.relevance}, {tr.valence_label.lower()}"
            for i, tr in enumerate(trends, 1) if tr.relevance and tr.valence)
        blocks.append(Figure(trend_chart(trends), alt=alt,
                             caption="Trends naar relevantie en kans of bedreiging"))
    return blocks


def _goals(view: PlanView, level: int) -> list[Block]:
    walk = view.tree.walk()
    parents = view.tree.parent_title()
    blocks: list[Block] = [Heading("3.2 Doelenboom", level), Paragraph(C.SHARP_GOALS, "note")]
    layout = tree_layout(view.tree)
    if walk and layout.columns > MAX_TREE_COLUMNS:
        blocks.append(Paragraph(f"De doelenboom is te breed voor één pagina ({layout.columns} "
                                "doelen naast elkaar); de tabel hieronder geeft hem in "
                                "zijn geheel.", "note"))
    elif walk:
        alt = "Doelenboom: " + "; ".join(
            f"{node.number} {node.title}" + (" (speerpunt)" if node.spearhead else "")
            for _depth, node in walk)
        blocks.append(Figure(goal_tree_drawing(layout), alt=alt,
                             caption="Doelenboom (★ = speerpunt)", landscape=layout.columns > 4))
    blocks.append(Table(
        ["Nr.", "Doel", "Onder", "Toelichting", "Speerpunt"],
        [[node.number, node.title, parents[node.id] or texts.EMPTY, node.description,
          "ja" if node.spearhead else "nee"] for _depth, node in walk],
        widths=[0.7, 3, 2.4, 3, 1], empty_text="Nog geen doelen."))
    spearheads = [f"{node.number} {node.title}" for _d, node in walk if node.spearhead]
    blocks.append(Heading("3.3 Speerpunten", level))
    blocks.append(Bullets(spearheads) if spearheads
                  else Paragraph("Nog geen doelen als speerpunt gemarkeerd.", "note"))
    return blocks


def _communication(session: Session, projects: list[Project], level: int) -> list[Block]:
    blocks: list[Block] = [Paragraph("Uit 2.1 Communicatie van de gekozen projecten.", "note")]
    for project in projects:
        rows = [[r.name, STRATEGY_LABELS[r.strategy] if r.strategy else texts.EMPTY,
                 r.actions, r.medium, r.frequency, r.owner or texts.EMPTY]
                for r in communication_rows(session, project.id)]
        blocks.append(Heading(project.name, level))
        blocks.append(Table(["Speler", "Strategie", "Acties", "Medium", "Frequentie",
                             "Eigenaar"], rows, widths=[2, 1.4, 3, 1.4, 1.3, 1.5],
                            empty_text="Dit project heeft nog geen communicatieplan."))
    return blocks


def _theories(session: Session, projects: list[Project], level: int) -> list[Block]:
    blocks: list[Block] = [Paragraph("Uit 1.3 Impact framework van de gekozen projecten.",
                                     "note")]
    for project in projects:
        theory = theory_for_project(session, project.id)
        blocks.append(Heading(project.name, level))
        pairs = [(LANE_TITLES[kind], "; ".join(e.title for e in theory.of_kind(kind)))
                 for kind in ElementKind if theory.of_kind(kind)]
        blocks.append(KeyValues(pairs) if pairs
                      else Paragraph("Dit project heeft nog geen beleidstheorie.", "note"))
    return blocks


def chapters(session: Session, view: PlanView, base: int = 1) -> list[Block]:
    """The numbered chapters and annexes; ``base`` is the level of a chapter heading."""
    plan, sub, subsub = view.plan, base + 1, min(4, base + 2)
    projects = view.projects
    names = ", ".join(p.name for p in projects) or "nog geen projecten gekozen"
    blocks: list[Block] = [
        Heading("1 Een vliegende start", base),
        Paragraph(f"Dit regioplan omvat de projecten: {names}.", "note"),
        *_answers(plan, C.VLIEGENDE_START, sub, "1"),
        Heading("2 De analyse van de regio", base),
        Heading("2.1 Actuele historie", sub),
        *_answers(plan, C.HISTORIE, subsub, "2.1"),
        Heading("2.2 Huidige situatie", sub),
        *_answers(plan, C.HUIDIGE_SITUATIE, subsub, "2.2"),
        *_trends(view, sub),
        Heading("3 De doelstellingen van het regioplan", base),
        *_answers(plan, C.DOELEN[:1], sub, "3"),
        *_goals(view, sub),
    ]
    business = C.DOELEN[1]
    blocks += [Heading(f"3.4 {business.title}", sub), Paragraph(business.question, "note"),
               *_text_paragraphs(getattr(plan, business.field, "") if plan else "")]
    blocks += [Heading("3.5 Impact op cultuur, structuur, activiteiten en technologie", sub),
               KeyValues([(q.title, (getattr(plan, q.field, "") if plan else "") or NOT_FILLED)
                          for q in C.IMPACT])]
    annexes: list[tuple[str, list[Block]]] = [
        (q.title, _text_paragraphs(getattr(plan, q.field, "") if plan else ""))
        for q in C.BIJLAGEN]
    annexes.append(("Communicatieplan", _communication(session, projects, subsub)))
    annexes.append(("Beleidstheorieën van de projecten", _theories(session, projects, subsub)))
    annexes.append(("Mijlpalenplanning", annexes_from.milestones(session, projects, subsub)))
    annexes.append(("Monitoring", annexes_from.monitoring(session, projects, subsub)))
    blocks.append(Heading("Bijlagen", base))
    for letter, (title, body) in zip("ABCDEFGHIJ", annexes, strict=False):
        blocks.append(Heading(f"Bijlage {letter} {title}", sub))
        blocks.extend(body)
    return blocks


def build(session: Session, _ctx: SectionContext) -> list[Block]:
    """The regioplan as a section of the ordinary report (empty when not started)."""
    view = plan_view(session)
    return chapters(session, view, base=2) if view.started else []


SECTION = SectionSpec(key="regioplan", title="Regioplan", scope="region", order=25, build=build)


def build_regioplan(document: Document, options: ReportOptions | None = None) -> ReportData:
    """Reads the plan into report data with the plan's own cover (title, region, projects)."""
    options = options or ReportOptions()
    with document.session() as s:
        readcache.enable(s)
        view = plan_view(s)
        region = get_region(s)
        region_name = (region.name if region else "") or "(regio zonder naam)"
        settings = get_report_settings(s)
        blocks = chapters(s, view)
        title = (options.title.strip() or (view.plan.title.strip() if view.plan else "")
                 or DEFAULT_TITLE.format(region=region_name))
        cover = Cover(
            title=title, subtitle=SUBTITLE, region=region_name,
            project=texts.WHOLE_REGION,
            date_text=texts.dutch_date(options.report_date or date.today()),
            version=options.version.strip() or "1.0", status=options.status,
            author=options.author.strip() or (settings.author if settings else ""),
            organisation=options.organisation.strip() or (
                settings.organisation if settings else ""),
            logo=usable_logo(settings.logo if settings else None))
    titles = [b.text for b in blocks if isinstance(b, Heading) and b.level == 1]
    return ReportData(cover=cover, blocks=blocks, section_titles=titles)


def generate_regioplan(document: Document, target: Path | str,
                       options: ReportOptions | None = None) -> Path:
    """Writes the regioplan as PDF or Word (by the suffix); returns the written path.

    Raises:
        ReportError: unknown format or the file could not be written (Dutch message).
        TargetRefused: the target is the open file or one a ZV Desk holds open.
    """
    from zvdesk.reports.engine import ReportError, render  # the engine imports the registry

    with document.session() as s:
        if not plan_view(s).started:
            raise ReportError("Dit bestand heeft nog geen regioplan. Begin het plan op het "
                              "tabblad Regioplan.")
    data = build_regioplan(document, options)
    return render(data, target, inputs=(document.path, document.engine.url.database))

