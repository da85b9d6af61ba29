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
