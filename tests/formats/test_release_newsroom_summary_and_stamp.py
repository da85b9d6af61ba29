"""A news portal prints its headline, a content system's stamp ("Tue, 05/17/2022 - 10:15"),
then a labelled summary ("Summary: …") that repeats the story's first sentence: the summary is
not the headline, in any language, and the stamp is the page's date, not an advised event's
day. Text invented, modelled on a syndicated newsroom page."""

from __future__ import annotations

from datetime import date

from desktop.formats.releases.article import read_article

_PAGE = (
    "Agency Newsroom\n\n"
    "News Releases\n\n"
    "Small Beetles Found Far Upstream of Their Known Range\n\n"
    "Tue, 05/17/2022 - 10:15\n"
    "Resumen: Field crews counted small beetles in three creeks well upstream of the range "
    "mapped so far\n\n"
    "Contact Information:\n\n"
    "Alex Example ( Phone: 555-010-0199 );\n\n"
    "Field crews counted small beetles in three creeks well upstream of the range mapped so "
    "far, the agency said on Tuesday.\n\n"
    "The survey will be repeated next spring to learn whether the beetles stay over winter.\n"
)


def test_a_summary_repeating_the_opening_is_not_the_headline() -> None:
    assert read_article(_PAGE).title == "Small Beetles Found Far Upstream of Their Known Range"


def test_the_stamp_under_the_headline_dates_the_page() -> None:
    assert read_article(_PAGE).published_on == date(2022, 5, 17)


def test_an_event_day_written_out_with_its_hour_is_not_the_pages_date() -> None:
    page = _PAGE.replace("Tue, 05/17/2022 - 10:15", "Tuesday, May 17, 2022, 10 a.m.")
    assert read_article(page).published_on is None
