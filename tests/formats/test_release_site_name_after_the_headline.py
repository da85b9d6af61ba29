"""A scraped page opening on its <title>: the headline, then a dash or bar and the site's name
("Harbour Days - Association des Amis du Port"). LABELLING keeps the headline without that
suffix; a second clause after a dash ("… - Name und Name stellen … vor", "… - Name takes over
the Department") is the headline's own and stays. Text invented."""

from __future__ import annotations

from desktop.formats.releases.article import read_article

_STORY = (
    "\n\nLe port ouvre ses quais au public pendant tout l'été, avec des visites guidées chaque "
    "samedi et une exposition sur son histoire.\n"
)


def test_the_site_name_after_the_headline_is_dropped() -> None:
    text = "Fêtes du port - Association des Amis du Port" + _STORY
    assert read_article(text).title == "Fêtes du port"


def test_a_one_word_headline_keeps_its_word() -> None:
    text = "Escales | Association des Amis du Port" + _STORY
    assert read_article(text).title == "Escales"


def test_a_second_clause_after_the_dash_stays() -> None:
    text = ("Jo Sample moves to the Education Department - Alex Example takes over the "
            "Health Department" + _STORY)
    assert read_article(text).title.endswith("takes over the Health Department")
