"""The Regioplan in reports: a section of the ordinary report, and the plan as a document of
its own (:func:`zvdesk.reports.sections.regioplan.document.build_regioplan`)."""

from __future__ import annotations

from zvdesk.reports.sections.regioplan import document

SECTIONS = (document.SECTION,)
