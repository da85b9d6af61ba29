"""Two more ways to open a story with its place: the date first, then the place between dashes
("March 12, 2031 — Riverton, Ore. — The …"), and the place and date closed by a colon
("Riverton, 12. marts 2031: Byrådet …"), in any language. Text invented."""

from __future__ import annotations

from datetime import date

from desktop.formats.releases.article import read_article


def test_date_first_then_the_place_between_dashes() -> None:
    text = (
        "City plants trees along the river\n\nMarch 12, 2031 — Riverton, Ore. — The city "
        "council will plant five thousand trees along the river banks this autumn, after a "
        "survey found that the banks had lost cover.\n"
    )
    article = read_article(text)
    assert (article.dateline, article.published_on) == ("Riverton, Ore.", date(2031, 3, 12))


def test_place_and_date_closed_by_a_colon() -> None:
    text = (
        "Kommunen planter træer\n\nRiverton, 12. marts 2031: Byrådet planter i efteråret fem "
        "tusinde træer langs åens bredder, efter at en undersøgelse har vist det.\n"
    )
    article = read_article(text)
    assert (article.dateline, article.published_on) == ("Riverton", date(2031, 3, 12))


def test_a_date_alone_before_the_dash_gives_no_place() -> None:
    text = (
        "City plants trees along the river\n\nMarch 12, 2031 — The city council will plant "
        "five thousand trees along the river banks this autumn, after a survey found that the "
        "banks had lost cover.\n"
    )
    assert read_article(text).dateline is None
