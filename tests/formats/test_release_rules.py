"""Rules added after the blind set: each states how releases are written, tested alone."""

from __future__ import annotations

import pytest

from desktop.formats.releases import parse_release_text
from desktop.formats.releases.addresses import read_phones
from desktop.formats.releases.fields import (
    clean_name,
    split_office_title,
    split_trailing_name,
)
from desktop.formats.releases.regions import office_country


@pytest.mark.parametrize("text", ["MSF Genève", "CICR Colombia", "МККК Москва",
                                  "Route des Almadies", "Av. Francisco de Miranda"])
def test_organisation_acronyms_and_streets_are_not_names(text: str) -> None:
    assert clean_name(text) is None


def test_names_with_a_surname_in_capitals_still_read() -> None:
    assert clean_name("Aïssatou SY") == "Aïssatou SY"


def test_organisation_then_job_then_name_in_prose() -> None:
    assert split_trailing_name("IOM South Sudan spokesperson Jane Akol") == (
        "IOM South Sudan spokesperson", "Jane Akol")
    assert split_trailing_name("UNICEF New York") is None
    assert split_office_title("IOM South Sudan spokesperson") == ("IOM South Sudan", "spokesperson")
    assert split_office_title("IOM Media and Communications") is None


def test_double_zero_is_the_international_prefix_whatever_the_office() -> None:
    (phone,) = read_phones("00 1 212 297 4992", "HT")
    assert phone.e164 == "+12122974992"
    assert phone.as_written == "00 1 212 297 4992"


@pytest.mark.parametrize(("office", "code"), [
    ("УВКБ ООН в Кыргызстане", "KG"), ("делегация МККК в Украине", "UA"), ("MSF RDC", "CD"),
])
def test_office_country_reads_declensions_and_usual_abbreviations(office: str, code: str) -> None:
    assert office_country(office) == code


def test_a_press_line_after_the_contact_is_not_the_contacts_number() -> None:
    text = (
        "Title of the release\n\nLONDON, 2 July 2025 – Teams admitted more children to the "
        "feeding centre this month than in any month before.\n\n"
        "For more information or to arrange interviews, contact Laura Martinez (MSF UK Press "
        "Officer) at +44 7831 650 410 or laura.martinez@london.msf.org. Out of hours, call the "
        "press line on +44 7831 650 409.\n"
    )
    (person,) = parse_release_text(text, "x.txt").media_contacts
    assert (person.name, person.office, person.title) == ("Laura Martinez", "MSF UK",
                                                           "Press Officer")
    assert [p.e164 for p in person.phones] == ["+447831650410"]
