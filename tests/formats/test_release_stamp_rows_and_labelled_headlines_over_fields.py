"""Page shapes around a headline, in any language: a publishing system's row of short pieces,
one of them the date ("Nyhet • 12 mars 2031 09:15 CET", "12 March 2031 | News | Environment"),
is no headline and dates the page; a labelled headline set apart over an information box
("Einladung: …" / "" / "Datum: …" / "Ort: …") is the headline; a headline the story repeats
further into its first sentence is still the headline. Text invented."""

from __future__ import annotations

from desktop.formats.releases.article import read_article
from desktop.formats.releases.headlines import title_like


def test_a_stamp_row_over_the_headline() -> None:
    text = (
        "Vägverket Region Väst\n\nNyhet   •   12 mars 2031 09:15 CET\n\n"
        "Ny bro över älven öppnar för trafik\n\n"
        "Den nya bron över älven öppnar för trafik på måndag. Bron har byggts under tre år och "
        "ersätter den gamla bron från 1950-talet.\n"
    )
    article = read_article(text)
    assert article.title == "Ny bro över älven öppnar för trafik"
    assert str(article.published_on) == "2031-03-12"


def test_stamp_rows_against_headlines() -> None:
    for row in ("12 March 2031 | News | Environment", "Nieuwsbericht | 12-03-2031 | 10:15",
                "12 Mar 2031 • 3 min read"):
        assert not title_like(row), row
    assert title_like("Council opens new park | 12 March 2031")


def test_a_labelled_headline_over_an_information_box() -> None:
    text = (
        "Landratsamt Talkreis\nPressemitteilungen\n\n12.03.2031\n\n"
        "Einladung: Landrat eröffnet neue Rettungswache\n\n"
        "Datum: Freitag, 20. März 2031, 10 Uhr\nOrt: Rettungswache Nord, Industriestraße 4\n\n"
        "Sehr geehrte Damen und Herren, der Landrat eröffnet am Freitag die neue Rettungswache "
        "Nord. Wir laden Sie herzlich zu dem Termin ein.\n"
    )
    article = read_article(text)
    assert article.title == "Einladung: Landrat eröffnet neue Rettungswache"
    assert str(article.published_on) == "2031-03-12"


def test_a_headline_the_story_repeats() -> None:
    text = (
        "Riverton Library\n\nSummer Reading Challenge Returns\n\n12 March 2031\n\n"
        "The library's summer reading challenge returns on 1 July, inviting children aged 4 to "
        "11 to read six books over the holidays.\n"
    )
    assert read_article(text).title == "Summer Reading Challenge Returns"


def test_an_organisation_the_story_opens_with_is_no_headline() -> None:
    text = (
        "Storm leaves thousands without shelter\n\nRiverton Relief Committee\n\n"
        "The Riverton Relief Committee is calling for urgent help for families whose homes "
        "were destroyed by the storm on Sunday night.\n"
    )
    assert read_article(text).title == "Storm leaves thousands without shelter"


def test_the_headline_right_over_its_stamp_row_under_an_image_label() -> None:
    text = (
        "Media no image\n\nBridge works expected to slow traffic in the city centre all week\n\n"
        "Pressmeddelanden   •   Aug 22, 2031 12:00 CEST\n\n"
        "Work on the old bridge starts on Monday and traffic in the city centre is expected to "
        "move slowly all week, the city's traffic office said.\n"
    )
    article = read_article(text)
    assert article.title == "Bridge works expected to slow traffic in the city centre all week"
    assert str(article.published_on) == "2031-08-22"


def test_a_kind_of_item_and_its_date_is_no_headline() -> None:
    assert not title_like("Nyhed 12. marts 2031")
    assert not title_like("Pressemitteilung 12.03.2031")
    assert title_like("Point de presse du 25 novembre 2031")


def test_a_headline_closed_by_its_date_in_brackets() -> None:
    text = (
        "Gemeinde Waldheim\n\nGemeinderat beschließt neuen Kindergarten (12.03.2031)\n\n"
        "Der Gemeinderat hat in seiner Sitzung am Dienstag den Bau eines neuen Kindergartens "
        "beschlossen. Der Kindergarten soll Platz für 100 Kinder bieten.\n"
    )
    article = read_article(text)
    assert article.title == "Gemeinderat beschließt neuen Kindergarten (12.03.2031)"
    assert str(article.published_on) == "2031-03-12"
