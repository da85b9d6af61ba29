"""Titles, countries and investors: a number before the name, investor contacts left out, titles
with commas, academic titles, which offices give a country. (First written for ``holdout7``.)"""

from __future__ import annotations

from datetime import date

import pytest

from desktop.formats.releases import parse_release_text
from desktop.formats.releases.areas import adjective_country, strip_region_head
from desktop.formats.releases.dates import first_date
from desktop.formats.releases.entries import continues
from desktop.formats.releases.fields import clean_name, split_at_org
from desktop.formats.releases.regions import office_country

_BODY = (
    "GENEVA, 3 March 2026 – The agency said today that it was scaling up its response in the\n"
    "region, where needs have grown sharply since January.\n\n"
)


def _people(block: str) -> dict[str, object]:
    release = parse_release_text("Agency scales up its response\n\n" + _BODY + block, "t.txt")
    return {p.name: p for p in release.media_contacts}


def test_investor_contacts_are_not_media_contacts() -> None:
    people = _people(
        "Contacts\nMedia: Ana Ruiz, Director, Media Relations, +1 617 555 0143, ana@example.com\n"
        "Investors: Tom Hale, Head of Investor Relations, +1 617 555 0188, ir@example.com\n"
    )
    assert set(people) == {"Ana Ruiz"}
    assert people["Ana Ruiz"].title == "Director, Media Relations"  # type: ignore[attr-defined]


def test_a_job_title_with_a_comma_is_not_a_person() -> None:
    assert clean_name("Vice President") is None


@pytest.mark.parametrize(("title", "job"), [
    ("Middle East and North Africa Media Adviser", "Media Adviser"),
    ("West and Central Africa Communication Specialist", "Communication Specialist"),
    ("Africa Director", "Africa Director"),
])
def test_a_region_before_the_job_is_dropped(title: str, job: str) -> None:
    assert strip_region_head(title) == job


def test_a_person_named_like_a_region_word_stays_a_name() -> None:
    assert clean_name("Chad Morrison") == "Chad Morrison"


def test_academic_titles_go_and_suffixes_stay() -> None:
    assert clean_name("Lic. María Guadalupe Hernández") == "María Guadalupe Hernández"
    assert clean_name("Patrick Lumbala Jr.") == "Patrick Lumbala Jr."


@pytest.mark.parametrize("office", [
    "Norwegian Refugee Council", "Danish Refugee Council", "International Rescue Committee",
])
def test_an_organisations_own_name_gives_no_country(office: str) -> None:
    assert office_country(office) is None


def test_a_national_body_still_gives_its_country() -> None:
    assert adjective_country("Ministère malien de la Santé") == "ML"


def test_a_country_alone_is_a_place_not_an_office() -> None:
    people = _people(
        "Media contacts:\n- CARE International: Leila Haddad, Communications Manager, Yemen,\n"
        "+967 777 123 456, leila@care.org\n"
    )
    person = people["Leila Haddad"]
    assert (person.office, person.country) == ("CARE International", "YE")  # type: ignore[attr-defined]


def test_a_prose_lead_in_that_asks_to_write_is_not_an_office() -> None:
    people = _people(
        "Para más información: Ana Gil, Oficial de Prensa, PNUD Honduras, +504 9876-5432. Para "
        "entrevistas en la sede regional, escriba a\nDiego Ruiz, Especialista de Comunicación "
        "del Centro Regional del PNUD en Panamá, diego.ruiz@undp.org, +507 6612-3030.\n"
    )
    person = people["Diego Ruiz"]
    assert person.office == "Centro Regional del PNUD en Panamá"  # type: ignore[attr-defined]
    assert person.title == "Especialista de Comunicación"  # type: ignore[attr-defined]


def test_the_office_starts_at_the_noun_its_organisation_word_qualifies() -> None:
    assert split_at_org("Especialista del Centro Regional del PNUD") == (
        "Especialista", "Centro Regional del PNUD"
    )


def test_a_russian_unit_in_the_genitive_continues_on_the_next_line() -> None:
    assert continues("ассистент по связям с общественностью Представительства", "УВКБ ООН в …")
    assert not continues("Communications Officer", "UNICEF Mali")


def test_levantine_months_of_two_words_read() -> None:
    assert first_date("عمّان، 5 كانون الثاني/يناير 2026") == date(2026, 1, 5)
