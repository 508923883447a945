"""Instrument tabs: one subpackage per instrument of :data:`zvdesk.instruments.INSTRUMENTS`,
each with ``SPECS`` (its tabs); :mod:`zvdesk.ui.registry` reads them."""
