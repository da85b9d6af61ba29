"""The kind of document printed on the headline's own line, before it ("Dossier de presse
« … » 2031", "PRESS KIT THE HARBOUR …"): not part of the headline, when a quote or the
headline's capitals set it off; a headline that only opens with the words keeps them. Text
invented."""

from __future__ import annotations

from desktop.formats.releases.article import read_article

_STORY = (
    "\nLe port ouvre ses quais au public pendant tout l'été, avec des visites guidées chaque "
    "samedi et une exposition sur son histoire.\n"
)


def test_a_kind_label_before_a_quoted_headline_is_dropped() -> None:
    text = "Dossier de presse « Ports ouverts » 2031\n" + _STORY
    assert read_article(text).title == "« Ports ouverts » 2031"


def test_a_kind_label_before_a_headline_in_capitals_is_dropped() -> None:
    text = "PRESS KIT THE HARBOUR OPENS ITS QUAYS\n" + _STORY
    assert read_article(text).title == "THE HARBOUR OPENS ITS QUAYS"


def test_a_headline_opening_with_the_words_keeps_them() -> None:
    text = "Press release writing workshop opens in the harbour\n" + _STORY
    assert read_article(text).title == "Press release writing workshop opens in the harbour"
