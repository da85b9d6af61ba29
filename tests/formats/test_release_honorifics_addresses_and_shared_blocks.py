"""Shapes seen on real releases from cabinets, charities and NGOs: feminine Austrian honorifics,
a block's postal address between the job and the numbers, people listed in one paragraph, a
"Name number" line under a heading, two people sharing one block's details. People, numbers
and addresses are invented; the layouts are those of real releases."""

from __future__ import annotations

from desktop.formats.releases import parse_release_text
from desktop.formats.releases.model import ExtractedPerson

_GERMAN_STORY = (
    "Die Stiftung lädt zur Pressekonferenz ein. Im vergangenen Jahr wurden mehr als "
    "zweitausend Familien in der Region begleitet, und die Nachfrage steigt weiter.\n\n"
)


def _people(text: str, name: str = "t.txt") -> dict[str, ExtractedPerson]:
    return {p.name: p for p in parse_release_text(text, name).media_contacts}


def test_feminine_austrian_honorifics_are_not_part_of_the_name() -> None:
    people = _people(
        "Hilfe im Winter\n\n" + _GERMAN_STORY + "Rückfragen bitte an:\nMag.a Lena Osterried\n"
        "Öffentlichkeitsarbeit\nTel.: +43 512 555 01 20\n\n"
        "Dr.in Romana Kessler\nTel.: +43 512 555 01 21\n"
    )
    assert list(people) == ["Lena Osterried", "Romana Kessler"]


def test_a_blocks_postal_address_is_neither_office_nor_phone_number() -> None:
    people = _people(
        "Hilfe im Winter\n\n" + _GERMAN_STORY + "Rückfragen bitte an:\nMag.a Lena Osterried\n"
        "Öffentlichkeitsarbeit und Kommunikation\nAmpferstraße 16\n6020 Innsbruck\n"
        "Tel.: 0 512 5550 31\nl.osterried(at)example.at\n"
    )
    assert list(people) == ["Lena Osterried"]
    person = people["Lena Osterried"]
    assert person.office is None
    assert [p.e164 for p in person.phones] == ["+43512555031"]
    assert [e.address for e in person.emails] == ["l.osterried@example.at"]


_US_STORY = (
    "PORTVILLE, Conn. (Mar. 4, 2031) — Thousands of families will receive school kits this "
    "spring under a new partnership announced today, the charity said.\n\n"
    "The programme reaches children in forty counties and will grow next year.\n"
)


def test_name_and_number_lines_under_a_media_contact_heading_are_contacts_not_the_title() -> (
    None
):
    release = parse_release_text(
        "2031 Press Releases\n\nMedia Contact\nMarla Quentin 203.555.0718\n"
        "Owen Strickland 202.555.6647 (O), 202.555.6610 (M)\n\n" + _US_STORY,
        "t.txt",
    )
    people = {p.name: p for p in release.media_contacts}
    assert list(people) == ["Marla Quentin", "Owen Strickland"]
    assert [p.e164 for p in people["Marla Quentin"].phones] == ["+12035550718"]
    assert [p.e164 for p in people["Owen Strickland"].phones] == ["+12025556647", "+12025556610"]
    assert release.title == ""


def test_a_site_banner_naming_the_news_section_is_not_the_title() -> None:
    release = parse_release_text(
        "Helping Hands International - latest news\n\nMedia Contact\nMarla Quentin "
        "202.555.9153\n\n" + _US_STORY,
        "t.txt",
    )
    assert release.title == ""
    assert [p.name for p in release.media_contacts] == ["Marla Quentin"]


_CABINET_STORY = (
    "Der Regierungsrat hat heute die Vorlage zur Neuordnung der Schulwege verabschiedet. Die "
    "übrigen Vorlagen wurden vorbehaltlos validiert und treten am ersten Mai in Kraft.\n\n"
)


def test_several_people_run_together_in_one_line_are_each_a_contact() -> None:
    people = _people(
        "Neue Schulwege\n\n" + _CABINET_STORY + "Weitere Auskünfte\n\n"
        "Dr. Lukas Amsler Tel. 061 555 85 41 Vorsteher Finanzdepartement "
        "Dr. Beat Imhof Tel. 061 555 85 60 Staatsschreiber\n"
    )
    assert list(people) == ["Lukas Amsler", "Beat Imhof"]
    assert people["Beat Imhof"].title == "Staatsschreiber"
    assert [p.as_written for p in people["Lukas Amsler"].phones] == ["061 555 85 41"]
    assert [p.as_written for p in people["Beat Imhof"].phones] == ["061 555 85 60"]


def test_a_bracketed_auskunft_inside_a_list_item_gives_its_contact() -> None:
    people = _people(
        "Weitere Mitteilungen\n\nDer Regierungsrat hat ausserdem\n\n"
        "  • die Ordnung für die Ausbildung von Lehrkräften angepasst, rückwirkend auf den "
        "Beginn des Studienjahres (Auskunft: Nora Vettiger, Leiterin Wahlen und Abstimmungen, "
        "Polizei- und Militärdepartement, Tel. 061 555 70 47).\n"
        "  • einen Beitrag an die Winterhilfe gesprochen (Auskunft: Jonas Kübli, "
        "Finanzdepartement, Tel. 061 555 95 60).\n"
    )
    assert list(people) == ["Nora Vettiger", "Jonas Kübli"]
    assert people["Jonas Kübli"].office == "Finanzdepartement"


_EN_STORY = (
    "The commission closed its annual session today, adopting a joint declaration on water "
    "and jobs after three days of talks among the member states.\n\n"
)


def test_a_line_ending_on_an_empty_email_label_does_not_swallow_the_next_person() -> None:
    people = _people(
        "Commission closes its annual session\n\n" + _EN_STORY + "For more information:\n"
        "Karim Saad, Head, Communication Unit\n+961-70-555-144; email:\n"
        "Ms Lina Haddad : +961-70-555-879; email:\nMr Fadi Nassar: +961-70-555-021\n"
        "arrow-up icon\n"
    )
    assert list(people) == ["Karim Saad", "Lina Haddad", "Fadi Nassar"]
    assert [p.e164 for p in people["Karim Saad"].phones] == ["+96170555144"]
    assert [p.e164 for p in people["Fadi Nassar"].phones] == ["+96170555021"]


def test_two_people_joined_by_german_oder_keep_their_own_details() -> None:
    people = _people(
        "Presseeinladung: Stiftung zieht Bilanz\n\n" + _GERMAN_STORY
        + "Um kurze Anmeldung wird gebeten bei:\nLea Brandner, l.brandner@example.de, Tel. "
        "030 55504 157 oder Dr. Tim Ostwald, t.ostwald@example.de, Tel. 0162 5550029\n"
    )
    assert list(people) == ["Lea Brandner", "Tim Ostwald"]
    assert [e.address for e in people["Lea Brandner"].emails] == ["l.brandner@example.de"]
    assert [e.address for e in people["Tim Ostwald"].emails] == ["t.ostwald@example.de"]
    assert [p.as_written for p in people["Tim Ostwald"].phones] == ["0162 5550029"]


def test_a_block_written_one_field_a_paragraph_without_a_lead_in_is_found() -> None:
    people = _people(
        "Minister to announce support for the fishing industry\n\n"
        "Harbourville (Quebec) – The Honourable Jane Doucette will make an announcement to "
        "support the region's fishing industry and its workers this week.\n\n"
        "Date: Thursday, November 18, 2031\n\nTime: 2:30 p.m.\n\nLocation: Harbour Centre\n\n"
        "Note: Media planning to attend must register with the organisers.\n\n"
        "The announcement will also be broadcast live.\n\n"
        "Mireille Thibodeau\n\nPress Secretary\n\n"
        "Office of the Minister of Fisheries, Oceans and the Canadian Coast Guard\n\n"
        "343-555-9193\n\nMireille.Thibodeau@example.gc.ca\n\nMedia Relations\n\n"
        "Fisheries and Oceans Canada\n\n418-555-5474\n"
    )
    assert list(people) == ["Mireille Thibodeau"]
    person = people["Mireille Thibodeau"]
    assert person.title == "Press Secretary"
    assert person.office == (
        "Office of the Minister of Fisheries, Oceans and the Canadian Coast Guard"
    )
    assert [p.e164 for p in person.phones] == ["+13435559193"]


def test_a_german_national_number_valid_only_in_germany_is_read_there() -> None:
    people = _people(
        "Spendenaufruf für den Winter\n\n" + _GERMAN_STORY + "Kontakt:\nJan Wellmer\n"
        "Tel.: 030 555331044\nMobil: 0177 5551387\n"
    )
    person = people["Jan Wellmer"]
    assert person.country == "DE"
    assert [p.e164 for p in person.phones] == ["+4930555331044", "+491775551387"]


def test_a_german_national_number_valid_in_two_german_speaking_countries_stays_as_written() -> (
    None
):
    people = _people(
        "Spendenaufruf für den Winter\n\n" + _GERMAN_STORY + "Kontakt:\nJan Wellmer\n"
        "Tel.: 0361 5575021\n"
    )
    person = people["Jan Wellmer"]
    assert person.country is None
    assert [p.valid for p in person.phones] == [False]


def test_bracketed_and_state_datelines_are_read() -> None:
    bracketed = parse_release_text(
        "Mayor to hold a media availability\n\n(Washington, DC) – Today, on Tuesday at 1 pm, "
        "the Mayor and members of her administration will hold a media availability to "
        "discuss the budget.\n",
        "t.txt",
    )
    assert bracketed.dateline == "Washington, DC"
    stuck = parse_release_text(
        "Sheriff's office to be assessed\n\nPortville, MD- A team of assessors is scheduled to "
        "arrive on Tuesday to examine all aspects of the office's policies and procedures.\n",
        "t.txt",
    )
    assert stuck.dateline == "Portville, MD"


def test_an_event_time_label_is_never_the_dateline() -> None:
    release = parse_release_text(
        "Neue Kampagne startet\n\nZeit: Donnerstag, 3. Oktober 2031, 9.30 Uhr\n"
        "Ort: Café Central, Saal 2\n\nDie Organisation stellt ihre neue Kampagne vor und lädt "
        "alle Medienvertreterinnen und Medienvertreter herzlich zur Pressekonferenz ein.\n",
        "t.txt",
    )
    assert release.dateline != "Zeit: Donnerstag"


def test_a_wire_dateline_and_template_code_are_not_part_of_the_title() -> None:
    wire = parse_release_text(
        "Wien (OTS) - Verein startet neue Kampagne für saubere Flüsse\n\n"
        "Der Verein stellt am Donnerstag seine neue Kampagne vor und lädt alle Medien herzlich "
        "zur Pressekonferenz in den Presseclub ein.\n",
        "t.txt",
    )
    assert wire.title == "Verein startet neue Kampagne für saubere Flüsse"
    assert wire.dateline == "Wien"
    code = parse_release_text(
        "/* hide all tabs print render($tabs); */ ?>Media Advisory: Minister to Speak at "
        "Energy Conference\n\nThe Honourable Jane Doe, Minister of Energy, will speak at the "
        "annual energy conference on Tuesday about the province's plans for the coming year.\n",
        "t.txt",
    )
    assert code.title == "Media Advisory: Minister to Speak at Energy Conference"


def test_two_people_named_under_a_press_office_line_are_both_contacts() -> None:
    people = _people(
        "POL-XYZ: Plakate an Autobahnbrücke festgestellt\n\n" + _GERMAN_STORY
        + "Rückfragen zu den Bürozeiten:\nPolizeipräsidium Nordstadt\nPressestelle\n"
        "Lina Hartwig, Tobias Brenner\nTelefon: 038208 555 2040/ -2041\n"
        "E-Mail: pressestelle@polizei.example.de\n"
    )
    assert list(people) == ["Lina Hartwig", "Tobias Brenner"]
    for person in people.values():
        assert person.office is None or "Lina" not in person.office
        assert [p.e164 for p in person.phones] == ["+49382085552040", "+49382085552041"]


def test_contacts_under_a_newswire_source_line_after_follow_us_links_are_found() -> None:
    people = _people(
        "Minister to comment on survey findings\n\n"
        "OTTAWA, ON, Aug. 2, 2031 /CNW/ - The Minister will be available to comment on the "
        "recent findings of the survey and the measures that follow.\n"
        "Media are invited to attend in person or to call in.\n"
        "Follow us on Twitter! www.example.com/agency\n"
        "SOURCE Transport and Marine Canada\n"
        "Media Relations, Transport and Marine Canada, 613-555-7537, media@example.gc.ca; "
        "Laura Penn, Press Secretary, Office of the Minister, Transport and Marine Canada, "
        "613-555-3474, laura.penn@example.gc.ca\nShare this article\n"
    )
    assert list(people) == ["Laura Penn"]
    assert [p.e164 for p in people["Laura Penn"].phones] == ["+16135553474"]


def test_an_agency_answering_care_of_a_registered_association_gives_its_contact() -> None:
    people = _people(
        "Spendenaufruf\n\n" + _GERMAN_STORY + "Kontakt\nPressestelle Hilfswerk Seestadt e.V.\n"
        "c/o Die Textwerkstatt, Henrik Voss, Tel.: 07531 555 8943,\npresse@example.de\n"
    )
    assert list(people) == ["Henrik Voss"]
    person = people["Henrik Voss"]
    assert person.office == "Die Textwerkstatt"
    assert [p.e164 for p in person.phones] == ["+4975315558943"]
    assert [e.address for e in person.emails] == ["presse@example.de"]


def test_a_block_right_after_a_one_paragraph_advisory_is_found_without_lead_in() -> None:
    people = _people(
        "AVISO: Aktion warnt vor neuen Bohrprojekten\n"
        "Organisation stellt einen Bohrturm am Stadtplatz auf\n"
        "Anlässlich der Hauptversammlung am kommenden Dienstag errichten Aktivistinnen und "
        "Aktivisten am Stadtplatz einen sechs Meter hohen Modell-Bohrturm, um vor den Folgen "
        "neuer Bohrprojekte zu warnen. Fotografinnen und Fotografen sind herzlich eingeladen, "
        "die Aktion ab acht Uhr zu begleiten und mit den Verantwortlichen zu sprechen.\n"
        "Nora Kessel\nPressesprecherin\nUmweltverein in Österreich\n"
        "Tel.: + 43 (0) 664 55 26 725\nE-Mail: nora.kessel@example.org\n"
        "OTS-ORIGINALTEXT PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG "
        "DES AUSSENDERS.\n"
    )
    assert list(people) == ["Nora Kessel"]
    assert [p.e164 for p in people["Nora Kessel"].phones] == ["+436645526725"]


def test_a_headline_printed_twice_wins_over_the_sub_headline_under_it() -> None:
    release = parse_release_text(
        "AVISO: Aktion warnt vor neuen Bohrprojekten\n"
        "AVISO: Aktion warnt vor neuen Bohrprojekten\n"
        "Organisation stellt einen Bohrturm am Stadtplatz auf und fordert den Stopp\n"
        "Anlässlich der Hauptversammlung am kommenden Dienstag errichten Aktivistinnen und "
        "Aktivisten am Stadtplatz einen sechs Meter hohen Modell-Bohrturm, um vor den Folgen "
        "neuer Bohrprojekte zu warnen.\n",
        "t.txt",
    )
    assert release.title == "AVISO: Aktion warnt vor neuen Bohrprojekten"
