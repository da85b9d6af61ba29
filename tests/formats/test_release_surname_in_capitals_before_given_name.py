"""A register's surname in capitals before a known given name is a person's name, while an
organisation's acronym before a place is not ("POPESCU Elena" vs "MSF Genève")."""

from __future__ import annotations

from desktop.formats.releases.fields import clean_name


def test_a_surname_in_capitals_before_a_given_name_is_a_name() -> None:
    assert clean_name("MUREȘAN Elena") == "MUREȘAN Elena"


def test_an_acronym_before_a_place_is_still_no_name() -> None:
    assert clean_name("MSF Genève") is None
    assert clean_name("CICR Colombia") is None
