"""The office of entries listed in sections, each headed by its organisation.

A media centre lists several agencies' press contacts, each agency's name alone on a line
between blank lines, then its people (and sometimes a duty line) under it. Every entry of the
section that names no office of its own works for the agency heading it; a person's own office
line, or a line directly over a name with no blank between, is not such a heading. The pages
are invented, modelled on that layout.
"""

from __future__ import annotations

from desktop.formats.releases import parse_release_text


def _offices(text: str) -> dict[str, str | None]:
    return {p.name: p.office for p in parse_release_text(text, "test").people}


def test_each_section_heading_is_the_office_of_the_entries_under_it() -> None:
    text = (
        "Media contacts\n\n"
        "Lakeside Harbour Authority\n\n"
        "Dana Whitfield\n613-555-0111\ndwhitfield@harbour.example.ca\n\n"
        "Lakeside Parks Board\n\n"
        "Duty Officer\n613-555-0122\n\n"
        "Parks Spokesperson Ravi Chandran\n613-555-0133\nrchandran@parks.example.ca\n\n"
        "Lakeside Library\n\n"
        "Ines Marlowe\n613-555-0144\nimarlowe@library.example.ca\n"
    )
    assert _offices(text) == {
        "Dana Whitfield": "Lakeside Harbour Authority",
        "Ravi Chandran": "Lakeside Parks Board",
        "Ines Marlowe": "Lakeside Library",
    }


def test_a_persons_own_office_line_does_not_head_the_next_entry() -> None:
    text = (
        "Media contacts\n\n"
        "Dana Whitfield\nLakeside Harbour Authority\n613-555-0111\n\n"
        "Ines Marlowe\n613-555-0144\nimarlowe@library.example.ca\n"
    )
    offices = _offices(text)
    assert offices["Dana Whitfield"] == "Lakeside Harbour Authority"
    assert offices["Ines Marlowe"] is None

