"""A sentence addressed to the public ("Anyone interested in volunteering … can call … or
e-mail Name at …", "Los interesados en donar …") names whom donors and volunteers reach, not
a media contact; the same shape addressed to the press is one. The pages are invented,
modelled on the layout.
"""

from __future__ import annotations

from desktop.formats.releases import parse_release_text
from desktop.formats.releases.model import Role


def _names(page: str) -> set[str]:
    return {p.name for p in parse_release_text(page, "test").people
            if p.role is Role.MEDIA_CONTACT}


STORY = (
    "Habitat group dedicates two new homes\n"
    "\n"
    "The group will dedicate two new houses on Thursday at 6 p.m. The ceremony gives the new "
    "homeowners an opportunity to celebrate with family, friends and volunteers.\n"
    "\n"
    "Executive Director Ruth Calloway says the neighborhood is building out quickly.\n"
    "\n"
)


def test_a_contact_for_volunteers_and_donors_is_no_media_contact() -> None:
    page = STORY + (
        "The group builds four to six homes each year. Anyone interested in supporting the "
        "group or becoming a homeowner can call (806) 555-4663 or e-mail Ruth Calloway at "
        "rcalloway@habitatgroup.example.org.\n"
    )
    assert _names(page) == set()


def test_the_same_shape_for_the_press_is_a_contact() -> None:
    page = STORY + (
        "Reporters interested in covering the ceremony can call (806) 555-4663 or e-mail "
        "Executive Director Ruth Calloway at rcalloway@habitatgroup.example.org.\n"
    )
    assert _names(page) == {"Ruth Calloway"}
