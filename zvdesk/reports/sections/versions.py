"""Report section "Wat is er veranderd sinds de vorige versie?" (vastgestelde versies).

Not an instrument: the versions are the file's own (:mod:`zvdesk.models.core.versions`); the
registry adds this module beside the instruments' (:data:`CORE_SECTION_MODULES`). The
instrument titles come from the other sections' titles, by key.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from zvdesk.models.core.versions.compare import InstrumentDiff, compare
from zvdesk.models.core.versions.store import (
    VersionInfo,
    current_state,
    list_versions,
    version_state,
)
from zvdesk.reports.data import Block, Bullets, Heading, Paragraph
from zvdesk.reports.sections import SectionContext, SectionSpec

TITLE = "Wat is er veranderd sinds de vorige versie?"

#: At most this many records per list; the rest is counted ("en nog 12 andere").
MAX_ITEMS = 40


def _pair(session: Session, project_id: str) -> tuple[VersionInfo, list[InstrumentDiff]] | None:
    """The previous version and what changed since: the newest version that differs from
    the state reported on (a report from a version is compared with the one before it)."""
    now, _ = current_state(session, project_id)
    for version in reversed(list_versions(session, project_id)):
        diffs = compare(version_state(session, version.id)[0], now)
        if diffs:
            return version, diffs
    return None


def _items(records: list, prefix: str) -> list[str]:
    items = [f"{prefix}: {r.title}" + "".join(
        f"; {f.label}: {f.before} → {f.after}" for f in getattr(r, "fields", [])[:4])
        for r in records[:MAX_ITEMS]]
    if len(records) > MAX_ITEMS:
        items.append(f"en nog {len(records) - MAX_ITEMS} andere")
    return items


def build(session: Session, ctx: SectionContext) -> list[Block]:
    """Per instrument the records added, removed and changed since the previous version."""
    from zvdesk.reports.sections import sections

    if ctx.project_id is None:
        return []
    found = _pair(session, ctx.project_id)
    if found is None:
        return []
    version, diffs = found
    titles = {spec.key: spec.title for spec in sections()}
    blocks: list[Block] = [Paragraph(
        f"Vergeleken met de {version.title[0].lower()}{version.title[1:]}.", "lead")]
    for d in diffs:
        blocks.append(Heading(titles.get(d.key) or ("Regio" if d.key == "region" else "Bestand"),
                              2))
        blocks.append(Bullets([*_items(d.added, "Toegevoegd"), *_items(d.removed, "Verwijderd"),
                               *_items(d.changed, "Gewijzigd")]))
    return blocks


SECTIONS = (SectionSpec(key="versions", title=TITLE, scope="project", order=22, build=build),)
