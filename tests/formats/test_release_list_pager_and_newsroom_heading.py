"""Pages that are no one release: a newsroom's list above its pager ("Viewing 1 - 20 of 533",
in any language) gives no item's headline, place or date; a page of the press office's rules
headed only by its section's name ("Media centre") has no headline, unless a breadcrumb names
the page by it. Text invented."""

from __future__ import annotations

from desktop.formats.releases.article import read_article
from desktop.formats.releases.headlines import pager_line

_LIST = (
    "Media Center\n\n"
    "All Press Releases\n\n"
    "Viewing 1 - 20 of 311\n\n"
    "Agency Opens New Trail Along the River\n\n"
    "Press ReleaseRiverton, Ore.\n"
    "RIVERTON – The agency opened a new trail along the river on Monday, giving walkers "
    "twelve miles of path between the two bridges.\n\n"
    "Survey Counts More Herons Than Last Year\n\n"
    "Press ReleaseRiverton, Ore.\n"
    "The spring survey counted more herons along the river than in any year since 2020.\n"
)

_RULES = (
    "Media centre\n\n"
    "The press office answers questions from journalists on working days and confirms each "
    "request on the day it arrives.\n\n"
    "Requests should name the outlet, the questions and a deadline, and are answered in "
    "the order they arrive.\n\n"
    "Media line: 555 0100\n"
)


def test_a_list_over_its_pager_has_no_headline_place_or_date() -> None:
    article = read_article(_LIST)
    assert (article.title, article.dateline, article.published_on) == ("", None, None)


def test_pagers_in_several_languages() -> None:
    assert pager_line("Viewing 1 - 20 of 311")
    assert pager_line("Résultats 1 à 10 sur 45")
    assert pager_line("Mostrando 1 – 20 de 1.311")
    assert not pager_line("Top 10 of 2031")


def test_a_section_name_alone_heads_no_page() -> None:
    assert read_article(_RULES).title == ""


def test_a_section_named_by_its_breadcrumb_is_the_page_heading() -> None:
    assert read_article(f"Home » Media centre\n\n{_RULES}").title == "Media centre"
