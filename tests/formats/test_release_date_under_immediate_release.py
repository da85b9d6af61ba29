"""A US release prints its date right under "FOR IMMEDIATE RELEASE" (a scrape may break the
label over two lines, "| FOR" / "IMMEDIATE RELEASE"): that is the release's date, not an
advised event's day lower down. Text invented."""

from __future__ import annotations

from datetime import date

from desktop.formats.releases.article import read_article

_ADVISORY = (
    "| FOR\n"
    "IMMEDIATE RELEASE\n"
    "May 17, 2031\n"
    "MEDIA ADVISORY\n"
    "AGENCY TO PRESENT THE LAKE SURVEY RESULTS\n"
    "The agency will present the results of the spring lake survey on May 22, 2031, at its "
    "field station, and scientists will be on hand for interviews.\n"
    "WHEN:\n"
    "Tuesday, May 22, 2031, 11:00 a.m.\n"
)


def test_the_date_under_a_broken_label_dates_the_release() -> None:
    assert read_article(_ADVISORY).published_on == date(2031, 5, 17)


def test_the_date_under_the_label_on_one_line() -> None:
    text = _ADVISORY.replace("| FOR\nIMMEDIATE RELEASE", "FOR IMMEDIATE RELEASE")
    assert read_article(text).published_on == date(2031, 5, 17)
