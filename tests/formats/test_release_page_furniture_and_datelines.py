"""Page furniture and datelines: list bullets, display names, "Follow us" above the contacts,
Canadian "Renseignements", Levantine months, state abbreviations, aggregator headers, a dateline
printed above the story. (First written for the ``holdout4`` set.)"""

from __future__ import annotations

from datetime import date

from desktop.formats.releases import parse_release_text
from desktop.formats.releases.dates import first_date

_STORY = (
    "The agency said today that more than 40,000 people had been reached with food, water and "
    "shelter in the first weeks of the response, and that funding remains short."
)


def _contacts(text: str) -> dict[str, object]:
    parsed = parse_release_text(text, "test.txt")
    return {p.name: p for p in parsed.media_contacts}


def test_any_bullet_character_may_open_a_contact_line() -> None:
    people = _contacts(
        f"Title of the release\n\nGENEVA – {_STORY}\n\nFor further information, please "
        "contact:\n▪ Aïssata Coulibaly, ICRC Bamako, Tel. +223 20 22 44 64\n"
        "► Jean Martin, ICRC Geneva, +41 22 730 3443\n"
    )
    assert set(people) == {"Aïssata Coulibaly", "Jean Martin"}


def test_a_display_name_before_the_address_is_the_same_person() -> None:
    people = _contacts(
        f"Title of the release\n\nPANAMA – {_STORY}\n\nContacto para medios:\n"
        "Lucía Fernández, especialista en comunicación, Oficina Regional de ONU Mujeres para "
        'las Américas y el Caribe (Panamá)\n"Lucía Fernández" <lucia.fernandez@unwomen.org> – '
        "Tel. +507 305 4816\n"
    )
    assert list(people) == ["Lucía Fernández"]


def test_follow_us_above_the_contacts_does_not_end_the_article() -> None:
    people = _contacts(
        f"Title of the release\n\nPORT SUDAN – {_STORY}\n\nFollow us on X via @WFP\n\n"
        "For more information please contact (email address: firstname.lastname@wfp.org):\n"
        "Ruth van der Berg, WFP/Nairobi, Mob. +254 707 722 104\n"
    )
    assert list(people) == ["Ruth van der Berg"]


def test_canadian_renseignements_heading_and_dateline_country() -> None:
    parsed = parse_release_text(
        f"Titre du communiqué\n\nMONTRÉAL, le 16 avril 2026 – {_STORY}\n\nRenseignements :\n"
        "Geneviève Tremblay\nConseillère en communication\nCroix-Rouge canadienne\n"
        "514 861-1234, poste 123\n", "test.txt",
    )
    (person,) = parsed.media_contacts
    assert person.office == "Croix-Rouge canadienne"
    assert person.country == "CA"
    assert [p.e164 for p in person.phones] == ["+15148611234"]


def test_levantine_arabic_months_read() -> None:
    assert first_date("عمّان، 15 شباط/فبراير 2026 – أعلنت") == date(2026, 2, 15)


def test_dateline_keeps_a_state_abbreviation() -> None:
    parsed = parse_release_text(
        f"Title of the release\n\nWashington, D.C., 4 February 2026 – {_STORY}\n", "test.txt"
    )
    assert parsed.dateline == "Washington, D.C."


def test_aggregator_header_gives_the_original_date_and_not_its_labels_as_title() -> None:
    parsed = parse_release_text(
        "Sudan: WFP reaches one million people\n\nFormat\nNews and Press Release\nSource\nWFP\n"
        "Posted\n12 Mar 2026\nOriginally published\n11 Mar 2026\nOrigin\nView original\n\n"
        f"Attachments\nDownload PDF (312.84 KB)\n\nPORT SUDAN – {_STORY}\n", "test.txt",
    )
    assert parsed.title == "Sudan: WFP reaches one million people"
    assert parsed.published_on == date(2026, 3, 11)


def test_a_dateline_printed_above_the_story() -> None:
    parsed = parse_release_text(
        f"Title of the release\nБишкек, 27 января 2026 г.\n{_STORY}\n", "test.txt"
    )
    assert parsed.dateline == "Бишкек"
