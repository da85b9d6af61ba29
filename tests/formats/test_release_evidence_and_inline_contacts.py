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
