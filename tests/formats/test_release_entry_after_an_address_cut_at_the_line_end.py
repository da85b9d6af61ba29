"""A PDF that cut an address at the end of a line ("…@lungclub.") and went on with the domain's
end and the next person's entry after a blank line ("org Name Surname, Office 518.555.7040 or
…") still gives that next person, without the domain's end in their name. The page is
invented, modelled on the layout.
"""

from __future__ import annotations

from desktop.formats.releases import parse_release_text
from desktop.formats.releases.model import Role

PAGE = (
    "Sie sind auf Seite 1von 2\n"
    "\n"
    "FOR IMMEDIATE RELEASE: January 24, 2031 CONTACT: Ellen Brandt, Lung Health Club "
    "518.555.4049 or Ellen.Brandt@lungclub.\n"
    "\n"
    "org Marcus Vail, Lakeside County Executive's Office 518.555.7040 or "
    "Marcus.Vail@lakesidecounty.example.com\n"
    "\n"
    "MEDIA ADVISORY STORY/PHOTO OP DAY AND DATE\n"
    "\n"
    "February CPR trainings mean more hearts will keep beating\n"
    "\n"
    "Lakeside County residents can learn hands-only CPR at free trainings in every town "
    "library through February; each session lasts thirty minutes.\n"
)


def test_the_person_after_the_cut_address_is_a_contact() -> None:
    people = {p.name: p for p in parse_release_text(PAGE, "test").people
              if p.role is Role.MEDIA_CONTACT}
    assert set(people) == {"Ellen Brandt", "Marcus Vail"}
    assert [e.as_written for e in people["Marcus Vail"].emails] == [
        "Marcus.Vail@lakesidecounty.example.com"
    ]
