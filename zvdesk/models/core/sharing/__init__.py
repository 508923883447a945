"""Sharing a region file: a clean copy, names to initials, a password, merging a copy back.

Modules: :mod:`.magic` (recognising an encrypted file), :mod:`.crypto` (the encrypted
container), :mod:`.container` (an open encrypted document), :mod:`.personal` (how a share copy
treats each column), :mod:`.scrub` (names, e-mail and phone numbers in free text),
:mod:`.lineage` (file identity and history), :mod:`.anonymise`, :mod:`.copy`, :mod:`.merge`
and :mod:`.merge_apply`. This package imports nothing at package level, so the safe opener can
use :mod:`.magic` without import cycles.
"""
