"""A newsroom's page listing its latest items (each a headline right over its teaser, a date
line under it at most) is no single release: no headline, place or date is taken from its first
item, in any language. A release whose headline is followed by its story's paragraphs is one.
Text invented."""

from __future__ import annotations

from desktop.formats.releases.article import read_article

_ITEMS = (
    ("Volunteers plant a new orchard by the river",
     "More than eighty volunteers planted two hundred apple and pear trees on Saturday on the "
     "meadow by the old mill"),
    ("City library extends its opening hours this winter",
     "From December the central library will stay open until nine in the evening on weekdays "
     "and on Sunday afternoons"),
    ("Harbour board presents the plans for the new pier",
     "Engineers showed reporters the plans for the new pier, which will be built over two years "
     "with money from the region"),
)


def test_a_list_of_headlines_with_teasers_and_dates() -> None:
    text = "Press Releases & Resources\n\n" + "".join(
        f"{head}\n{teaser} …\nMarch {day}, 2031\n\n" for day, (head, teaser) in
        zip((12, 9, 3), _ITEMS, strict=True))
    article = read_article(text)
    assert (article.title, article.published_on) == ("", None)


def test_a_list_of_headlines_with_teasers_in_german() -> None:
    text = (
        "Aktuelle Medienmitteilungen\n\nAlle anzeigen\n\n"
        "Stadt pflanzt einen neuen Obstgarten am Fluss\n"
        "Mehr als achtzig Freiwillige haben am Samstag zweihundert Apfel- und Birnbäume auf der "
        "Wiese an der alten Mühle gepflanzt\n"
        "Die Stadtbibliothek verlängert im Winter ihre Öffnungszeiten\n"
        "Ab Dezember bleibt die Zentralbibliothek werktags bis neun Uhr abends und sonntags am "
        "Nachmittag geöffnet\n"
        "Der Hafenrat stellt die Pläne für den neuen Steg vor\n"
        "Ingenieure haben den Medien die Pläne für den neuen Steg gezeigt, der in zwei Jahren mit "
        "Geld der Region gebaut wird\n"
    )
    assert read_article(text).title == ""


def test_a_release_with_its_story_is_no_list() -> None:
    head, teaser = _ITEMS[0]
    text = (f"{head}\n\nMarch 12, 2031\n\n{teaser}, where the town plans a public orchard.\n\n"
            "The trees were given by local nurseries, and the school will look after them.\n")
    assert read_article(text).title == head
