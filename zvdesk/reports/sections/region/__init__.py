"""The region's report sections: the region itself and the project pages."""

from __future__ import annotations

from zvdesk.reports.sections.region import overview, projects

SECTIONS = (overview.SECTION, projects.SECTION)
