"""Regions, forms and offices: an area a job covers is no one, country adjectives, Russian jobs,
form lines, address patterns, columns, organisation lead-ins.
(First written for ``holdout5`` and ``holdout6``.)"""

from __future__ import annotations

import pytest

from desktop.formats.releases import parse_release_text
from desktop.formats.releases.addresses import read_emails
from desktop.formats.releases.areas import adjective_country, is_region, strip_region_tail
from desktop.formats.releases.columns import unfold_columns
from desktop.formats.releases.entries import Field, labelled_field, split_russian_job

_BODY = (
    "GENEVA, 3 March 2026 – The agency said today that it was scaling up its response in the\n"
    "region, where needs have grown sharply since January.\n\n"
)


def _contacts(block: str) -> dict[str, object]:
    release = parse_release_text("Agency scales up its response\n\n" + _BODY + block, "t.txt")
    return {person.name: person for person in release.media_contacts}


@pytest.mark.parametrize("text", ["Middle East", "Eastern Europe", "Great Lakes",
                                  "West and Central Africa", "América Latina y el Caribe",
                                  "Европы и Центральной Азии"])
def test_regions_are_places_not_people(text: str) -> None:
    assert is_region(text)


def test_a_person_is_not_a_region() -> None:
    assert not is_region("Al-Amin bin Rashid")
    assert strip_region_tail("Vocero Regional para las Américas") == "Vocero Regional"


@pytest.mark.parametrize(("office", "code"), [
    ("Croix-Rouge canadienne", "CA"), ("Cruz Roja Colombiana", "CO"),
    ("Tajik Red Crescent Society", "TJ"), ("Кыргызского Красного Полумесяца", "KG"),
])
def test_country_adjectives_give_the_country(office: str, code: str) -> None:
    assert adjective_country(office) == code


def test_russian_job_ends_where_the_organisation_starts_with_a_capital() -> None:
    assert split_russian_job("специалист по коммуникациям Странового офиса ВОЗ в Таджикистане") == (
        "специалист по коммуникациям", "Странового офиса ВОЗ в Таджикистане"
    )


@pytest.mark.parametrize(("line", "field"), [
    ("Nombre: Carla Quispe Mamani", Field.NAME), ("Fonction : Porte-parole", Field.TITLE),
    ("Title: Communications Analyst", Field.TITLE), ("Oficina: UNFPA Bolivia", Field.OFFICE),
])
def test_form_lines_say_which_field_they_fill(line: str, field: Field) -> None:
    found = labelled_field(line)
    assert found is not None and found[0] is field


def test_an_office_label_before_a_number_labels_the_number() -> None:
    assert labelled_field("Office: +41 22 917 1234") is None


def test_address_patterns_are_not_addresses() -> None:
    assert read_emails("firstname.lastname@fao.org") == []


def test_two_columns_are_put_back_in_order() -> None:
    lines = [
        "Contacts presse                               Le PAM est la plus grande",
        "Jean-Pierre MBEKI                             organisation humanitaire au",
        "Chargé de communication, PAM Kinshasa         monde, qui sauve des vies.",
        "jean-pierre.mbeki@wfp.org",
    ]
    out = unfold_columns(lines)
    assert out[:4] == ["Contacts presse", "Jean-Pierre MBEKI",
                       "Chargé de communication, PAM Kinshasa", "jean-pierre.mbeki@wfp.org"]


def test_organisation_lead_in_gives_the_office_and_regions_are_no_one() -> None:
    people = _contacts(
        "For interviews, please contact:\n"
        "– Action Sahel: Mamadou DIALLO, Regional Media Lead, West and Central Africa,\n"
        "+221 77 123 45 67, mamadou.diallo@actionsahel.org\n"
    )
    assert list(people) == ["Mamadou DIALLO"]
    person = people["Mamadou DIALLO"]
    assert person.office == "Action Sahel" and person.country == "SN"  # type: ignore[attr-defined]


def test_form_with_pronouns_and_wrapped_office() -> None:
    people = _contacts(
        "Media enquiries\n"
        "Name: Ms. Priya Raman (she/her)\n"
        "Title: Communications Specialist, UNICEF Regional Office for\n"
        "South Asia\n"
        "Phone: +977 980-1234567\n"
    )
    person = people["Priya Raman"]
    assert person.title == "Communications Specialist"  # type: ignore[attr-defined]
    assert person.office == "UNICEF Regional Office for South Asia"  # type: ignore[attr-defined]


def test_a_number_before_the_name_is_that_persons() -> None:
    people = _contacts(
        "MEDIA CONTACTS\n"
        "+252 61 5123456 | Dr. Hassan Abdi Farah | Communications Officer, WHO Somalia\n"
        "+20 10 0123 4567 | Ms. Rana Sidani | Communications Officer, WHO EMRO\n"
    )
    assert [p.e164 for p in people["Hassan Abdi Farah"].phones] == [  # type: ignore[attr-defined]
        "+252615123456"
    ]
