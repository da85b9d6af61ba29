"""Single rules of the contact reader, in the shapes real releases use."""

from __future__ import annotations

import pytest

from desktop.formats.releases import Role, parse_release_text
from desktop.formats.releases.fields import clean_name, split_at_org

BODY = "Kabul – " + "The agency said that the programme will continue next year. " * 3


@pytest.mark.parametrize(("text", "name"), [
    ("Hiwot Bekele", "Hiwot Bekele"),
    ("Анна Петрова", "Анна Петрова"),
    ("ليلى حداد", "ليلى حداد"),
    ("Mr. Peter Kamau", "Peter Kamau"),
    ("or Mohamed Abdi", "Mohamed Abdi"),
    ("Communications Officer", None),
    ("IOM Ethiopia", None),
    ("Burkina Faso", None),
    ("In Nairobi", None),
])
def test_names(text: str, name: str | None) -> None:
    assert clean_name(text) == name


def test_title_and_office_joined_by_a_connector() -> None:
    assert split_at_org("Chargée de communication à l’OIM Sénégal") == (
        "Chargée de communication", "OIM Sénégal")
    assert split_at_org("Sabina Thapa at IOM Nepal") == ("Sabina Thapa", "IOM Nepal")
    assert split_at_org("Head of Office") is None


def test_nbsp_before_colons_and_obfuscated_addresses() -> None:
    text = (
        "Titre du communiqué de test\n" + BODY + "\nContacts presse\u202f:\n"
        "Awa Diallo, OIM Mali, Tél.\u00a0: +223 65 01 23 45, Courriel\u00a0: adiallo[at]iom.int\n"
    )
    [awa] = parse_release_text(text, "t.txt").media_contacts
    assert awa.country == "ML"
    assert [p.e164 for p in awa.phones] == ["+22365012345"]
    assert [e.address for e in awa.emails] == ["adiallo@iom.int"]


def test_number_the_matcher_misses_after_a_label_is_kept_flagged() -> None:
    text = "A title for this release\n" + BODY + (
        "\nFor more information, please contact Jane Roe, IOM Afghanistan, Tel: +93 70 12\n"
    )
    release = parse_release_text(text, "t.txt")
    [jane] = release.media_contacts
    [phone] = jane.phones
    assert phone.as_written == "+93 70 12" and not phone.valid
    assert release.warnings


def test_quoted_person_without_a_name_is_not_invented() -> None:
    text = "A title for this release\n" + BODY + (
        '\n"We will continue," said the Chief of Mission.\n'
        "\"It matters,\" said Amina Yusuf, IOM Programme Manager.\n"
    )
    people = parse_release_text(text, "t.txt").people
    assert [(p.name, p.role) for p in people] == [("Amina Yusuf", Role.QUOTED)]


def test_one_person_per_line_with_location_prefix() -> None:
    text = "A title for this release\n" + BODY + (
        "\nMedia contacts:\nIn Kabul: Zahra Haidari, +93 70 123 4567, zhaidari@iom.int\n"
        "À Genève : Jean Dupont, OIM, +41 78 123 45 67, jdupont@iom.int\n"
    )
    zahra, jean = parse_release_text(text, "t.txt").media_contacts
    assert (zahra.location, zahra.country) == ("Kabul", "AF")
    assert (jean.location, jean.country, jean.office) == ("Genève", "CH", "OIM")
