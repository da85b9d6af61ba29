"""A US agency's contact entries written above the release, before its number and the story:
"Name", the office with its city and the state as the AP abbreviates it ("Laurel, Md."), and a
line that is only the number. No heading opens them; the name over a bare number does. An
office named after a person ("Carter Mason University …") stays one office. Invented page.
"""

from __future__ import annotations

from desktop.formats.releases import parse_release_text

PAGE = (
    "Friday, May 4\n\n"
    "Agency to Brief Reporters on Comet Mission\n\n"
    "May 4, 2037\n\n"
    "Robert Hale\n"
    "Carter Mason University Space Laboratory, Laurel, Md.\n"
    "240-555-0136\n\n"
    "MEDIA ADVISORY: M37-51\n\n"
    "AGENCY TO BRIEF REPORTERS ON COMET MISSION\n\n"
    "WASHINGTON - The agency will hold a briefing at 1 p.m. EDT Monday, May 7, about the\n"
    "comet mission and the first images its camera sent back.\n\n"
    "The briefing will be carried live on the agency television channel.\n"
)


def test_an_entry_above_the_release_is_read_with_its_office_and_number() -> None:
    people = {p.name: p for p in parse_release_text(PAGE, "test").people}
    assert list(people) == ["Robert Hale"]
    hale = people["Robert Hale"]
    assert hale.office == "Carter Mason University Space Laboratory"
    assert [p.e164 for p in hale.phones] == ["+12405550136"]


def test_the_same_entry_at_the_end_of_the_page_is_read_too() -> None:
    story, entry = PAGE.split("MEDIA ADVISORY: M37-51\n\n")[1], PAGE.split("\n\n")[3]
    people = {p.name: p.office for p in parse_release_text(story + "\n" + entry, "t").people}
    assert people == {"Robert Hale": "Carter Mason University Space Laboratory"}


def test_two_names_joined_by_a_slash_are_two_people_sharing_the_office() -> None:
    page = PAGE.replace(
        "Robert Hale\n", "John Carver/Ellen Park\nHeadquarters, Washington\n202-555-0142/0188\n\n"
        "Robert Hale\n",
    )
    people = {p.name: p for p in parse_release_text(page, "test").people}
    assert list(people) == ["John Carver", "Ellen Park", "Robert Hale"]
    assert people["John Carver"].office == people["Ellen Park"].office == "Headquarters"
    assert [p.e164 for p in people["John Carver"].phones] == ["+12025550142"]
    # Her digits after the slash are kept as written and flagged, not completed by a guess.
    assert [(p.as_written, p.valid) for p in people["Ellen Park"].phones] == [("0188", False)]
