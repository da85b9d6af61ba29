"""A list of two or more entries in a row, each naming a person with their number ("• Duty
officer North, Name Surname, tel: …"), is a contact block under any heading or none and in any
language; a desk's line without a name at its head gives no person. The page is invented,
modelled on the layout.
"""

from __future__ import annotations

from desktop.formats.releases import parse_release_text
from desktop.formats.releases.model import Role

PAGE = (
    "Kontaktpersonar under stormen\n"
    "\n"
    "Desse kan ringast i samband med uvêret:\n"
    "\n"
    "  • Vegtrafikksentralen Nord, tlf: 55 50 10 20\n"
    "  • Vakthavande i Indre, Sigve Nordbotten, tlf: 951 00 123\n"
    "  • Vakthavande i Ytre, Marit Eide Solheim, tlf: 951 00 456\n"
    "\n"
    "Stormen er på veg med svært kraftig vind og store mengder nedbør, og fleire "
    "fjellovergangar kan bli stengde på kort varsel. Følg med på trafikkmeldingane.\n"
)


def test_each_named_entry_of_a_list_is_a_contact() -> None:
    people = {p.name: p for p in parse_release_text(PAGE, "test").people
              if p.role is Role.MEDIA_CONTACT}
    assert set(people) == {"Sigve Nordbotten", "Marit Eide Solheim"}
    assert [p.as_written for p in people["Marit Eide Solheim"].phones] == ["951 00 456"]
