"""Numbers real pages write without a country code, read from the page's own evidence: the
label beside a number ("Mobil" is a mobile where it is valid as one), a colleague in the same
block, a fax after a comma that is nobody's phone, addresses hidden as "[arobase]". People,
numbers and addresses are invented."""

from __future__ import annotations

from desktop.formats.releases import ExtractedPerson, parse_release_text
from desktop.formats.releases.addresses import read_emails, read_phones

_STORY = (
    "Die Stiftung hat heute ihren Jahresbericht vorgestellt. Die Zahl der Menschen, die ihre "
    "Heimat verlassen mussten, ist weiter gestiegen, und die Hilfe in den Ländern des Sahel "
    "wurde ausgeweitet, sagte die Präsidentin bei der Vorstellung in der Hauptstadt.\n\n"
)


def _people(text: str) -> dict[str, ExtractedPerson]:
    return {p.name: p for p in parse_release_text(text, "t.txt").media_contacts}


def test_a_mobile_label_tells_germany_from_austria_when_the_page_names_neither() -> None:
    people = _people(
        _STORY + "Pressekontakt:\nKontakt:\nLena Brückner, Pressesprecherin\n"
        "Tel.: (02 28) 44 71 – 215\nMobil: (0171) 36 36 481\n"
    )
    lena = people["Lena Brückner"]
    assert lena.country == "DE"
    assert [p.e164 for p in lena.phones] == ["+492284471215", "+491713636481"]


def test_a_colleague_whose_landline_alone_says_nothing_shares_the_blocks_country() -> None:
    people = _people(
        _STORY + "Pressekontakt:\nLena Brückner, Pressesprecherin\n"
        "Tel.: (02 28) 44 71 – 215\nMobil: (0171) 36 36 481\n"
        "Jonas Weidel, Assistent der Pressestelle\nTel: (02 28) 4471 – 219\n"
    )
    assert people["Jonas Weidel"].country == "DE"
    assert [p.e164 for p in people["Jonas Weidel"].phones] == ["+492284471219"]


def test_a_country_named_most_in_the_story_does_not_hide_the_one_the_numbers_fit() -> None:
    story = _STORY.replace("des Sahel", "des Sahel, vor allem in Niger und in Niger selbst,")
    people = _people(
        story + "Ansprechpartner:\nLena Brückner\nPressesprecherin\n"
        "Telefon 0228 / 44 71 -215\nMobil 0171 - 36 36 481\n"
    )
    assert people["Lena Brückner"].country == "DE"
    assert people["Lena Brückner"].phones[0].e164 == "+492284471215"


def test_a_fax_after_a_comma_is_not_a_phone_of_the_person() -> None:
    phones = read_phones("tel: (254-20)-7621234, fax: 7624489,", "KE")
    assert [p.as_written for p in phones] == ["(254-20)-7621234"]
    assert [p.as_written for p in read_phones("Tel./Fax: 0431 9805 1107", "DE")] == [
        "0431 9805 1107"
    ]
    assert read_phones("Telefax: 0431 9805 1199", "DE") == []


def test_a_fax_line_in_a_vertical_block_is_left_out() -> None:
    people = _people(
        _STORY + "Rückfragen bitte an:\nPolizeipräsidium Musterstadt\nKarl Obermann\n"
        "Telefon: 0431 9805 1107\nFax: 0431 9805 1199\nE-Mail: presse@polizei.example.de\n"
    )
    assert [p.e164 for p in people["Karl Obermann"].phones] == ["+4943198051107"]


def test_an_address_hidden_as_arobase_is_an_address_kept_as_written() -> None:
    emails = read_emails("Inès Marchal, +1 646 555.0142 ; ines.marchal[arobase]example.org")
    assert [(e.address, e.as_written) for e in emails] == [
        ("ines.marchal@example.org", "ines.marchal[arobase]example.org")
    ]


def test_a_venue_city_gives_the_country_of_a_page_that_names_none() -> None:
    text = (
        "Department of Social Welfare and partners to launch the annual youth report, 14 Mar\n\n"
        "The Minister of Social Welfare will today address the media at the launch of the "
        "annual youth report, which looks at schooling, work and health among young people.\n\n"
        "The details of the event are as follows:\nDate: 14 March 2011\nTime: 10h00-11h30\n"
        "Venue: Harbour Media Centre, 40 Smith Street, Durban\n\n"
        "The media is invited to the event.\n\n"
        "For media RSVP contact:\nThabo Mokoena\nCell: 082 555 0143\n\n"
        "Media enquiries:\nLerato Dube\nCell: 083 555 0178\n\nShare this page\n"
    )
    people = _people(text)
    assert [(p.name, p.title, p.office, p.country) for p in people.values()] == [
        ("Thabo Mokoena", None, None, "ZA"), ("Lerato Dube", None, None, "ZA")]
    assert people["Thabo Mokoena"].phones[0].e164 == "+27825550143"


def test_a_for_anything_contact_line_opens_a_block() -> None:
    text = (
        "UNITED NATIONS, New York— The annual report on cities will be presented on 3 May.\n\n"
        "The embargoed report will be available to journalists online from 28 April.\n\n\n"
        "For information about the report, or to arrange interviews, contact:\n\n"
        "Tomás Ferreira, +1 212 555 0131,\nAmina Sorel, +1 212 555 0187,\n\n\n"
    )
    assert list(_people(text)) == ["Tomás Ferreira", "Amina Sorel"]


def test_an_organisation_line_closing_a_block_is_every_persons_office() -> None:
    people = _people(
        _STORY + "Pressekontakt:\nKontakt:\nLena Brückner, Pressesprecherin\n"
        "Tel.: (02 28) 44 71 – 215\nMobil: (0171) 36 36 481\n"
        "Jonas Weidel, Assistent der Pressestelle\nTel: (02 28) 4471 – 219\n"
        "Fax: (02 28) 4471 – 500\nDeutsche Feldstiftung (DFS) e. V.\nFriedrich-Ebert-\n"
    )
    assert [(p.name, p.title, p.office) for p in people.values()] == [
        ("Lena Brückner", "Pressesprecherin", "Deutsche Feldstiftung (DFS) e. V."),
        ("Jonas Weidel", "Assistent der Pressestelle", "Deutsche Feldstiftung (DFS) e. V."),
    ]


def test_a_cantons_release_is_swiss_though_its_story_names_another_country() -> None:
    release = parse_release_text(
        "Weitere Mitteilungen\n\nDer Regierungsrat des Kantons hat beschlossen, die notleidende "
        "Bevölkerung in Afghanistan mit einem Beitrag von 100'000 Franken zu unterstützen. Die "
        "Mittel stammen aus dem Lotteriefonds.\n\n"
        "Er hat die kantonale Verordnung angepasst (Auskunft: Irene Vogt, Leiterin Finanzen, "
        "Finanzdepartement, Tel. 267 95 61).\n",
        "t.txt",
    )
    assert [(p.name, p.country) for p in release.media_contacts] == [("Irene Vogt", "CH")]


def test_the_city_a_page_names_again_and_again_reads_a_number_the_story_country_cannot() -> None:
    release = parse_release_text(
        "Ecusson de la République et du canton de Genève\n\nREPUBLIQUE\nET CANTON\nDE GENEVE\n\n"
        "Point de presse du Conseil d'Etat de Genève\n\n"
        "Solidarité internationale : soutien à l'enfance démunie en Colombie\n\n"
        "Le Conseil d'Etat a décidé de soutenir un programme en faveur des enfants déplacés en "
        "Colombie, dans la région de Bogotá, pour trois ans.\n\n"
        "Pour toute information complémentaire : Mme Inès Duarte, chargée de projets, service de "
        "la solidarité internationale, DSPE, 022 555 15 44.\n",
        "t.txt",
    )
    person = release.media_contacts[0]
    assert (person.name, person.country, person.phones[0].e164) == (
        "Inès Duarte", "CH", "+41225551544")
