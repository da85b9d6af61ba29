"""A content system's default stamp under the headline ("Wed, 03/12/2031 - 16:52": the day
abbreviated, the date in figures, a dash, the hour) puts the month first, so even a date whose
day is 12 or less dates the page; the same figures elsewhere stay unread. Text invented."""

from __future__ import annotations

from datetime import date

from desktop.formats.releases.article import read_article
from desktop.formats.releases.dates import first_date

_PAGE = (
    "Agency Newsroom\n\n"
    "Lake Survey Finds Fewer Invasive Snails\n\n"
    "Wed, 03/12/2031 - 16:52\n"
    "Summary: The spring survey of the northern lakes found fewer invasive snails\n\n"
    "The spring survey of the northern lakes found fewer invasive snails than in any year "
    "since the count began, agency scientists said today in a report.\n"
)


def test_the_stamp_dates_the_page_month_first() -> None:
    assert read_article(_PAGE).published_on == date(2031, 3, 12)


def test_an_ambiguous_date_in_figures_alone_is_not_read() -> None:
    assert first_date("Report 03/12/2031") is None
    assert first_date("Report 03/12/2031", month_first=True) == date(2031, 3, 12)
    assert first_date("Report 13/12/2031", month_first=True) == date(2031, 12, 13)
