"""Toolbox deel 2 "Werkvormen": sessions, their agenda of work forms and what they produced."""
