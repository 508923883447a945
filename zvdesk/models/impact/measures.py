"""Which indicators of Monitoring measure the theory's outcomes and mechanisms (issue 16.8).

An indicator names the chain element it measures (``mon_indicator.chain_element_id``); the
framework shows them per element and its checks ask for one where an outcome has none. The
read goes through Monitoring's ``read`` module: a dependency declared in ``pyproject.toml``.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from zvdesk.models.impact.tables import Theory, theory_for_project
from zvdesk.models.monitoring.read import measures_by_element


def theory_with_measures(session: Session, project_id: str) -> Theory:
    """A project's theory with :attr:`Theory.measures` filled in from Monitoring."""
    theory = theory_for_project(session, project_id)
    theory.measures = measures_by_element(session, project_id)
    return theory
