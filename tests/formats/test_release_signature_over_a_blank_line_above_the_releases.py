"""A whole signature high on a media centre's page ("Name, PMP" / job / blank line / address /
mobile) is a contact above the first release's headline too, its address and number after the
blank line its own. The page is invented, modelled on the layout.
"""

from __future__ import annotations

from desktop.formats.releases import parse_release_text
from desktop.formats.releases.model import Role

PAGE = (
    "Media Centre\n"
    "\n"
    "Get the latest press releases, contact us or learn about our work. Our team can "
    "provide:\n"
    "\n"
    "  • story ideas\n"
    "  • expert interviews\n"
    "  • photos and b-roll\n"
    "Dana Whitfield, PMP\n"
    "Director, Strategic Communications\n"
    "\n"
    "dana_whitfield@harvestaid.example.ca\n"
    "m 416-555-0135\n"
    "(text after 5PM & weekends)\n"
    "\n"
    "Press Releases & Resources\n"
    "\n"
    "\n"
    "Volunteers mark the start of the winter food drive\n"
    "Volunteers across the province are marking the start of the winter food drive by "
    "collecting donations at libraries, schools and community centres this weekend.\n"
)


def test_the_signature_above_the_releases_is_a_contact() -> None:
    people = {p.name: p for p in parse_release_text(PAGE, "test").people
              if p.role is Role.MEDIA_CONTACT}
    assert set(people) == {"Dana Whitfield"}
    dana = people["Dana Whitfield"]
    assert dana.title == "Director, Strategic Communications"
    assert [e.as_written for e in dana.emails] == ["dana_whitfield@harvestaid.example.ca"]
    assert [p.as_written for p in dana.phones] == ["416-555-0135"]
