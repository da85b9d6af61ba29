"""A date inside a sentence of the story ("A public meeting will be held on 20 March 2031 at
the town hall.") is the event's, not the release's: a page that gives no other date has none;
a date opening a paragraph after its place ("Valmonte, 12 March 2031 – …") still dates it.
Text invented."""

from __future__ import annotations

from desktop.formats.releases.article import read_article

_STORY = (
    "Riverton Council has launched a campaign against littering, with new bins and fines of up "
    "to 150 pounds for people caught dropping rubbish.\n\n"
)


def test_an_event_date_in_a_sentence() -> None:
    text = (
        "News\n\nCouncil launches campaign against littering\n\n" + _STORY
        + "A public meeting will be held on 20 March 2031 at the town hall.\n"
    )
    assert read_article(text).published_on is None


def test_a_date_opening_a_paragraph() -> None:
    text = (
        "News\n\nCouncil launches campaign against littering\n\n" + _STORY
        + "On 12 March 2031, the council also agreed to double the number of street cleaners.\n"
    )
    assert str(read_article(text).published_on) == "2031-03-12"
