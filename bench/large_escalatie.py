"""The large region's regiekaarten: the four default phases, filled, in every project."""

from __future__ import annotations

from sqlalchemy.orm import Session

from zvdesk.models.escalatie import ops as ave
from zvdesk.models.escalatie.tables import ROWS, AvePhase


def add_large_escalatie(session: Session, project_ids: list[str], count: int) -> None:
    """Adds a filled regiekaart (four phases) to the first ``count`` projects."""
    for project_id in project_ids[:count]:
        for phase_id in ave.add_default_phases(session, project_id):
            phase = session.get(AvePhase, phase_id)
            for key, label in ROWS:
                if key != "starting_situation":
                    setattr(phase, key, f"{label} in fase {phase.number}: afspraak van de "
                                        "regio, met wie en wanneer. " * 2)
