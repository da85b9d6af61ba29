"""A press office's own page (its rules, its spokespeople, no release) is headed by the office's
name or by words press offices name their page with, in any language ("Medienstelle der
Stadtwerke Riverbach", "Relații publice", "Communications et relations publiques", "Infos zu
Presseanfragen"): that heading is no release headline. A menu's row ("Local | News | Video |
Search"), an accessibility toggle ("Open accessibility menu") and a short label ending in a colon
("The department:") are none either; a headline in capitals broken before a function word is
one headline however long its second line. Text invented."""

from __future__ import annotations

import pytest

from desktop.formats.releases.article import read_article

_RULES = (
    "Journalists with questions for the office can reach the press team on weekdays between "
    "nine and five, by telephone or by e-mail; requests are answered the same day.\n"
)


@pytest.mark.parametrize("heading", [
    "Medienstelle der Stadtwerke Riverbach",
    "Relații publice",
    "Communications et relations publiques",
    "Infos zu Presseanfragen",
    "Press office of the Harbour Board",
    "Search news & media",
    "Open accessibility menu",
    "The department:",
    "Local Govt | National News | Video | Search",
])
def test_a_press_offices_page_heading_is_no_headline(heading: str) -> None:
    assert read_article(f"{heading}\n\n{_RULES}").title == ""


def test_a_capitals_headline_broken_before_a_long_rest() -> None:
    text = (
        "FOR IMMEDIATE RELEASE\n\nHARBOUR CHOIR HEADS TO THE NORTHERN COAST\n"
        "OF THE REGION FOR A SERIES OF CONCERTS IN TOWNS\n\n"
        "(RIVERTON, Ore.) – The Harbour Choir will sing in four small towns of the northern "
        "coast next month, the first of two years of concerts in the region.\n"
    )
    assert read_article(text).title == (
        "HARBOUR CHOIR HEADS TO THE NORTHERN COAST OF THE REGION FOR A SERIES OF CONCERTS IN "
        "TOWNS")


@pytest.mark.parametrize("heading", [
    "Department of International Cooperation & Public Relations",
    "Persvoorlichting Stadsbestuur Rivierstad",
    "Press officer for the Mayor of Riverton: Jo Bloggs",
])
def test_a_press_units_name_or_a_job_and_its_holder_is_no_headline(heading: str) -> None:
    assert read_article(f"{heading}\n\n{_RULES}").title == ""


def test_a_headline_with_a_colon_and_a_name_after_it_stays() -> None:
    text = f"Harbour festival returns: Riverton Sails\n\n{_RULES}"
    assert read_article(text).title == "Harbour festival returns: Riverton Sails"
