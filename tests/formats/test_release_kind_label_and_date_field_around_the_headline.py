"""Two shapes around a US agency's headline: the kind of text run into the dateline ("MEDIA
ADVISORY RIVERTON, MD – The …") gives the place alone; a "Date: Sep 24, 2031" field right under
the headline, with no hour and no event's details under it, dates the release (an advisory's
"Date:" among "Time:" and "Place:" stays the event's). Text invented."""

from __future__ import annotations

from datetime import date

from desktop.formats.releases.article import read_article


def test_a_kind_label_before_the_dateline_is_not_the_place() -> None:
    text = (
        "Council and fire officials to hold a briefing on fire safety week\n\n"
        "MEDIA ADVISORY RIVERTON, MD – The county council and the fire service will hold a "
        "public briefing on fire safety week at the fire station on Main Street.\n"
    )
    assert (read_article(text).dateline or "").upper() == "RIVERTON, MD"


def test_a_date_field_under_the_headline_dates_the_release() -> None:
    text = (
        "Press Release Article\nAUTHORITY BOARD TAKES ACTION ON SEVERAL ITEMS\n"
        "Date: Sep 24, 2031\nPress Release Number: 124-2031\n"
        "At its monthly meeting this afternoon, the Authority's board of commissioners took the "
        "following actions on leases, energy programmes and the airport's new hall.\n"
    )
    assert read_article(text).published_on == date(2031, 9, 24)


def test_an_event_date_among_time_and_place_is_not_the_release_date() -> None:
    text = (
        "Authority to present the new bridge plan\nDate: Sep 24, 2031\nTime: 10:00 a.m.\n"
        "Place: Authority headquarters, Main Street\n"
        "The Authority will present the new bridge plan to the press and answer questions on "
        "the work and the traffic it will bring over the next two years.\n"
    )
    assert read_article(text).published_on is None
