"""Region instrument (the region, municipalities, organisations, people, themes and projects).

The base every other instrument refers to; other instrument packages may import its
``tables`` and ``ops``."""
