"""Toolbox §2.3 Overlegstructuren: the region's meetings, the five golden questions, decisions."""
