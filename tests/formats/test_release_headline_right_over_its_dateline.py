"""A PDF (or a scrape) that sets no blank line between the headline and the story's first line,
which opens on its dateline ("GENÈVE, 12 octobre 2031 – …" wrapped at the page's width, the line
stopping on "de"): the story starts at the dateline, so the line over it is the headline, not a
line of the same paragraph. Text invented."""

from __future__ import annotations

from datetime import date

from desktop.formats.releases.article import read_article

_PAGE = (
    "Le port de Riveville ouvre un nouveau terminal\n"
    "RIVEVILLE, 12 octobre 2031 – L’autorité portuaire a ouvert aujourd’hui un nouveau "
    "terminal de\n"
    "ferries, qui double le nombre de traversées quotidiennes du lac.\n\n"
    "Le terminal accueille douze mille passagers par jour.\n"
)


def test_the_line_over_the_dateline_is_the_headline() -> None:
    article = read_article(_PAGE)
    assert article.title == "Le port de Riveville ouvre un nouveau terminal"
    assert article.published_on == date(2031, 10, 12)


def test_a_sentence_over_the_dateline_is_no_headline() -> None:
    text = _PAGE.replace("Le port de Riveville ouvre un nouveau terminal",
                         "Le port de Riveville ouvre un nouveau terminal.")
    assert read_article(text).title == ""
