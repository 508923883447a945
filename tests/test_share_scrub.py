"""Scrubbing free text for an initials copy: every form of a known name, e-mail, phone."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zvdesk.models.core.sharing.scrub import (
    EMAIL_REMOVED,
    PHONE_REMOVED,
    Scrubber,
    is_organisation_name,
)


@pytest.fixture
def scrubber() -> Scrubber:
    s = Scrubber()
    s.add_person("Marieke Vos", "MV")
    s.add_person("Jan Pieter de Vries", "JPdV")
    s.add_person("Fatima el Amrani", "FeA")
    s.add_person("Anna Jansen-de Boer", "AJdB")
    s.add_person(unicodedata.normalize("NFD", "Renée Ménière"), "RM")
    return s


@pytest.mark.parametrize(("text", "expected"), [
    ("Marieke Vos belt.", "MV belt."),
    ("MARIEKE VOS en marieke vos", "MV en MV"),
    ("Marieke\nVos", "MV"),  # broken over a line
    ("Jan de Vries komt", "JPdV komt"),  # first name + surname
    ("zegt De Vries; Vries ook", "zegt JPdV; JPdV ook"),  # surname alone, not a common word
    ("J.P. de Vries en J. de Vries", "JPdV en JPdV"),  # initials + surname
    ("M. Vos en mevrouw Vos", "MV en mevrouw MV"),  # a common-word surname with initials/title
    ("M Vos, J.P de Vries", "MV, JPdV"),  # initials without a full stop
    ("F. el Amrani, Amrani", "FeA, FeA"),
    ("Jansen-de Boer en Jansen-\nde Boer", "AJdB en AJdB"),  # hyphenated at a line end
    (unicodedata.normalize("NFC", "Renée Ménière"), "RM"),  # stored NFD, written NFC
    (unicodedata.normalize("NFD", "Ménière"), "RM"),
    ("Mé\u00adnière", "RM"),  # a soft hyphen
    ("Mé\u00ad\r\nnière", "RM"),  # a soft hyphen at a line end
])
def test_every_form_of_a_known_name_becomes_initials(scrubber: Scrubber, text: str,
                                                     expected: str) -> None:
    assert scrubber.scrub(text)[0] == expected


@pytest.mark.parametrize("text", [
    "de vos en de bakker",  # a surname that is a common word stays when it stands alone
    "Vosseveld en Vriesland",  # a name inside another word
    "Marieke, Vos",  # not one name
    "Bij de Vos, zie bijlage A. Over vos.",  # a single capital before a common word
    "datum 06-12-2026, bedrag 12345678901, 0,5 fte",  # not phone numbers
])
def test_what_is_not_a_mention_stays(scrubber: Scrubber, text: str) -> None:
    assert scrubber.scrub(text)[0] == text


@pytest.mark.parametrize("number", [
    "06-12345678", "06 1234 5678", "0612345678", "06 12 34 56 78", "+31 6 12345678",
    "+31 (0)6-1234 5678", "0031612345678", "020-1234567", "(020) 123 45 67", "0299 123456",
    "+31 20 123 4567", "075-6123456",
])
def test_dutch_phone_numbers_are_removed(scrubber: Scrubber, number: str) -> None:
    text, counts = scrubber.scrub(f"Bel {number} morgen.")
    assert text == f"Bel {PHONE_REMOVED} morgen." and counts.phones == 1


def test_e_mail_addresses_are_removed_and_counted(scrubber: Scrubber) -> None:
    text, counts = scrubber.scrub("Mail marieke.vos@zaanstad.nl of m_vos+z@ggd-zw.example.org.")
    assert text == f"Mail {EMAIL_REMOVED} of {EMAIL_REMOVED}."
    assert (counts.emails, counts.names) == (2, 0)


def test_two_people_with_one_surname_share_neutral_initials() -> None:
    s = Scrubber()
    s.add_person("Jan de Vries", "JdV")
    s.add_person("Piet de Vries", "PdV")
    assert s.scrub("Jan de Vries, Piet de Vries en De Vries")[0] == "JdV, PdV en dV"


@pytest.mark.parametrize(("name", "organisation"), [
    ("Wijkteam Krommenie", True), ("GGD", True), ("Stichting Wijkkracht", True),
    ("Cliëntenraad GGZ (ervaringsdeskundigen)", True), ("Buurtkring Oost", True),
    ("Willem Kok", False), ("Jan de Raad", False), ("WILLEM KOK", False),
])
def test_organisation_names_are_told_from_people(name: str, organisation: bool) -> None:
    assert is_organisation_name(name, {"buurtkring oost"}) is organisation


word = st.text(alphabet="bcdfghjklmnpqrstvwxz", min_size=4, max_size=9).map(str.capitalize)
gap = st.sampled_from([" ", "\n", "  ", "\u00a0", " \r\n"])


@settings(max_examples=200, deadline=None)
@given(first=word, last=word, particle=st.sampled_from(["", "van ", "de ", "van der "]),
       sep=gap, case=st.sampled_from([str, str.upper, str.lower]),
       form=st.sampled_from(["full", "first+last", "initial", "surname", "hyphenated"]))
def test_any_mention_of_a_known_person_is_gone(first: str, last: str, particle: str,
                                               sep: str, case, form: str) -> None:  # noqa: ANN001
    s = Scrubber()
    s.add_person(f"{first} {particle}{last}", "XY")
    surname = f"{particle}{last}".replace(" ", sep)
    mention = {"full": f"{first}{sep}{surname}", "first+last": f"{first}{sep}{last}",
               "initial": f"{first[0]}.{sep}{surname}", "surname": surname,
               "hyphenated": f"{first} {particle}{last[:2]}-\n{last[2:]}"}[form]
    if form == "initial":
        mention = first[0].upper() + mention[1:]
    else:
        mention = case(mention)
    out, counts = s.scrub(f"Overleg met {mention}, daarna verder.")
    assert last.casefold() not in out.casefold() and counts.names == 1, out
