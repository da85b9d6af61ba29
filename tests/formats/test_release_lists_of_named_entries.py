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


def test_a_labelled_line_of_a_desk_is_no_person() -> None:
    page = (
        "Airport media guide\n"
        "\n"
        "The airport's communications office answers questions about the terminal, parking "
        "and construction; airlines answer for their own flights, passengers and crews.\n"
        "\n"
        "Media contacts:\n"
        "Harbor Air\n"
        "• Phone: (817) 555-0123 (8:00 a.m. – 5:30 p.m., Monday-Friday)\n"
        "• After Hours: (817) 555-0177\n"
        "• After Hours Pager: (888) 555-0101\n"
        "Teleconference Dial-In Number: (800) 555-0199\n"
    )
    names = {p.name for p in parse_release_text(page, "test").people
             if p.role is Role.MEDIA_CONTACT}
    assert not names & {"After Hours", "After Hours Pager", "Teleconference Dial-In Number"}
