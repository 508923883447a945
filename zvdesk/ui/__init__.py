"""The Qt user interface of ZV Desk. Imports the models; the models never import this."""

from __future__ import annotations
