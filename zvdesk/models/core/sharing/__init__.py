"""Sharing a region file: a clean copy, names to initials, a password, merging a copy back.

Modules: :mod:`.magic` (recognising an encrypted file), :mod:`.crypto` (the encrypted
container), :mod:`.container` (an open encrypted document), :mod:`.personal` (which fields hold
personal data), :mod:`.lineage` (file identity and history), :mod:`.anonymise`, :mod:`.copy`,
:mod:`.merge` and :mod:`.merge_apply`. This package imports nothing at package level, so the
safe opener can use :mod:`.magic` without import cycles.
"""
