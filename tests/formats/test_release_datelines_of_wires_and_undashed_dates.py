"""Datelines written without the usual dash, in any language: a wire's day and month with no
year before its code ("Valmonte, 25 sep (AB). El …"), a place and a full date run straight into
the story ("Riverton, OR, March 3, 2031 The …"), and a scraper's stamp over a place in capitals
with a label in brackets before the dash ("LAKEVILLE, Texas (PRESS RELEASE) — …"). Text
invented."""

from __future__ import annotations

from desktop.formats.releases.article import read_article


def test_a_wires_day_and_month_before_its_code() -> None:
    text = (
        "Valmonte, 25 sep (AB). El presidente de la República visitará la ciudad el próximo "
        "domingo para inaugurar el nuevo puente sobre el río y reunirse con los alcaldes.\n"
    )
    assert read_article(text).dateline == "Valmonte"


def test_a_place_and_date_run_into_the_story() -> None:
    text = (
        "Riverton Choir Moves Into the Old Mill\n\n"
        "Riverton, OR, March 3, 2031 The Riverton Choir will move its offices and rehearsal rooms "
        "into the old mill on Water Street next month, the board said on Monday.\n"
    )
    article = read_article(text)
    assert article.dateline == "Riverton, OR"
    assert str(article.published_on) == "2031-03-03"


def test_a_stamped_place_in_capitals_with_a_bracketed_label() -> None:
    text = (
        " date 2031-03-09 LAKEVILLE, Texas (PRESS RELEASE) — The following is a statement from "
        "the Lakeville Food Bank:\n\n"
        "The Lakeville Food Bank will open its new warehouse on Thursday at 6 p.m., with "
        "volunteers and families who helped build it.\n"
    )
    article = read_article(text)
    assert article.dateline == "LAKEVILLE, Texas"
    assert str(article.published_on) == "2031-03-09"
