"""A picture's alt text a scrape keeps over the headline ("A man holding a sign in front of
the town hall", "En person som tar et bilde av …"): an indefinite article, a noun and what the
person or thing does; never the headline, in any language. A headline drops its articles, so
"A new bridge for the harbour" still may be one. Text invented."""

from __future__ import annotations

from desktop.formats.releases.article import read_article
from desktop.formats.releases.headlines import image_description


def test_alt_text_over_the_headline() -> None:
    text = (
        "Riverton Council\nNews\n\nA man holding a sign in front of the town hall\n\n"
        "Council launches campaign against littering\n\n12 March 2031\n\n"
        "Riverton Council has launched a campaign against littering, with new bins and fines "
        "of up to 150 pounds for people caught dropping rubbish.\n"
    )
    assert read_article(text).title == "Council launches campaign against littering"


def test_alt_text_in_other_languages() -> None:
    assert image_description("En person som tar et bilde av en pasient på et sykehusrom")
    assert image_description("Ein Mann, der auf einer Bank vor dem Rathaus sitzt")
    assert image_description("Two children playing in the new park")


def test_headlines_opening_on_an_article() -> None:
    assert not image_description("A new bridge for the harbour")
    assert not image_description("A year of growth for the region")
    assert not image_description("Eine Frau steht vor dem Rathaus.")
