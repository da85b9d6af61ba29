"""A contact's national-form numbers, with no place in their entry, read where the page points.

Press offices' pages often name no place of their own and write numbers the way their country
dials them. Such numbers are read in the country the page's other +codes, a part of a country
it names ("Scotland"), a home country it names by adjective, or a neighbour language's country
points to, only where every national number of the page is valid; a stray place that reads
them no better than the home countries decides nothing. Pages invented, modelled on layouts.
"""

from __future__ import annotations

from desktop.formats.releases import parse_release_text
from desktop.formats.releases.contacts import extract_contacts
from desktop.formats.releases.model import ExtractedPerson


def _people(text: str) -> dict[str, ExtractedPerson]:
    return {p.name: p for p in parse_release_text(text, "test").media_contacts}


def test_a_part_of_the_united_kingdom_the_page_names_reads_its_mobiles() -> None:
    text = (
        "The press office speaks for the councils of Scotland on the news of the day.\n"
        "You can reach our media officers on the mobile numbers below.\n"
        "Fiona Lindqvist (Head of Media)\n"
        "- Finance and housing\n"
        "- 07911 123456\n"
        "Callum Draper (Media Officer)\n"
        "- Transport and schools\n"
        "- 0191 498 0123\n"
    )
    people = _people(text)
    assert people["Fiona Lindqvist"].country == "GB"
    assert [p.e164 for p in people["Fiona Lindqvist"].phones] == ["+447911123456"]
    assert [p.e164 for p in people["Callum Draper"].phones] == ["+441914980123"]


def test_the_pages_other_plus_codes_read_a_colleagues_national_number() -> None:
    text = (
        "The Communications Unit answers the ministry's media requests.\n\n"
        "The Director of the Unit: Oskari Vehmas, Director of Communications, tel. 0295 550 120.\n"
        "\n"
        "Contact information\n\n"
        "Senior Advisor Helmi Saarikko\n"
        "Tel. +358 295 550 121\n"
    )
    people = _people(text)
    assert people["Oskari Vehmas"].country == "FI"
    assert [p.e164 for p in people["Oskari Vehmas"].phones] == ["+358295550120"]


def test_a_home_country_named_by_its_adjective_reads_numbers_valid_in_two() -> None:
    text = (
        "Gemeinde spendet für Menschen auf der Flucht\n\n"
        "Der Gemeinderat unterstützt das Schweizerische Rote Kreuz, das im Libanon "
        "Familien mit Nahrungsmitteln versorgt, mit einem Beitrag an die Nothilfe.\n\n"
        "Auskünfte:\n"
        "Irmgard Sennhauser, Gemeinderätin, 061 555 12 34\n"
    )
    person = _people(text)["Irmgard Sennhauser"]
    assert person.country == "CH"
    assert [p.e164 for p in person.phones] == ["+41615551234"]


def test_a_stray_place_that_reads_the_number_does_not_break_a_tie_of_home_countries() -> None:
    text = (
        "Gemeinde spendet für die Partnerstadt\n\n"
        "Der Gemeinderat unterstützt die Partnerstadt in Finnland mit einem Beitrag an die "
        "Schule.\n\n"
        "Auskünfte:\n"
        "Irmgard Sennhauser, Gemeinderätin, 061 555 12 34\n"
    )
    person = _people(text)["Irmgard Sennhauser"]
    assert person.country != "FI"
    assert [p.e164 for p in person.phones] != ["+358615551234"]


def test_numbers_only_a_neighbour_languages_country_reads_go_there() -> None:
    lines = [
        "Kommunen holder pressekonferanse i dag klokken 14 om smittesituasjonen.",
        "",
        "Kontaktpersoner:",
        "Ordfører",
        "Sigrid Hammervoll",
        "Telefon 78 55 12 34",
        "Mobil 480 55 123",
    ]
    # The page's language read as Danish: its one home country, Denmark, reads the first
    # number but not the mobile; Norway reads both.
    people, _ = extract_contacts(lines, None, ("DK",))
    person = next(p for p in people if p.name == "Sigrid Hammervoll")
    assert person.country == "NO"
    assert [p.e164 for p in person.phones] == ["+4778551234", "+4748055123"]


def test_a_contact_reached_only_by_address_takes_its_domains_home_country() -> None:
    text = (
        "Akkreditierung für das Rathaus\n\n"
        "Die Akkreditierung richtet sich an Journalistinnen und Journalisten, die regelmäßig "
        "aus dem Rathaus berichten. Bei Rückfragen wenden Sie sich an die Pressesprecherin "
        "Ulrike Brandstätter (ulrike.brandstaetter@kanzlei.example-stadt.de).\n"
    )
    assert _people(text)["Ulrike Brandstätter"].country == "DE"
