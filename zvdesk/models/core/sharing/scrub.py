"""Scrubbing free text for an initials copy: people's names → initials, no e-mail or phone.

Pure text functions (no database). A :class:`Scrubber` knows the people of a file (their full
names and initials, deleted people included) and finds each of them in free text in every
form a colleague writes: the full name, first name + surname, the surname alone (unless it is
a common Dutch word, see ``resources/sharing/common_words.txt``), initials + surname
("M. Vos") and a title + surname ("mevrouw Vos"), in any case, composed or decomposed Unicode
(NFC/NFD), across line breaks and hyphenation at a line end. Matching works on words, not on
characters, so a name inside another word ("Vosseveld") is left alone.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from zvdesk.resources import resource_path

#: What a removed e-mail address or phone number becomes in the copy.
EMAIL_REMOVED = "[e-mailadres weggelaten]"
PHONE_REMOVED = "[telefoonnummer weggelaten]"

#: Surname particles (tussenvoegsels), lower case.
PARTICLES = frozenset({
    "van", "de", "der", "den", "het", "t", "ter", "ten", "te", "op", "in", "la", "le", "el",
    "al", "von", "da", "dos", "du", "di", "del", "della", "des", "d", "l", "uit", "aan", "bij",
    "vd",
})

#: Words before a surname that make it a person's name even when the surname is a common word.
TITLES = frozenset({"mevrouw", "mevr", "mw", "meneer", "mnr", "dhr", "heer", "mr", "dr", "ir",
                    "drs", "prof", "ing", "burgemeester", "wethouder", "officier"})

_EMAIL = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")
# Dutch numbers: 0 + nine digits, or +31 / 0031 (optionally "(0)") + nine digits; digits may be
# separated by spaces, dots, dashes, slashes or brackets ("06-12345678", "(020) 123 45 67",
# "+31 (0)6 1234 5678").
_SEP = r"[ \u00a0.\-/()]{0,3}"
_PHONE = re.compile(
    r"(?<![\w+])(?:(?:\+|00)" + _SEP + r"31" + _SEP + r"(?:\(0\)" + _SEP + r")?|\(?0)"
    r"(?:" + _SEP + r"\d){9}(?!\d)")
_WORD = re.compile(r"[^\W\d_]+")
# What may stand between the words of one name: spaces (line breaks too), a hyphen, an
# apostrophe ("'t Hart"), a full stop after an initial.
_JOIN = re.compile(r"[\s\-'’‘.]*")
_HYPHENS = "-\u2010\u2011"
_LINE_END = re.compile(r"[ \t]*\r?\n\s*")


@cache
def _word_list(name: str) -> frozenset[str]:
    lines = resource_path("sharing", name).read_text("utf-8").splitlines()
    return frozenset(w.strip().casefold() for w in lines if w.strip() and not w.startswith("#"))


def common_words() -> frozenset[str]:
    """Common Dutch words that are also surnames ("vos", "bakker")."""
    return _word_list("common_words.txt")


def organisation_words() -> frozenset[str]:
    """Words that mark a name as an organisation's ("stichting", "wijkteam", "ggd")."""
    return _word_list("organisation_words.txt")


def words(text: str) -> list[str]:
    """The words of a text, NFC-normalised and case-folded."""
    return [w.casefold() for w in _WORD.findall(unicodedata.normalize("NFC", text))]


def is_organisation_name(name: str, organisations: set[str]) -> bool:
    """True when a free-text name is an organisation's, not a person's.

    Args:
        name: The free-text name of a player or participant.
        organisations: Names and short names of the file's organisations, as
            ``" ".join(words(name))``.
    """
    found = words(name)
    if not found:
        return False
    if " ".join(found) in organisations:
        return True
    if any(w in organisation_words() for w in found):
        return True
    stripped = unicodedata.normalize("NFC", name).strip()
    return len(found) == 1 and stripped.isupper() and len(stripped) <= 6  # "GGD", "DJI"


@dataclass
class ScrubCounts:
    """What scrubbing removed or replaced."""

    names: int = 0
    emails: int = 0
    phones: int = 0

    def add(self, other: ScrubCounts) -> None:
        """Adds another count to this one."""
        self.names += other.names
        self.emails += other.emails
        self.phones += other.phones


def _normalised(text: str) -> tuple[str, list[int], list[int]]:
    """NFC text without soft hyphens and line-end hyphenation, with maps to the original.

    Returns ``(text, starts, ends)``: output character ``i`` comes from ``original[starts[i]:
    ends[i]]``.
    """
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if (ch in _HYPHENS or ch == "\u00ad") and out and out[-1].isalpha():
            m = _LINE_END.match(text, i + 1)
            if m and m.end() < n and text[m.end()].isalpha():
                i = m.end()  # "Geheim-\nnaam" reads as "Geheimnaam"
                continue
        if ch == "\u00ad":  # a soft hyphen inside a line is invisible
            i += 1
            continue
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        for c in unicodedata.normalize("NFC", text[i:j]):
            out.append(c)
            starts.append(i)
            ends.append(j)
        i = j
    return "".join(out), starts, ends


@dataclass
class _Token:
    start: int  # in the normalised text
    end: int
    key: str  # case-folded
    text: str  # as written (normalised)


def _initials_of(key: tuple[str, ...]) -> str:
    return "".join(w[0] if w in PARTICLES else w[0].upper() for w in key)


@dataclass
class Scrubber:
    """Finds the known people in free text and reduces them to initials.

    Build it with :meth:`add_person` for every person (live or deleted), then call
    :meth:`scrub` on each text.
    """

    #: Word sequences of full names and first name + surname -> initials.
    full: dict[tuple[str, ...], str] = field(default_factory=dict)
    #: Surnames (with and without particles), common words included -> initials.
    surnames: dict[tuple[str, ...], str] = field(default_factory=dict)
    #: The subset of :attr:`surnames` that may be replaced standing alone.
    alone: set[tuple[str, ...]] = field(default_factory=set)
    longest: int = 0

    def add_person(self, name: str, initials: str) -> None:
        """Learns a person's name (in every form) and the initials that replace it."""
        parts = unicodedata.normalize("NFC", name).split()
        if not parts:
            return
        start = next((k for k in range(1, len(parts)) if parts[k].casefold() in PARTICLES),
                     len(parts) - 1)
        while start > 1 and "-" in parts[start - 1]:
            start -= 1  # "Anna Jansen-de Boer": the surname is "Jansen-de Boer"
        # Also as read when a hyphen ended a line ("Jansen-\nde Boer" reads "Jansende Boer").
        for joined in {" ".join(parts), " ".join(parts).replace("-", "")}:
            cut = joined.split()
            if len(cut) != len(parts):  # a hyphen stood alone (" - "): the plain split only
                continue
            self._add_forms(tuple(words(" ".join(cut[:start]))),
                            tuple(words(" ".join(cut[start:]))), initials)

    def _add_forms(self, given: tuple[str, ...], surname: tuple[str, ...], initials: str
                   ) -> None:
        if not surname:
            return
        core = tuple(w for w in surname if w not in PARTICLES) or surname
        everything = given + surname
        if len(everything) > 1:
            self.full.setdefault(everything, initials)
        if given and len(given) + len(surname) > 1:
            self.full.setdefault((given[0], *surname), initials)
            self.full.setdefault((given[0], *core), initials)
        for key in {surname, core}:
            have = self.surnames.get(key)
            self.surnames[key] = initials if have in (None, initials) else _initials_of(key)
            if " ".join(core) not in common_words() and len("".join(core)) >= 3:
                self.alone.add(key)
        self.longest = max(self.longest, len(everything), len(surname))

    def scrub(self, text: str) -> tuple[str, ScrubCounts]:
        """Returns the text with e-mail, phone numbers and known names replaced, and counts."""
        counts = ScrubCounts()
        if not text:
            return text, counts

        def email(_m: re.Match[str]) -> str:
            counts.emails += 1
            return EMAIL_REMOVED

        def phone(_m: re.Match[str]) -> str:
            counts.phones += 1
            return PHONE_REMOVED

        text = _EMAIL.sub(email, text)
        text = _PHONE.sub(phone, text)
        if self.surnames:
            text, counts.names = self._names(text)
        return text, counts

    def _names(self, original: str) -> tuple[str, int]:
        norm, starts, ends = _normalised(original)
        tokens = [_Token(m.start(), m.end(), m.group().casefold(), m.group())
                  for m in _WORD.finditer(norm)]
        found: list[tuple[int, int, str]] = []  # (start, end) in norm, replacement
        i = 0
        while i < len(tokens):
            hit = self._match_at(norm, tokens, i)
            if hit is None:
                i += 1
                continue
            first, last, replacement = hit
            found.append((tokens[first].start, tokens[last].end, replacement))
            i = last + 1
        if not found:
            return original, 0
        out, pos = [], 0
        for start, end, replacement in found:
            out.append(original[pos:starts[start]])
            out.append(replacement)
            pos = ends[end - 1]
        out.append(original[pos:])
        return "".join(out), len(found)

    def _joined(self, norm: str, tokens: list[_Token], first: int, count: int) -> bool:
        """True when ``count`` tokens from ``first`` are one name (only spaces etc. between)."""
        for k in range(first, first + count - 1):
            gap = norm[tokens[k].end:tokens[k + 1].start]
            if not _JOIN.fullmatch(gap):
                return False
        return True

    def _lookup(self, norm: str, tokens: list[_Token], first: int,
                table: dict[tuple[str, ...], str], allowed: set | None = None
                ) -> tuple[int, str] | None:
        """Longest key of ``table`` that starts at token ``first``: (last token, initials)."""
        for count in range(min(self.longest, len(tokens) - first), 0, -1):
            key = tuple(t.key for t in tokens[first:first + count])
            if key in table and (allowed is None or key in allowed) \
                    and self._joined(norm, tokens, first, count):
                return first + count - 1, table[key]
        return None

    def _match_at(self, norm: str, tokens: list[_Token], i: int
                  ) -> tuple[int, int, str] | None:
        token = tokens[i]
        # Initials + surname: "M. Vos", "J.P. de Vries", "F.el Amrani", "M Vos".
        k = i
        while k < len(tokens) and len(tokens[k].text) == 1 and tokens[k].text.isupper() \
                and (k == i or _JOIN.fullmatch(norm[tokens[k - 1].end:tokens[k].start])):
            k += 1
            if norm[tokens[k - 1].end:tokens[k - 1].end + 1] != ".":
                break  # an initial without a full stop is the last one ("M Vos", "J.P Vos")
        if k > i and k < len(tokens) and _JOIN.fullmatch(norm[tokens[k - 1].end:tokens[k].start]):
            hit = self._lookup(norm, tokens, k, self.surnames)
            if hit is not None:
                return i, hit[0], hit[1]
        hit = self._lookup(norm, tokens, i, self.full)
        if hit is not None:
            return i, hit[0], hit[1]
        hit = self._lookup(norm, tokens, i, self.surnames, self.alone)
        if hit is not None:
            return i, hit[0], hit[1]
        # A title + surname: "mevrouw Vos" -> "mevrouw MV" (the title stays).
        if token.key in TITLES and i + 1 < len(tokens) \
                and re.fullmatch(r"\.?\s+", norm[token.end:tokens[i + 1].start]):
            hit = self._lookup(norm, tokens, i + 1, self.surnames)
            if hit is not None:
                return i + 1, hit[0], hit[1]
        return None
