"""Shapes real newsrooms publish that the written corpora lacked (see ``realshapes``): German
police blocks, desk lines, blocks with no lead-in, provinces in datelines, page furniture that is
not a headline, direct-dial numbers, scraped placeholders. People and numbers are invented."""

from __future__ import annotations

from datetime import date

from desktop.formats.releases import parse_release_text
from desktop.formats.releases.language import detect_language
from desktop.formats.releases.lexicon import DESK_LINE, METADATA_LINE, WORDS, fold_keep_length

_STORY = (
    "The ministry said today that it would extend the programme to another forty towns and that "
    "the first grants would be paid before the end of the summer, after consultations with the "
    "regions concerned.\n\n"
)


def _people(text: str) -> dict[str, object]:
    return {p.name: p for p in parse_release_text(text, "t.txt").media_contacts}


def test_word_lists_are_data_files_for_seven_languages() -> None:
    assert {"en", "fr", "es", "pt", "de", "ru", "ar"} <= set(WORDS)
    assert "ruckfragen(?:\\s+bitte)?(?:\\s+an)?" in WORDS["de"]["lead_ins"]
    assert "telefon" in WORDS["de"]["phone_labels"]


def test_german_release_is_german_and_its_police_block_is_read() -> None:
    text = (
        "POL-XY: Einladung für Medienvertreter\n\nMusterstadt (ots)\n\n"
        "Die Polizei stellt am Mittwoch ihre neue Fahrradstaffel vor, die künftig in der "
        "Innenstadt unterwegs sein wird und für die Sicherheit sorgt.\n\n"
        "Rückfragen bitte an:\n\n\n\nPolizei Bremen\n\nLea Hartwig\n\n"
        "Telefon: 0421 362-14471\n\nE-Mail: pressestelle@polizei.example.de\n"
    )
    release = parse_release_text(text, "t.txt")
    assert release.language == "de"
    person = release.media_contacts[0]
    assert (person.name, person.office, person.country) == ("Lea Hartwig", "Polizei Bremen", "DE")
    assert person.phones[0].e164 == "+4942136214471"


def test_german_direct_dialling_stays_in_the_number_but_a_us_extension_does_not() -> None:
    german = _people(
        _STORY + "Bundespolizeiinspektion Kiel\nJannik Oldenburg\n"
        "Telefon: 0431 / 9805 - 1107\nE-Mail: presse@polizei.example.de\n"
    )
    assert german["Jannik Oldenburg"].phones[0].e164 == "+4943198051107"  # type: ignore[attr-defined]


def test_a_name_alone_above_its_numbers_is_a_contact_without_any_lead_in() -> None:
    people = _people(
        _STORY + "Bundespolizeiinspektion Kiel\nEckernförder Str. 7\n24116 Kiel\n"
        "Jannik Oldenburg\nTelefon: 0431 9805 1107\nE-Mail: j.oldenburg@polizei.example.de\n"
    )
    assert list(people) == ["Jannik Oldenburg"]
    assert people["Jannik Oldenburg"].office == "Bundespolizeiinspektion Kiel"  # type: ignore[attr-defined]


def test_a_desk_line_opens_a_desk_entry_not_a_person() -> None:
    people = _people(
        _STORY + "Contacts\n\nFor more information (media only), please contact:\n\n"
        "Gabriel Fontaine\nPress Secretary\nOffice of the Minister of Official Languages and "
        "Minister responsible for the Northern Agency\ngabriel.fontaine@example.gc.ca\n\n"
        "Media Relations\nCanadian Heritage\n819-994-9101\nmedia@example.gc.ca\n"
    )
    assert list(people) == ["Gabriel Fontaine"]
    person = people["Gabriel Fontaine"]
    assert person.title == "Press Secretary"  # type: ignore[attr-defined]
    assert person.office.startswith("Office of the Minister of Official")  # type: ignore[attr-defined]
    assert DESK_LINE.match("media relations") and DESK_LINE.match("relations avec les medias")


def test_a_ministers_portfolio_on_the_next_line_completes_the_office() -> None:
    people = _people(
        "Minister to announce support for clinics\n\nJune 8, 2031, OTTAWA, ON – The Minister of "
        "Health will hold a news conference to announce support for rural clinics across the "
        "country this week.\n\nMedia Inquiries\nOlivier Brassard\nPress Secretary\n"
        "Office of the Honourable Priya Lachance\nMinister of Health\n613-957-1184\n"
        "olivier.brassard@example.gc.ca\n"
    )
    person = people["Olivier Brassard"]
    assert person.office == "Office of the Honourable Priya Lachance, Minister of Health"  # type: ignore[attr-defined]
    assert person.phones[0].e164 == "+16139571184"  # type: ignore[attr-defined]


def test_datelines_keep_their_province_and_wire_codes_are_not_places() -> None:
    first = parse_release_text(
        "Title of the advisory\n\nJune 8, 2031, OTTAWA, ON – " + _STORY, "t.txt"
    )
    assert first.dateline == "Ottawa, ON"
    second = parse_release_text(
        "Title of the advisory\n\nOttawa, Ontario – May 4, 2031 – " + _STORY, "t.txt"
    )
    assert (second.dateline, second.published_on) == ("Ottawa, Ontario", date(2031, 5, 4))
    third = parse_release_text("POL-HB: Pressetermin\n\nBremen (ots)\n\n" + _STORY, "t.txt")
    assert third.dateline == "Bremen"


def test_page_furniture_is_not_a_title() -> None:
    release = parse_release_text(
        "ICRC delegate ends visit\n\n14-09-2008 News Release 08/112\n\n"
        "Geneva (ICRC) – " + _STORY, "t.txt"
    )
    assert release.title == "ICRC delegate ends visit"
    assert release.published_on == date(2008, 9, 14)
    for furniture in ("Flag of the International Committee of the Red Cross", "Avis aux médias",
                      "Zeit: 14.05.2031, 10:30 Uhr Ort: Rathaus"):
        assert METADATA_LINE.match(fold_keep_length(furniture)), furniture


def test_a_scraped_address_placeholder_makes_no_contact() -> None:
    people = _people(
        _STORY + "Saludos cordiales,\n\nDra. Mariana Ochoa Villaseñor,\nCoordinadora de Prensa\n"
        "[email protected]\n"
    )
    assert people == {}


def test_german_is_told_from_english() -> None:
    assert detect_language(
        "Die Polizei bittet um Hinweise aus der Bevölkerung und sucht Zeugen, die den Unfall "
        "beobachtet haben."
    ) == "de"


def test_a_scraped_unix_time_is_not_a_phone_and_honorifics_leave_names() -> None:
    people = _people(
        _STORY + "Media contact:\nMag. Katharina Mustermann, Pressesprecherin, Stadt Graz, "
        "Tel.: +43 316 872 2041, k.mustermann@stadt.example.at\n1711039200\n"
    )
    person = people["Katharina Mustermann"]
    assert [p.e164 for p in person.phones] == ["+433168722041"]  # type: ignore[attr-defined]
    assert person.title == "Pressesprecherin"  # type: ignore[attr-defined]
