"""Lead-ins and entries real pages write inside their prose or lists: "(For more information: A
– Tel.: …; B – Tel.: …)" wrapped over two lines, "Primary Press Contact:", a bare "Pour
information", "... in der Pressestelle X (Vorsitzland): A und B, Telefon …", a spokesperson
"steht … unter 0170 …", a person named twice. People and numbers are invented."""

from __future__ import annotations

from desktop.formats.releases import ExtractedPerson, parse_release_text

_STORY = (
    "The Council adopted the proposals today. The programme will support investments and "
    "reforms across the member states over the next five years, the Commission said.\n\n"
)


def _people(text: str) -> dict[str, ExtractedPerson]:
    return {p.name: p for p in parse_release_text(text, "t.txt").media_contacts}


def test_a_bracketed_for_more_information_wrapped_over_two_lines_gives_both() -> None:
    people = _people(
        "Daily News 18 / 06 / 2021\n\nBrussels, 18 June 2021\n\n" + _STORY
        + "A press release and factsheet are available online. (For more information: Lena "
        "Vos – Tel.: +32 2 29 55511;\nKevin Doyle – Tel.: +32 229 55522)\n\nNEXT ITEM\n"
    )
    assert [(p.name, p.phones[0].e164) for p in people.values()] == [
        ("Lena Vos", "+3222955511"), ("Kevin Doyle", "+3222955522")]


def test_a_primary_press_contact_line_is_a_lead_in() -> None:
    people = _people(
        _STORY + "Primary Press Contact: Dana Whitfield, dana.whitfield@example.org; "
        "+1 917-555-0190\n\nOther Press Contacts: Meet our media team\n"
    )
    assert people["Dana Whitfield"].phones[0].e164 == "+19175550190"


def test_a_bare_pour_information_opens_the_list_below() -> None:
    people = _people(
        "Bilan de la législature\n\nLa Municipalité présente les réalisations menées tout au "
        "long de la législature, avec comme colonne vertébrale son programme.\n"
        "Pour information\n- Noé Favre, syndic, Direction culture et développement urbain, "
        "tél. +41 21 555 22 01\nCoordonnées\nBureau de la communication\n"
    )
    assert [(p.name, p.title, p.office, p.country) for p in people.values()] == [
        ("Noé Favre", "syndic", "Direction culture et développement urbain", "CH")]


def test_two_people_joined_by_und_under_an_office_lead_share_its_number() -> None:
    people = _people(
        _STORY + "Ansprechpartner für die Medien...\n"
        "... in der Pressestelle des Senats (Vorsitzland): Jan Ebert und Pia Lorenz, "
        "Telefon (0421) 555-2396\n"
        "... in der Landesvertretung in Berlin (Tagungsort): Ole Brandt, Telefon (030) 55530-177\n"
    )
    assert [(p.name, p.office, [x.e164 for x in p.phones]) for p in people.values()] == [
        ("Jan Ebert", "Pressestelle des Senats", ["+494215552396"]),
        ("Pia Lorenz", "Pressestelle des Senats", ["+494215552396"]),
        ("Ole Brandt", "Landesvertretung in Berlin", ["+493055530177"]),
    ]


def test_a_spokesperson_on_call_at_a_number_in_a_sentence_is_a_contact() -> None:
    people = _people(
        "Wochenendbereitschaft Regierungssprecher\n\nAm Wochenende 1. und 2. November steht "
        "die Regierungssprecherin Maren Kohl unter 0170 555 88 72 \n"
        "für Presseanfragen zur Verfügung.\n"
    )
    assert people["Maren Kohl"].phones[0].e164 == "+491705558872"


def test_a_person_named_twice_is_one_contact_with_the_details_of_both() -> None:
    people = _people(
        _STORY + "The form should be sent via e-mail to Mrs Ayana Bekele on: ayanab@example.org\n\n"
        "For details please contact:\nAyana Bekele\nTel: +251 11 555 4555\n"
    )
    ayana = people["Ayana Bekele"]
    assert ([p.e164 for p in ayana.phones], [e.address for e in ayana.emails]) == (
        ["+251115554555"], ["ayanab@example.org"])


def test_a_job_between_the_pointer_and_the_name_is_the_persons_title() -> None:
    people = _people(
        "Die Rathaus-Akkreditierung\n\nDie Akkreditierung wird gemeinsam angeboten. Sie ist "
        "immer für ein Jahr gültig. Bei Rückfragen wenden Sie sich an die Pressesprecherin "
        "Karla Menzel (karla.menzel@example-stadt.de). \n\nMit der Akkreditierung erhalten Sie "
        "Zugang zu den Sitzungen.\n"
    )
    assert (people["Karla Menzel"].title, people["Karla Menzel"].emails[0].address) == (
        "Pressesprecherin", "karla.menzel@example-stadt.de")


def test_a_street_on_a_square_is_an_address_line_not_a_person() -> None:
    people = _people(
        _STORY + "Ansprechpartnerinnen für Akkreditierungen\n\nGerda Voss\n"
        "Referatsleiterin: Redaktion, Koordination\n\nAm Marktplatz 14\n66117 Saarbrücken\n\n"
        "Ines Hahn\ni.hahn@staatskanzlei.example.de\nTel: +49 681 555-1273\n"
    )
    assert list(people) == ["Ines Hahn"]
