"""Builds the report data of an open document and writes it as PDF or Word.

Thread-safe: every call opens its own short session on the document's engine (which hands
each thread its own SQLite connection), reads everything into plain dataclasses and closes
the session before rendering, so a report never blocks the user's edits for long.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from zvdesk.models.core import readcache
from zvdesk.models.core.errors import ZvdbError, write_failure_reason
from zvdesk.models.core.images import usable_logo
from zvdesk.models.core.private import BesideStage
from zvdesk.models.core.report_settings import get_report_settings
from zvdesk.models.core.writeguard import check_write_target
from zvdesk.models.region.ops import get_region, live_projects
from zvdesk.models.region.tables import Project
from zvdesk.reports import texts
from zvdesk.reports.data import Block, Cover, Heading, ReportData, ReportOptions
from zvdesk.reports.sections import SectionContext, SectionSpec, section_keys, sections

if TYPE_CHECKING:
    from zvdesk.models.core.document import Document

#: progress(fraction 0..1, Dutch text of the current step)
Progress = Callable[[float, str], None]
FORMATS = ("pdf", "docx")


class ReportError(ZvdbError):
    """The report cannot be made as asked; the message says why in Dutch."""


def _noop(_fraction: float, _text: str) -> None:
    return None


def find_project(document: Document, name: str) -> str:
    """Returns the id of the live project with this name (case-insensitive).

    Raises:
        ReportError: no such project; the message lists the projects there are.
    """
    with document.session() as s:
        projects = live_projects(s)
    for project in projects:
        if project.name.strip().lower() == name.strip().lower():
            return project.id
    names = ", ".join(f"‘{p.name}’" for p in projects) or "geen"
    raise ReportError(f"Het project ‘{name}’ staat niet in dit bestand. Projecten: {names}.")


def check_instruments(keys: tuple[str, ...] | None) -> None:
    """Raises :class:`ReportError` for an instrument key that has no report section."""
    known = section_keys()
    for key in keys or ():
        if key not in known:
            raise ReportError(f"Onbekend onderdeel ‘{key}’. Kies uit: {', '.join(known)}.")


def _shift(blocks: list[Block], by: int) -> list[Block]:
    if not by:
        return blocks
    return [replace(b, level=min(4, b.level + by)) if isinstance(b, Heading) else b
            for b in blocks]


def build_report(document: Document, options: ReportOptions,
                 progress: Progress | None = None) -> ReportData:
    """Reads the chosen sections of a document into report data.

    Args:
        document: The open document (any thread; read-only is fine).
        options: Project (or whole region), instruments, cover texts.
        progress: Called with (fraction, Dutch step) while reading.

    Raises:
        ReportError: unknown project or instrument.
    """
    progress = progress or _noop
    check_instruments(options.instruments)
    wanted = [s for s in sections()
              if options.instruments is None or s.key in options.instruments]
    with document.session() as s:
        readcache.enable(s)  # this session only reads: sections may share costly answers
        region = get_region(s)
        region_name = (region.name if region else "") or "(regio zonder naam)"
        project: Project | None = None
        if options.project_id is not None:
            project = s.scalars(select(Project).where(
                Project.id == options.project_id, Project.deleted_at.is_(None))).first()
            if project is None:
                raise ReportError("Het gekozen project bestaat niet (meer) in dit bestand.")
            projects = [project]
        else:
            projects = live_projects(s)
        project_ids = tuple(p.id for p in projects)
        settings = get_report_settings(s)
        blocks: list[Block] = []
        titles: list[str] = []
        region_specs = [w for w in wanted if w.scope == "region"]
        project_specs = [w for w in wanted if w.scope == "project"]
        steps = max(1, len(region_specs) + len(project_specs) * len(projects))
        done = 0

        def run(spec: SectionSpec, pid: str | None, level: int) -> list[Block]:
            nonlocal done
            progress(0.8 * done / steps, f"{spec.title} lezen…")
            done += 1
            body = spec.build(s, SectionContext(project_id=pid, project_ids=project_ids))
            if not body:
                return []
            return [Heading(spec.title, level), *_shift(body, level - 1)]

        for spec in region_specs:
            part = run(spec, None, 1)
            if part:
                titles.append(spec.title)
            blocks.extend(part)
        for p in projects:
            nested = project is None
            part: list[Block] = []
            for spec in project_specs:
                part.extend(run(spec, p.id, 2 if nested else 1))
            if not part:
                continue
            if nested:
                blocks.append(Heading(f"Project: {p.name}", 1))
                titles.append(f"Project: {p.name}")
            else:
                titles.extend(b.text for b in part if isinstance(b, Heading) and b.level == 1)
            blocks.extend(part)
        title = options.title.strip() or (
            texts.DEFAULT_TITLE_PROJECT.format(project=project.name) if project
            else texts.DEFAULT_TITLE_REGION.format(region=region_name))
        cover = Cover(
            title=title,
            subtitle=texts.SUBTITLE,
            region=region_name,
            project=project.name if project else texts.WHOLE_REGION,
            date_text=texts.dutch_date(options.report_date or date.today()),
            version=options.version.strip() or "1.0",
            status=options.status,
            author=options.author.strip() or (settings.author if settings else ""),
            organisation=options.organisation.strip() or (
                settings.organisation if settings else ""),
            logo=usable_logo(settings.logo if settings else None),
        )
    progress(0.8, "Rapport opmaken…")
    return ReportData(cover=cover, blocks=blocks, section_titles=titles)


def render(data: ReportData, target: Path | str, fmt: str | None = None,
           inputs: tuple[Path | str, ...] = ()) -> Path:
    """Writes report data as PDF or Word; the format follows the suffix unless given.

    The file is written beside the target under a temporary name and renamed into place, so
    a failure never leaves half a report (or destroys the previous one).

    Args:
        inputs: The files the report is made from (never overwritten; see
            :func:`zvdesk.models.core.writeguard.check_write_target`).

    Raises:
        ReportError: unknown format, or the file could not be written.
        TargetRefused: the target is an input or a file that a ZV Desk has open.
    """
    target = Path(target)
    fmt = (fmt or target.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise ReportError("Kies een rapport als .pdf of als .docx.")
    target = check_write_target(target, inputs)
    stage = BesideStage(target, "tmp")
    work = stage.path
    try:
        if fmt == "pdf":
            from zvdesk.reports.pdf import write_pdf

            write_pdf(data, work)
        else:
            from zvdesk.reports.docx import write_docx

            write_docx(data, work)
        os.replace(work, target)
    except OSError as exc:
        work.unlink(missing_ok=True)
        raise ReportError(f"Het rapport ‘{target.name}’ kon niet worden opgeslagen: "
                          f"{write_failure_reason(exc, target)}.") from exc
    except BaseException:
        work.unlink(missing_ok=True)
        raise
    finally:
        stage.done()
    return target


def generate(document: Document, options: ReportOptions, target: Path | str,
             fmt: str | None = None, progress: Progress | None = None) -> Path:
    """Builds and writes a report in one call; returns the written path."""
    progress = progress or _noop
    data = build_report(document, options, progress)
    path = render(data, target, fmt, inputs=(document.path, document.engine.url.database))
    progress(1.0, "Klaar")
    return path
