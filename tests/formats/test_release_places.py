"""Offices named by a city, slash offices, unknown acronyms and second contacts in prose."""

from __future__ import annotations

import pytest

from desktop.formats.releases.contacts import extract_contacts
from desktop.formats.releases.fields import has_org_word, split_at_org
from desktop.formats.releases.places import city_country
from desktop.formats.releases.regions import office_country


@pytest.mark.parametrize(
    ("office", "country"),
    [
        ("Представительство УВКБ ООН в Москве", "RU"),
        ("WFP/Niamey", "NE"),
        ("PAM/Genève", "CH"),
        ("المكتب الإقليمي لبرنامج الأغذية العالمي في القاهرة", "EG"),
        ("Représentation du HCR en République démocratique du Congo", "CD"),
        ("OCHA ROWCA", None),
    ],
)
def test_office_country_reads_cities_and_long_country_names(office: str, country: str) -> None:
    assert office_country(office) == country


def test_amman_with_vowel_marks_is_jordan_not_oman() -> None:
    assert city_country("عمّان") == "JO"


def test_slash_offices_and_unknown_acronyms_are_organisations() -> None:
    assert has_org_word("WFP/Dakar")
    assert split_at_org("пресс-секретарь УКГВ в Женеве") == ("пресс-секретарь", "УКГВ в Женеве")
    assert split_at_org("المتحدثة باسم برنامج الأغذية العالمي") is None


def test_second_contact_in_a_later_sentence_gets_the_place_of_its_lead_in() -> None:
    lines = [
        "Media contacts:",
        "Ana Ruiz, Press Officer, UNICEF Peru, +51 987 654 321. For interview requests in "
        "Geneva, contact Eva Lind at eva.lind@example.org.",
    ]
    people, _ = extract_contacts(lines)
    assert [p.name for p in people] == ["Ana Ruiz", "Eva Lind"]
    assert people[1].country == "CH"


def test_national_number_is_read_in_the_city_of_the_office() -> None:
    lines = [
        "Контакты для СМИ:",
        "Анна Ким, пресс-секретарь, Бюро ООН в Москве, тел.: 8 495 232 30 11",
    ]
    people, _ = extract_contacts(lines)
    assert people[0].country == "RU"
    assert people[0].phones[0].e164 == "+74952323011"
