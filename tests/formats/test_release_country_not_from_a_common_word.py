"""A country name that is also an everyday word or a given name names no country.

"réunion" is a meeting in French, "того" is "of that" in Russian, "Maurice" and "Jordan" are
given names: the place is read only where the word is written as a place's proper name.
"""

from __future__ import annotations

from desktop.domain.countries import find_country_in_text
from desktop.formats.releases import parse_release_text


def test_a_meeting_is_not_reunion_island() -> None:
    assert find_country_in_text("tiendra sa cinquième réunion le jeudi à Abidjan") is None
    assert find_country_in_text("Réunion extraordinaire du conseil") is None
    assert find_country_in_text("Le bureau de Saint-Denis, à La Réunion") == "RE"


def test_a_common_word_in_another_script_or_language_is_no_country() -> None:
    assert find_country_in_text("после того как комиссия собралась") is None
    assert find_country_in_text("делегация в Того") == "TG"
    assert find_country_in_text("el equipo que gana el premio") is None


def test_a_given_name_before_a_surname_is_a_person() -> None:
    assert find_country_in_text("Maurice Delorme, chargé de communication") is None
    assert find_country_in_text("Jordan Whitfield, press officer") is None
    assert find_country_in_text("UNHCR office in Amman, Jordan") == "JO"
    assert find_country_in_text("Bureau de Port-Louis, Maurice") == "MU"


def test_a_release_about_a_meeting_takes_its_country_from_the_place_it_names() -> None:
    text = (
        "Le conseil tiendra sa réunion annuelle\n\n"
        "Le conseil d'administration tiendra sa réunion annuelle le 12 mars au centre de "
        "conférences de Dakar, au Sénégal. Au cours de cette réunion, les membres adopteront "
        "le budget.\n\n"
        "Contact presse :\n"
        "Awa Ndiaye-Fall, chargée de communication, a.ndiayefall@conseil.example.org\n"
    )
    person = next(p for p in parse_release_text(text, "test").media_contacts)
    assert person.country == "SN"
