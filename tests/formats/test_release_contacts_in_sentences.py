"""People a sentence or a lead-in line sends the press to, as real advisories write them: a
password or accreditation "from A, address or B, address", "Name at Mobile: …" under a desk
named in the lead-in, an address-only contact who is where the release is issued from. People,
numbers and addresses are invented."""

from __future__ import annotations

from desktop.formats.releases import ExtractedPerson, parse_release_text
from desktop.formats.releases.fields import clean_name


def _people(text: str) -> dict[str, ExtractedPerson]:
    return {p.name: p for p in parse_release_text(text, "t.txt").media_contacts}


def test_people_who_give_out_a_password_are_contacts_and_are_where_the_release_is_issued() -> None:
    text = (
        "Report launch set for 12 May\n\n"
        "UNITED NATIONS, New York—Countries have made progress on the plan adopted ten years ago, "
        "but efforts to reduce maternal deaths are falling short, the report says.\n\n"
        "The report is under embargo until 1200 GMT on 12 May. Journalists may access the "
        "embargoed report on the web before then by requesting a password from Kofi Mensah, "
        "mensah@example.org or Ruth Adler, adlerr@example.org.\n\nLaunch Details\n"
    )
    people = _people(text)
    assert list(people) == ["Kofi Mensah", "Ruth Adler"]
    assert people["Ruth Adler"].emails[0].address == "adlerr@example.org"
    assert people["Kofi Mensah"].country == "US"


def test_a_name_at_a_labelled_number_under_a_desk_named_in_the_lead_in() -> None:
    text = (
        "Ministers to gather in Nairobi\n\n"
        "Ministers from around the world will meet next month to discuss the green economy.\n\n"
        "The full schedule of press conferences will be sent around on 9 February.\n\n"
        "For more information please contact the UNEP Newsdesk:\n"
        "Mariam Odhiambo at Mobile: +254 (0)722 555 123\n"
        "or E-mail: mariam.odhiambo@example.org\n"
    )
    person = _people(text)["Mariam Odhiambo"]
    assert (person.office, person.country) == ("UNEP Newsdesk", "KE")
    assert person.phones[0].e164 == "+254722555123"
    assert person.emails[0].address == "mariam.odhiambo@example.org"


def test_the_word_pointing_to_a_number_is_not_part_of_a_name() -> None:
    assert clean_name("Mariam Odhiambo at") == "Mariam Odhiambo"
    assert clean_name("Lea Hartwig unter") == "Lea Hartwig"


def test_people_available_for_interviews_are_not_given_the_shared_address_below_them() -> None:
    text = (
        "Jahresbericht vorgestellt\n\nDie Stiftung stellt am Donnerstag ihren Jahresbericht vor "
        "und gibt einen Überblick zu aktuellen Schwerpunkten ihrer Arbeit in vielen Ländern.\n"
        "Donnerstag, 7. Juli 2016\n10:30 Uhr\n"
        "Als Gesprächspartner stehen zur Verfügung:\n"
        "Helga Brandner, Präsidentin der Stiftung\nDr. Kai Lorenz, Generalsekretär der Stiftung\n"
        "Anmeldung und Interviewwünsche bitte an presse(at)stiftung.example.de\n"
        "Weitere Informationen unter www.stiftung.example.de\n"
    )
    assert _people(text) == {}


def test_an_italian_release_is_italian_and_its_spokesperson_in_a_sentence_is_read() -> None:
    release = parse_release_text(
        "La conferenza stampa del Presidente della Regione si svolgerà a Firenze martedì alle "
        "ore 11. L’Ordine dei giornalisti invita i colleghi ad accreditarsi per e-mail.\n"
        "Tutte le comunicazioni devono essere inviate all’indirizzo accrediti@ordine.example.it "
        "(per informazioni 0555551234 oppure a Marta Bellucci – portavoce del Consiglio "
        "Regionale – 3475550188); entro e non oltre le ore 18.00 di venerdì 25 dicembre.\n",
        "t.txt",
    )
    assert release.language == "it"
    person = release.media_contacts[0]
    assert (person.name, person.title, person.office, person.country) == (
        "Marta Bellucci", "portavoce", "Consiglio Regionale", "IT")
    assert [p.e164 for p in person.phones] == ["+393475550188"]


def test_the_number_after_by_fax_to_a_person_is_her_fax_and_bracketed_codes_are_read() -> None:
    text = (
        "Board of Governors meets on Thursday\n\nThe Board will meet in closed session.\n\n"
        "Please register online or fill in the accreditation form and return it by fax to "
        "Ms. Karin Wallner at +43-1-5555-29610; e-mail: ; tel.: +43-1-5555-26383).\n\n"
        "Please register online and return the form by fax to Ms. Lisa Ortner at [43-1] "
        "5555-29610; e-mail: [email protected]; tel.: [43-1] 5555-21276.\n"
    )
    people = _people(text)
    assert [p.e164 for p in people["Karin Wallner"].phones] == ["+431555526383"]
    lisa = people["Lisa Ortner"].phones
    assert [(p.e164, p.as_written) for p in lisa] == [("+431555521276", "[43-1] 5555-21276")]


def test_a_unit_line_under_a_name_is_the_persons_not_a_desk() -> None:
    text = (
        "Media Advisory\nOctober 18, 2019\n\nCity crews head to help after the storm\n\n"
        "TORONTO — Two crews will leave this morning to support the emergency response.\n\n"
        "Toronto is Canada's largest city. For information on City services, call 311.\n\n"
        "Aidan Corbett\nStrategic Communications\n416-555-0711\n"
        "Priya Lal\nOffice of the Mayor\n647-555-0507\n"
    )
    people = _people(text)
    assert [(p.name, p.title, p.office, p.country) for p in people.values()] == [
        ("Aidan Corbett", "Strategic Communications", None, "CA"),
        ("Priya Lal", None, "Office of the Mayor", "CA"),
    ]
