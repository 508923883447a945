"""ZV Desk: offline werkplek voor de toolbox regionale samenwerking zorg en veiligheid."""

from __future__ import annotations

__version__ = "0.1.0"
APP_NAME = "ZV Desk"
