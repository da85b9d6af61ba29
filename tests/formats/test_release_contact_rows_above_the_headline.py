"""Contacts a company or city prints above its headline: each person's whole entry on one row
("Name, unit, address, number"), or a contact heading in a table's cell that a scrape left
behind a bar ("|CONTACT:" / "|Mr. Name" / "|number"). Text invented."""

from __future__ import annotations

from desktop.formats.releases import parse_release_text

STORY = (
    "Harbourton Opens Its New Ferry Terminal\n"
    "HARBOURTON, Ore. – The city opened its new ferry terminal on Monday. The terminal has "
    "four berths, a waiting hall and bicycle parking, and the first ferry leaves at 6 a.m.\n"
    "The terminal cost $18 million and was finished a month early.\n"
)


def _names(text: str) -> list[str]:
    return [p.name for p in parse_release_text(text, "test").media_contacts]


def test_one_row_per_person_over_the_headline() -> None:
    text = (
        "May 4, 2031\n"
        "Odalys Brennan, Media and Communications, obrennan@harbourton.example.gov, "
        "(503) 555-0142\n"
        "Tobias Wendt, Media and Communications, twendt@harbourton.example.gov, "
        "(503) 555-0143\n" + STORY
    )
    assert _names(text) == ["Odalys Brennan", "Tobias Wendt"]


def test_a_contact_heading_behind_a_table_bar_over_the_headline() -> None:
    text = (
        "Exhibit 99.1\nFOR IMMEDIATE RELEASE\n|\n|CONTACT:\n|Ms. Odalys Brennan\n"
        "|(503) 555-0142\n" + STORY
    )
    assert _names(text) == ["Odalys Brennan"]


def test_a_bar_then_a_contact_lead_in_with_the_name() -> None:
    text = (
        "|For Immediate Release\n|Contact: Odalys Brennan\n|May 4, 2031\n|\n"
        "Director, Corporate Communications\n(503) 555-0142\n" + STORY
    )
    assert _names(text) == ["Odalys Brennan"]
