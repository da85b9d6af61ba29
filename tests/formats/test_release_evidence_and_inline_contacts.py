"""Contacts found from their evidence wherever real pages put them: a vertical block whose
every field stands between blank lines, a person a sentence sends the press to, comma runs,
pipes, "Org / Name", numbers read in the country the page gives. People and numbers are
invented; the layouts are those of real releases."""

from __future__ import annotations

from desktop.formats.releases import parse_release_text
from desktop.formats.releases.model import ExtractedPerson

_STORY = (
    "The ministry said today that it would extend the programme to another forty towns and that "
    "the first grants would be paid before the end of the summer, after consultations with the "
    "regions concerned.\n\n"
)


def _people(text: str) -> dict[str, ExtractedPerson]:
    return {p.name: p for p in parse_release_text(text, "t.txt").media_contacts}


def test_blank_lines_between_one_persons_fields_do_not_cut_off_their_last_number() -> None:
    people = _people(
        _STORY + "Media Inquiries\nSophie Archambault\n\n\nPress Secretary\n\n\n"
        "Office of the Honourable Paul Leblanc\n\n\nMinister of Rural Affairs\n\n\n"
        "613-555-0148\n\nSophie.Archambault@example.gc.ca\n\nDerek Whitlow\n\n\n"
        "Press Secretary\n\n\nOffice of the Honourable Ana Ruiz\n\n\nMinister of Transport\n\n"
        "Derek.Whitlow@example.gc.ca\n\n\n343-555-0172  \n"
    )
    assert list(people) == ["Sophie Archambault", "Derek Whitlow"]
    first, second = people["Sophie Archambault"], people["Derek Whitlow"]
    assert [e.address for e in first.emails] == ["sophie.archambault@example.gc.ca"]
    assert [p.e164 for p in first.phones] == ["+16135550148"]
    assert [p.e164 for p in second.phones] == ["+13435550172"]
    assert [e.address for e in second.emails] == ["derek.whitlow@example.gc.ca"]


def test_a_person_a_sentence_sends_journalists_to_is_a_contact() -> None:
    people = _people(
        _STORY + "Les journalistes qui souhaitent assister à l'annonce doivent s'inscrire auprès "
        "de M. Loïc Berthiaume à loic.berthiaume@example.gouv.qc.ca, avant 10 h le jeudi 4 "
        "mars 2031. Seuls ceux qui auront reçu une confirmation pourront y assister.\n"
    )
    assert list(people) == ["Loïc Berthiaume"]
    assert [e.address for e in people["Loïc Berthiaume"].emails] == [
        "loic.berthiaume@example.gouv.qc.ca"
    ]


def test_a_name_in_a_sentence_without_a_number_beside_it_is_not_a_contact() -> None:
    people = _people(
        _STORY + "Les journalistes doivent s'inscrire auprès de M. Loïc Berthiaume, qui "
        "confirmera les places disponibles. Renseignements généraux : info@example.gouv.qc.ca\n"
    )
    assert "Loïc Berthiaume" not in people


def test_national_numbers_are_read_in_the_country_the_dateline_gives() -> None:
    quebec = parse_release_text(
        "Inauguration d'un CPE\n\nMACAMIC, QC, le 10 oct. 2031 /CNW/ - La ministre de la "
        "Famille invite les médias à une conférence de presse pour l'inauguration du CPE.\n\n"
        "SOURCE Cabinet de la ministre de la Famille\n\n"
        "Source : Bénédicte Morin, Directrice des communications, Cabinet de la ministre de la "
        "Famille, 514 555-7100\n", "t.txt").media_contacts[0]
    assert (quebec.country, quebec.phones[0].e164) == ("CA", "+15145557100")
    assert quebec.office is not None and not quebec.office.startswith("SOURCE")
    vienna = parse_release_text(
        "Stadion wieder eröffnet\n\nWien, (OTS) Mit der Europameisterschaft wurde das "
        "renovierte Stadion wieder eröffnet und der Stadt übergeben.\n\n"
        "Rückfragen & Kontakt:\n\nHannes Berger\nTel.: 98 100/319\n", "t.txt").media_contacts[0]
    assert (vienna.name, vienna.country) == ("Hannes Berger", "AT")  # kept as written, in AT


def test_a_north_american_number_without_plus_one_is_read_by_its_area_code() -> None:
    people = _people(
        "Minister to Address Destination Labrador\n\nThe Minister will speak at the opening of "
        "the annual general meeting on Wednesday at the interpretation centre in town.\n\n"
        "Media contact:\nDonald Pike\nDirector of Communications\nLabrador Affairs\n"
        "709-555-3015, 555-3577\n\n2031 04 03          9:45 a.m.\n"
    )
    assert list(people) == ["Donald Pike"]  # "Labrador Affairs" is his office, not a person
    person = people["Donald Pike"]
    assert (person.office, person.country) == ("Labrador Affairs", "CA")
    assert person.phones[0].e164 == "+17095553015"


def test_a_newswires_contact_line_between_headline_and_story_gives_every_person() -> None:
    release = parse_release_text(
        "Newswire banner\n\nRed Cross Expands Surgical Support in Flood-Hit Districts\n\n"
        "Contact: Rui Langa, ICRC Mozambique, +258 21 555 123, +258 82 555 1234; Helena Strand, "
        "ICRC Nairobi, +254 20 555 3963; Olivier Mercier, ICRC Geneva, +41 22 555 2063; all "
        "with the\n\nInternational Committee of the Red Cross\n\n \n\nGENEVA, May 8 /Newswire/ "
        "-- The International Committee of the Red Cross (ICRC) is extending its surgical "
        "support to three districts hit by the floods.\n", "t.txt")
    assert [p.name for p in release.media_contacts] == [
        "Rui Langa", "Helena Strand", "Olivier Mercier"]
    assert release.title == "Red Cross Expands Surgical Support in Flood-Hit Districts"


def test_city_lead_ins_after_an_interviews_or_information_lead_in() -> None:
    people = _people(
        _STORY + "For interviews or more information, please contact:\n\n"
        "In Geneva: Anke Maes, +41 79 555 77 50, anke.maes@example.org\n\n"
        "In London: Rita Sousa, +44 7700 900 056, rita.sousa@example.org\n\nAbout us:\n"
    )
    assert {name: p.country for name, p in people.items()} == {"Anke Maes": "CH",
                                                                "Rita Sousa": "GB"}


def test_an_austrian_ots_block_two_line_office_job_line_and_wire_footer() -> None:
    release = parse_release_text(
        "Ministerium dementiert Bericht\n\nWien (OTS) - Die Staatssekretärin dementiert die "
        "im heutigen Magazin getätigte Aussage zur Besetzung der Geschäftsführung.\n\n"
        "Rückfragen & Kontakt:\n\nDr. Marlene Aigner\n"
        "Bundesministerium für Verkehr und Infrastruktur\nStaatssekretariat für Schienenverkehr\n"
        "Tel.: (01) 711 00 - 23 75\n\n"
        "OTS-ORIGINALTEXT PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG "
        "DES AUSSENDERS | MVI/OTS\n", "t.txt")
    [person] = release.media_contacts
    assert person.office == ("Bundesministerium für Verkehr und Infrastruktur, "
                             "Staatssekretariat für Schienenverkehr")
    assert (person.country, person.phones[0].e164) == ("AT", "+431711002375")


def test_a_job_line_under_the_name_is_the_title_and_url_lines_are_not_the_office() -> None:
    release = parse_release_text(
        "Alpenland Tourismus zu Berichten über die Vergabe\n\nWien (TP/OTS) - Nach dem "
        "Vergabegesetz war die Sommerkampagne auszuschreiben, alle Agenturen konnten sich "
        "bewerben.\n\nRückfragen & Kontakt:\n\nAlpenland Tourismus\nMag. Verena Hochrainer\n"
        "Public Relations\nTel.: 01/555 66-299\nverena.hochrainer@example.at\n"
        "B2C: http://www.alpenland.example.at\nB2B: http://www.partner.example.at*** "
        "TP-ORIGINALTEXT PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER\nINHALTLICHER VERANTWORTUNG "
        "DES AUSSENDERS ***\n", "t.txt")
    [person] = release.media_contacts
    assert (person.name, person.title) == ("Verena Hochrainer", "Public Relations")
    assert person.office is None or not person.office.startswith("B2")


def test_an_advisory_that_opens_with_its_contact_above_the_headline() -> None:
    release = parse_release_text(
        "MEDIA ADVISORY\n\nMedia contact: Jordan Pike, Communications Officer, 709-555-3015, "
        "jordan.pike@example.gov.nl.ca\n\nMinister to Open New Ferry Terminal\n\n"
        "ST. JOHN'S, NL – The Minister of Transportation will open the new ferry terminal on "
        "Friday, with local mayors and the harbour authority in attendance.\n", "t.txt")
    assert release.title == "Minister to Open New Ferry Terminal"
    [person] = release.media_contacts
    assert (person.name, person.country, person.phones[0].e164) == (
        "Jordan Pike", "CA", "+17095553015")


def test_a_vertical_blocks_unit_line_is_the_office_and_a_date_stamp_is_no_number() -> None:
    people = _people(
        _STORY + "Media contact:\nCarla Whelan\nDirector of Communications\n"
        "Fisheries and Land Resources\n709-555-3733, 555-4182\n\n"
        "2031 05 14                                                     10:20 a.m.\n"
    )
    person = people["Carla Whelan"]
    assert (person.title, person.office) == ("Director of Communications",
                                             "Fisheries and Land Resources")
    assert [p.e164 for p in person.phones if p.valid] == ["+17095553733"]
    assert len(person.phones) == 2  # the 7-digit local number kept as written, no date


def test_an_organisation_named_with_a_german_country_name_is_no_person() -> None:
    release = parse_release_text(
        "Greenpeace fordert Ausstieg\n\nWien (OTS) - Die Umweltschutzorganisation fordert "
        "von der Regierung einen raschen Ausstieg aus fossilen Energieträgern bis 2040.\n\n"
        "Rückfragen & Kontakt:\n\nGreenpeace Österreich\nLisa Brunner\nPressesprecherin\n"
        "Tel.: +43 664 555 1234\n", "t.txt")
    assert [(p.name, p.office, p.country) for p in release.media_contacts] == [
        ("Lisa Brunner", "Greenpeace Österreich", "AT")]


def test_a_list_after_the_comma_stays_in_the_title() -> None:
    people = _people(
        _STORY + "Media Contacts\nIbrahim Garba\nChief of Communication, Partnerships & Advocacy\n"
        "UNICEF Niger\nTel: +227 90 55 51 09\nEmail: igarba@example.org\n"
    )
    assert people["Ibrahim Garba"].title == "Chief of Communication, Partnerships & Advocacy"


def test_a_desk_after_a_semicolon_keeps_its_number_to_itself() -> None:
    people = _people(
        _STORY + "Personnes-ressources: Amélie Dufort, Attachée de presse, Cabinet du ministre de "
        "la Sécurité publique, 343-555-4178; Relations avec les médias: Sécurité publique "
        "Canada, 613-555-0055\n"
    )
    assert list(people) == ["Amélie Dufort"]
    assert [p.e164 for p in people["Amélie Dufort"].phones] == ["+13435554178"]


def test_a_national_mobile_in_a_spanish_sentence_is_read_in_the_datelines_country() -> None:
    people = _people(
        "Lima – " + _STORY + "Para más información, comunicarse con Rosa Quispe al 987 654 321 "
        "o escribir a rquispe@example.pe.\n"
    )
    person = people["Rosa Quispe"]
    assert (person.country, [p.e164 for p in person.phones]) == ("PE", ["+51987654321"])
    assert [e.address for e in person.emails] == ["rquispe@example.pe"]


def test_a_press_office_under_a_spokesperson_is_a_desk_not_more_of_him() -> None:
    release = parse_release_text(
        "Greenpeace: Neue Studie\n\nWien (OTS) - " + _STORY + "Rückfragen & Kontakt:\n\n"
        "Mag. Lukas Mayr\nGreenpeace-Sprecher\nTel.: 0664 / 555 11 63\nlukas.mayr@example.org\n\n"
        "Greenpeace-Pressestelle\nTel.: +43 (0)1 545 45 80-62\nE-Mail: presse@example.at\n",
        "t.txt")
    [person] = release.media_contacts
    assert [p.e164 for p in person.phones] == ["+436645551163"]
    assert [e.address for e in person.emails] == ["lukas.mayr@example.org"]


def test_two_people_on_one_line_share_the_numbers_and_address_below() -> None:
    people = _people(
        _STORY + "Rückfragen & Kontakt:\nSophie Brandt, Tobias Rehm\n"
        "Telefon: 038208 555 2040/ -2041\nE-Mail: presse@example.de\n"
    )
    assert list(people) == ["Sophie Brandt", "Tobias Rehm"]
    for person in people.values():
        assert [p.e164 for p in person.phones] == ["+49382085552040", "+49382085552041"]
        assert [e.address for e in person.emails] == ["presse@example.de"]


def test_an_organisation_before_a_spaced_slash_is_the_persons_office() -> None:
    people = _people(
        _STORY + "Media contacts:\nOxfam International / Sara Lind, +44 7400 123456, "
        "sara.lind@example.org\n"
    )
    person = people["Sara Lind"]
    assert (person.office, person.country) == ("Oxfam International", "GB")
    assert "Oxfam International" not in people


def test_a_ministers_cabinet_keeps_its_whole_name_as_the_office() -> None:
    people = _people(
        _STORY + "Source : Bénédicte Morin, Directrice des communications, Cabinet de la ministre "
        "de la Famille et ministre responsable de la région de la Côte-Nord, 514 555-7100\n\n"
        "Renseignements : Noémie Roy, Attachée de presse, Cabinet du ministre du Commerce "
        "international, des Exportations et du Développement économique, 343-555-0199\n"
    )
    assert people["Bénédicte Morin"].office == (
        "Cabinet de la ministre de la Famille et ministre responsable de la région de la Côte-Nord")
    assert people["Noémie Roy"].office == ("Cabinet du ministre du Commerce international, des "
                                           "Exportations et du Développement économique")


def test_comma_runs_pipes_and_a_spaced_extension_are_read() -> None:
    comma = _people(
        "ATLANTA, GA – " + _STORY + "Contact: Dana Whitfield,Media Relations Manager,Phone: "
        "+1.404.555.0143,Mobile: +1.404.555.0199,dana.whitfield@example.org\n"
    )["Dana Whitfield"]
    assert (comma.title, [p.e164 for p in comma.phones]) == (
        "Media Relations Manager", ["+14045550143", "+14045550199"])
    pipes = _people(
        _STORY + "Press contacts\nMarie Lambert | Spokesperson | +32 (0)2 555 12 34 | "
        "marie.lambert@example.eu\nJan Peeters | Press Officer | +32 (0)2 555 56 78 | "
        "jan.peeters@example.eu\n"
    )
    assert {n: [p.e164 for p in c.phones] for n, c in pipes.items()} == {
        "Marie Lambert": ["+3225551234"], "Jan Peeters": ["+3225555678"]}
    extension = _people(
        "FREDERICK, MD – " + _STORY + "Media contact: Tom Reyes, Public Information Officer, "
        "301-555-1385 - 240, treyes@example.org\n"
    )["Tom Reyes"]
    assert (extension.country, [p.e164 for p in extension.phones]) == ("US", ["+13015551385"])
