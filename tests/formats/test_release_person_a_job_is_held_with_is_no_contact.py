"""A person named after another's job held with them ("Name, pressekreterare hos Verkets
generaldirektör Other, 070-…", "Name, press secretary to the director general Other, …") is the
one the press officer works for: no contact, in any language. The pages are invented,
modelled on the layout.
"""

from __future__ import annotations

from desktop.formats.releases import parse_release_text
from desktop.formats.releases.model import Role


def _names(page: str) -> set[str]:
    return {p.name for p in parse_release_text(page, "test").people
            if p.role is Role.MEDIA_CONTACT}


def test_the_director_a_press_secretary_works_for_is_no_contact() -> None:
    page = (
        "Utredningen lämnas till regeringen\n"
        "\n"
        "Sjöverkets generaldirektör Per Holmqvist överlämnar fredag utredningen till "
        "infrastrukturministern. Massmedier inbjuds till en pressträff på departementet.\n"
        "\n"
        "Kontakt:\n"
        "\n"
        "Lina Berglöf, pressekreterare hos infrastrukturminister Karin Dahlgren, 08-555 80 13\n"
        "Oskar Lundell, pressekreterare hos Sjöverkets generaldirektör Per Holmqvist, "
        "070-555 68 70\n"
    )
    assert _names(page) == {"Lina Berglöf", "Oskar Lundell"}


def test_in_english_too() -> None:
    page = (
        "Survey handed to the government\n"
        "\n"
        "The agency hands its survey of the rail network to the minister on Friday.\n"
        "\n"
        "Contact:\n"
        "Jo Reyes, press secretary to the director general Mark Olsen, +46 70 555 68 70\n"
    )
    assert _names(page) == {"Jo Reyes"}
