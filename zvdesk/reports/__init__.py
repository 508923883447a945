"""Report engine: PDF and Word reports for the college, the raad and the bestuurlijk overleg.

Never imports Qt (a test asserts it). The engine is layered:

* :mod:`zvdesk.reports.data` — plain dataclasses ("report data") shared by both renderers;
* :mod:`zvdesk.reports.sections` — one section builder per instrument, in one registry;
* :mod:`zvdesk.reports.engine` — gathers the data of a report from an open document;
* :mod:`zvdesk.reports.pdf` / :mod:`zvdesk.reports.docx` — the renderers.

This ``__init__`` imports nothing, because :mod:`zvdesk.models.core.report_settings` is loaded while the
schema registers its tables.
"""
