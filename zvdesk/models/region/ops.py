"""Model functions for the region, its municipalities, organisations, people, themes, projects."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from zvdesk.models.core.base import utcnow
from zvdesk.models.core.ops import list_live, on_delete, validator
from zvdesk.models.region.tables import (
    Domain,
    Municipality,
    Organisation,
    Person,
    Project,
    ProjectTheme,
    Region,
    Theme,
)
from zvdesk.resources import resource_path

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def get_region(session: Session) -> Region | None:
    """Returns the file's region (the oldest live region row)."""
    return session.scalars(
        select(Region).where(Region.deleted_at.is_(None)).order_by(Region.created_at)
    ).first()


def catalogue_organisations() -> list[dict]:
    """Returns the partner catalogue offered to a new file (resources/catalogue)."""
    data = json.loads(resource_path("catalogue", "organisations.json").read_text("utf-8"))
    return list(data["organisaties"])


def catalogue_themes() -> list[dict]:
    """Returns the themes offered to a new file."""
    data = json.loads(resource_path("catalogue", "themes.json").read_text("utf-8"))
    return list(data["themas"])


def populate_new_region(session: Session, name: str = "", municipalities: Sequence[str] = (),
                        *, with_catalogue: bool = True) -> Region:
    """Fills a new file: the region, its municipalities (also as organisations), the catalogue.

    Args:
        session: Session of the new file.
        name: The region's name (may be empty; the user fills it in).
        municipalities: Names of the municipalities, e.g. ``["Zaanstad", "Edam-Volendam"]``.
        with_catalogue: Add the partner catalogue and the standard themes.
    """
    region = Region(name=name, description="")
    session.add(region)
    for i, muni in enumerate(municipalities):
        session.add(Municipality(name=muni, sort_order=i))
        session.add(Organisation(name=f"Gemeente {muni}", short_name=muni[:40],
                                 domain=Domain.GEMEENTE))
    if with_catalogue:
        for org in catalogue_organisations():
            session.add(Organisation(name=org["name"], short_name=org.get("short_name", ""),
                                     domain=Domain(org["domain"]),
                                     description=org.get("description", "")))
        for theme in catalogue_themes():
            session.add(Theme(name=theme["name"], description=theme.get("description", "")))
    session.flush()
    return region


def project_theme_ids(session: Session, project_id: str) -> set[str]:
    """Returns the ids of the live themes a project works on."""
    rows = session.scalars(select(ProjectTheme).where(
        ProjectTheme.project_id == project_id, ProjectTheme.deleted_at.is_(None)))
    return {r.theme_id for r in rows}


def set_project_themes(session: Session, project_id: str, theme_ids: Iterable[str]) -> None:
    """Makes a project's themes exactly ``theme_ids`` (reviving links where they existed)."""
    wanted = set(theme_ids)
    links = session.scalars(select(ProjectTheme).where(ProjectTheme.project_id == project_id))
    seen: set[str] = set()
    now = utcnow()
    for link in links:
        if link.theme_id in wanted and link.theme_id not in seen:
            seen.add(link.theme_id)
            if link.deleted_at is not None:
                link.deleted_at = None
        elif link.deleted_at is None:
            link.deleted_at = now
    for theme_id in wanted - seen:
        session.add(ProjectTheme(project_id=project_id, theme_id=theme_id))


def live_projects(session: Session) -> list[Project]:
    """Returns the live projects in their order."""
    return sorted(list_live(session, "project"), key=lambda p: (p.sort_order, p.name.lower()))


# -- validation ------------------------------------------------------------------------------


def _required(value: str, what: str) -> list[str]:
    return [] if value and value.strip() else [f"Vul {what} in."]


@validator("region")
def _check_region(_s: Session, obj: Region) -> list[str]:
    return _required(obj.name, "de naam van de regio")


@validator("municipality")
def _check_municipality(session: Session, obj: Municipality) -> list[str]:
    problems = _required(obj.name, "de naam van de gemeente")
    name = (obj.name or "").strip().casefold()
    with session.no_autoflush:
        others = session.scalars(select(Municipality.name).where(
            Municipality.deleted_at.is_(None), Municipality.id != obj.id)).all()
    if name and name in {(n or "").strip().casefold() for n in others}:
        problems.append(f"De gemeente ‘{obj.name.strip()}’ staat al in de lijst.")
    return problems


def new_municipality_values(session: Session) -> dict:
    """Values of a new municipality row: a placeholder name not yet in use, at the end."""
    live = list_live(session, "municipality")
    names = {(m.name or "").strip().casefold() for m in live}
    name, n = "Nieuwe gemeente", 1
    while name.casefold() in names:
        n += 1
        name = f"Nieuwe gemeente {n}"
    return {"name": name, "sort_order": len(live)}


def add_municipality_organisations(session: Session) -> list[str]:
    """Model function: adds "Gemeente <naam>" as an organisation (domain gemeente) for every
    municipality that has none yet; returns the names added (empty when all were there)."""
    have = {(o.name or "").strip().casefold() for o in list_live(session, "organisation")}
    added = []
    for muni in list_live(session, "municipality", "sort_order"):
        name = f"Gemeente {muni.name.strip()}"
        if muni.name.strip() and name.casefold() not in have and not muni.name.startswith(
                "Nieuwe gemeente"):
            session.add(Organisation(name=name, short_name=muni.name.strip()[:40],
                                     domain=Domain.GEMEENTE))
            have.add(name.casefold())
            added.append(name)
    session.flush()
    return added


@validator("organisation")
def _check_organisation(_s: Session, obj: Organisation) -> list[str]:
    return _required(obj.name, "de naam van de organisatie")


@validator("theme")
def _check_theme(_s: Session, obj: Theme) -> list[str]:
    return _required(obj.name, "de naam van het thema")


@validator("person")
def _check_person(_s: Session, obj: Person) -> list[str]:
    problems = _required(obj.name, "de naam van de persoon")
    if obj.email and not _EMAIL.match(obj.email.strip()):
        problems.append(f"‘{obj.email}’ is geen geldig e-mailadres.")
    if obj.initials and " " in obj.initials.strip():
        problems.append("Initialen zonder spaties, bijvoorbeeld ‘JdV’.")
    return problems


@validator("project")
def _check_project(_s: Session, obj: Project) -> list[str]:
    problems = _required(obj.name, "de naam van het project")
    if obj.start_date and obj.end_date and obj.end_date < obj.start_date:
        problems.append("De einddatum ligt vóór de startdatum.")
    return problems


# -- what else changes on delete ------------------------------------------------------------


@on_delete("organisation")
def _unlink_people(session: Session, org: Organisation) -> None:
    for person in session.scalars(select(Person).where(Person.organisation_id == org.id)):
        person.organisation_id = None


@on_delete("person")
def _unlink_lead(session: Session, person: Person) -> None:
    for project in session.scalars(select(Project).where(Project.lead_person_id == person.id)):
        project.lead_person_id = None


@on_delete("theme")
def _unlink_theme(session: Session, theme: Theme) -> None:
    now = utcnow()
    for link in session.scalars(select(ProjectTheme).where(
            ProjectTheme.theme_id == theme.id, ProjectTheme.deleted_at.is_(None))):
        link.deleted_at = now


@on_delete("project")
def _unlink_project_themes(session: Session, project: Project) -> None:
    now = utcnow()
    for link in session.scalars(select(ProjectTheme).where(
            ProjectTheme.project_id == project.id, ProjectTheme.deleted_at.is_(None))):
        link.deleted_at = now
