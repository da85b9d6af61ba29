"""A contacts table flattened into rows of cells joined by "|" is read column by column, so
each person keeps their own job, organisation, number and address. Text invented, modelled on
releases filed as exhibits."""

from __future__ import annotations

from desktop.formats.releases import parse_release_text
from desktop.formats.releases.pipe_tables import unfold_pipe_tables

ROWS = [
    "FOR IMMEDIATE RELEASE | |",
    "| |",
    "Contact: Dana Whitcombe | Rowan Ashby |",
    "Chief Financial Officer | VP, Corporate Communications |",
    "Example Therapeutics, Inc. | Example Therapeutics, Inc. |",
    "Phone: 617-555-0100 | Phone: 617-555-0199 |",
    "dwhitcombe@example.com | rashby@example.com |",
    "| |",
    "Harriet Quill | |",
    "Director of Communications | |",
    "Phone: 301-555-0142 | |",
    "EXAMPLE THERAPEUTICS ANNOUNCES A COLLABORATION",
]


def test_each_column_becomes_its_own_vertical_entry() -> None:
    out = unfold_pipe_tables(ROWS)
    assert out[out.index("Contact: Dana Whitcombe") : out.index("Contact: Dana Whitcombe") + 6] == [
        "Contact: Dana Whitcombe", "Chief Financial Officer", "Example Therapeutics, Inc.",
        "Phone: 617-555-0100", "dwhitcombe@example.com", "",
    ]
    second = out.index("Rowan Ashby")
    assert out[second : second + 5] == [
        "Rowan Ashby", "VP, Corporate Communications", "Example Therapeutics, Inc.",
        "Phone: 617-555-0199", "rashby@example.com",
    ]
    assert "Harriet Quill" in out and out[-1] == "EXAMPLE THERAPEUTICS ANNOUNCES A COLLABORATION"


def test_a_line_with_one_bar_in_prose_is_left_alone() -> None:
    lines = ["Menu | Home", "The council met on Monday.", "It agreed the budget."]
    assert unfold_pipe_tables(lines) == lines


def test_the_release_reader_gives_each_person_of_the_table_their_own_number() -> None:
    text = "\n".join(ROWS) + (
        "\n\nBOSTON, March 3, 2031 -- Example Therapeutics, Inc. today announced a research"
        " collaboration with a university hospital.\n\nThe work starts in the spring.\n"
    )
    people = {c.name: c for c in parse_release_text(text, "test").media_contacts}
    assert "Dana Whitcombe" in people and "Rowan Ashby" in people
    assert [p.as_written for p in people["Dana Whitcombe"].phones] == ["617-555-0100"]
    assert [p.as_written for p in people["Rowan Ashby"].phones] == ["617-555-0199"]
