"""Contact lists a government sends when its offices cannot be reached: each entry headed by its
ministry on a line of its own ("Ministerium der Finanzen:"), the job before the name, blank lines
after every line, local numbers without their area code. People and numbers are invented."""

from __future__ import annotations

from desktop.formats.releases import ExtractedPerson, parse_release_text
from desktop.formats.releases.addresses import read_phones

_OPENING = (
    "Landesregierung morgen nur bedingt erreichbar\n\nSehr geehrte Pressekolleginnen und "
    "-kollegen,\n\nwegen einer Sperrung sind die Ministerien morgen nur bedingt erreichbar. "
    "Bei Presseanfragen erreichen Sie die betroffenen Pressestellen unter folgenden "
    "Kontaktdaten:\n\n"
)


def _people(text: str) -> dict[str, ExtractedPerson]:
    return {p.name: p for p in parse_release_text(text, "t.txt").media_contacts}


def test_a_ministry_heading_its_entry_is_the_office_commas_and_all() -> None:
    people = _people(
        _OPENING + "Ministerium für Bildung, Jugend und Sport:\nSprecher Mats Oldenburg\n"
        "Tel.: 0171-5550592\nMail: mats.oldenburg@example-land.de\n\n"
        "Ministerium der Justiz:\nSprecherin Carla Wendt\nTel.: 0171-5550907\n"
    )
    assert [(p.name, p.title, p.office) for p in people.values()] == [
        ("Mats Oldenburg", "Sprecher", "Ministerium für Bildung, Jugend und Sport"),
        ("Carla Wendt", "Sprecherin", "Ministerium der Justiz"),
    ]


def test_a_block_with_a_blank_line_after_every_line_keeps_each_persons_address() -> None:
    people = _people(
        _OPENING + "Ministerium der Finanzen:\n\nSprecherin Birgit Kessler\n\n"
        "Tel.:     0171 5550894\n\nMail:     birgit.kessler@example-land.de\n\n"
        "Ministerium für Wirtschaft und Energie:\n\nSprecherin Hanna Roth\n\n"
        "Tel.:     555 - 1509 und 555 - 1505\n\nMail:     hanna.roth@example-land.de\n"
    )
    assert people["Birgit Kessler"].emails[0].address == "birgit.kessler@example-land.de"
    hanna = people["Hanna Roth"]
    assert (hanna.office, hanna.country) == ("Ministerium für Wirtschaft und Energie", "DE")
    assert [(p.valid, p.as_written) for p in hanna.phones] == [
        (False, "555 - 1509"), (False, "555 - 1505")]


def test_a_german_number_without_its_area_code_is_kept_as_written_not_guessed() -> None:
    assert [p.valid for p in read_phones("Tel.: 0331-555 1509 und 555 1505", "DE")] == [
        True, False]


def test_an_office_then_a_dash_then_the_name_gives_both() -> None:
    people = _people(
        _OPENING + "Staatskanzlei:\nPresseamt der Staatskanzlei\nTel.: 0170-5550101\n"
        "Mail: presseamt@example-land.de\nBüro des Regierungssprechers – Jana Holtkamp\n"
        "Tel.: 0160-5550154\n"
    )
    assert [(p.name, p.office) for p in people.values()] == [
        ("Jana Holtkamp", "Büro des Regierungssprechers")]
