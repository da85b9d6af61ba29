"""A headline, its longer deck, then the place and date alone on a line ("Lussac, le 12 mars
2031") over the story: the place-and-date line is no headline (a date named by a briefing,
"Point de presse du 25 novembre 2031", still is), so the headline stays the line over the deck.
Text invented."""

from __future__ import annotations

from desktop.formats.releases.article import read_article
from desktop.formats.releases.headlines import title_like


def test_a_place_and_date_line_under_the_deck() -> None:
    text = (
        "Communiqué\n\nUne forêt urbaine plantée par 600 écoliers à Lussac\n\n"
        "Les élèves de douze écoles ont planté 3 000 arbres sur une ancienne friche "
        "industrielle\n\n"
        "Lussac, le 12 mars 2031\n\n"
        "Six cents écoliers de Lussac ont planté ce mardi 3 000 jeunes arbres sur une ancienne "
        "friche industrielle, dans le cadre du projet « Une classe, un bosquet ».\n"
    )
    article = read_article(text)
    assert article.title == "Une forêt urbaine plantée par 600 écoliers à Lussac"
    assert article.dateline == "Lussac"
    assert str(article.published_on) == "2031-03-12"


def test_place_and_date_lines_against_dated_names() -> None:
    assert not title_like("Lussac, le 12 mars 2031")
    assert not title_like("Neubrück, den 3. März 2031")
    assert title_like("Point de presse du 25 novembre 2031")
