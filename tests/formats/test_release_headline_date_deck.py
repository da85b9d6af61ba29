"""Many sites print the headline, then the release's date alone on its line, then a deck over
the story: the line over the date is the headline, not the deck nearer the story, in any
language. A department's name over the date, or a labelled headline under it ("Media
Advisory: …"), keeps the line under the date. Text invented."""

from __future__ import annotations

from desktop.formats.releases.article import read_article

_STORY_DE = (
    "Die Stiftung zeichnet in diesem Jahr zwölf Fotografinnen und Fotografen aus, die Wiesen, "
    "Weiden und Hecken der Region festgehalten haben. Die Bilder sind ab Montag zu sehen.\n"
)


def test_the_line_over_the_date_is_the_headline_and_the_deck_is_not() -> None:
    text = (
        "Medienmitteilung\n\nBlühende Hecken in preisgekrönten Fotografien\n\n03.10.2031\n\n"
        "Zwölf Bilder zum Ende des Sommers\n\n" + _STORY_DE
    )
    article = read_article(text)
    assert article.title == "Blühende Hecken in preisgekrönten Fotografien"
    assert str(article.published_on) == "2031-10-03"


def test_the_same_in_english_with_the_date_written_out() -> None:
    text = (
        "News\n\nVolunteers plant a new orchard by the river\n\n14 March 2031\n\n"
        "Two hundred trees for the old mill meadow\n\n"
        "More than eighty volunteers planted two hundred apple and pear trees on Saturday on "
        "the meadow by the old mill, where the town plans a public orchard.\n"
    )
    assert read_article(text).title == "Volunteers plant a new orchard by the river"


def test_a_department_name_over_the_date_is_no_headline() -> None:
    text = (
        "Rivers and Coastal Affairs\nMay 4, 2031\n\n"
        "Media Advisory: Minister to open the harbour walk\n\n"
        "The Minister Responsible for Coastal Affairs will open the new harbour walk on "
        "Friday, May 6, at 10:00 a.m., with the mayor and members of the harbour board.\n"
    )
    assert read_article(text).title == "Media Advisory: Minister to open the harbour walk"


def test_a_short_kicker_over_the_date_is_no_headline() -> None:
    text = (
        "Environment\n\n14 March 2031\n\nVolunteers plant a new orchard by the river\n\n"
        "More than eighty volunteers planted two hundred apple and pear trees on Saturday on "
        "the meadow by the old mill, where the town plans a public orchard.\n"
    )
    assert read_article(text).title == "Volunteers plant a new orchard by the river"
