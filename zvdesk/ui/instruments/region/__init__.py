"""The region's tabs: Regio, Organisaties, Personen, Thema's, Projecten and the project page."""

from __future__ import annotations

from zvdesk.ui.instruments.region import (
    organisations,
    overview,
    people,
    project,
    projects,
    themes,
)

SPECS = (overview.SPEC, organisations.SPEC, people.SPEC, themes.SPEC, projects.SPEC,
         project.SPEC)
