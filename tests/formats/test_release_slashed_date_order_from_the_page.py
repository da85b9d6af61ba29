""""12/03/2031" on an English page is 12 March on a British page and 3 December on an American
one: the page's own evidence decides (another slashed date that reads one way only, else its
spelling, "organisation" against "organization"); with none it stays unread. Text invented."""

from __future__ import annotations

from desktop.formats.releases.article import read_article

_HEAD = "Minister visits flood defence works in the south\n\n12/03/2031\n\n"


def test_a_british_page_reads_the_day_first() -> None:
    text = _HEAD + (
        "The Minister visited the new flood defence works on Tuesday, part of a ten-year "
        "programme the organisation runs with the county councillors.\n"
    )
    assert str(read_article(text).published_on) == "2031-03-12"


def test_an_american_page_reads_the_month_first() -> None:
    text = _HEAD + (
        "The Secretary visited the new flood defense works on Tuesday, part of a program the "
        "organization runs with the regional center for coastal research.\n"
    )
    assert str(read_article(text).published_on) == "2031-12-03"


def test_another_date_that_reads_one_way_decides() -> None:
    text = _HEAD + (
        "The Minister visited the new flood works on Tuesday; the next visit is planned for "
        "25/04/2031, when the southern dykes are finished.\n"
    )
    assert str(read_article(text).published_on) == "2031-03-12"


def test_a_page_with_no_evidence_leaves_it_unread() -> None:
    text = _HEAD + (
        "The Minister visited the new flood works on Tuesday, where fourteen miles of dykes "
        "have been raised since last year.\n"
    )
    assert read_article(text).published_on is None
