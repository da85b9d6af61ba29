"""A headline set in capitals right over the story's first lines, no blank between ("AGENCY TO
PRESENT THE RESULTS" over "The agency will present …" wrapped at a fixed width): a headline, not
the first line of the paragraph, in any language. Text invented."""

from __future__ import annotations

from desktop.formats.releases.article import read_article

_ADVISORY = (
    "MEDIA ADVISORY\n"
    "AGENCY TO PRESENT THE SPRING LAKE SURVEY RESULTS\n"
    "The agency will present the results of the spring lake survey on May 22, 2031, at its\n"
    "field station on the north shore. Survey boats and sampling gear will be on show, and\n"
    "the scientists who led the survey will be on hand for interviews.\n"
)


def test_a_headline_in_capitals_over_the_story_is_the_headline() -> None:
    assert read_article(_ADVISORY).title == "AGENCY TO PRESENT THE SPRING LAKE SURVEY RESULTS"


def test_a_mixed_case_line_running_into_the_paragraph_is_no_headline() -> None:
    text = _ADVISORY.replace("AGENCY TO PRESENT THE SPRING LAKE SURVEY RESULTS",
                             "In a statement issued this morning the agency said that")
    assert read_article(text).title != "In a statement issued this morning the agency said that"
