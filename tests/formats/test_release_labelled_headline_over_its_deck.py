"""An advisory printed as a stack with no blank lines: its number ("Media Advisory 22-014"), a
labelled headline ("Press call: …"), a longer deck under it, the date, the story. The labelled
line is the headline, not the deck, in any language. Text invented."""

from __future__ import annotations

from desktop.formats.releases.article import read_article

_ADVISORY = (
    "Media Advisory 22-014\n"
    "Press call: Lake survey results\n"
    "Agency scientists to walk reporters through the first results of the spring lake survey\n"
    "March 3, 2022\n"
    "Reporters are invited to join a 30-minute call on the first results of the spring survey "
    "of the northern lakes, with time for questions at the end.\n"
    "- When: 11 a.m., March 4, 2022\n"
    "- RSVP: Sam Orvel, sorvel@example.gov\n"
)


def test_a_labelled_headline_over_its_longer_deck_is_the_headline() -> None:
    assert read_article(_ADVISORY).title == "Press call: Lake survey results"


def test_a_deck_alone_under_the_advisory_number_stays_the_headline() -> None:
    text = _ADVISORY.replace("Press call: Lake survey results\n", "")
    assert read_article(text).title.startswith("Agency scientists to walk reporters")
