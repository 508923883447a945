"""Dutch labels of the foundation's enums, shared by the region tabs and reports."""

from __future__ import annotations

from zvdesk.models.region.tables import Domain, Level, ProjectStatus

DOMAIN_LABELS = {Domain.ZORG: "Zorg", Domain.VEILIGHEID: "Veiligheid",
                 Domain.GEMEENTE: "Gemeente", Domain.OVERIG: "Overig"}
LEVEL_LABELS = {Level.BESTUURLIJK: "Bestuurlijk", Level.TACTISCH: "Tactisch",
                Level.OPERATIONEEL: "Operationeel"}
STATUS_LABELS = {ProjectStatus.VERKENNING: "Verkenning", ProjectStatus.LOPEND: "Lopend",
                 ProjectStatus.AFGEROND: "Afgerond", ProjectStatus.GESTOPT: "Gestopt"}
