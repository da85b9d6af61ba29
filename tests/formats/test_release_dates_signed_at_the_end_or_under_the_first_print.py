"""Where a release's date stands when no dateline gives it, in any language: a communiqué
signed at its end with its place and date alone on a line ("Lima, 12 de octubre de 2031": the
place it was issued in is its dateline, LABELLING.md), and a page printing its headline twice
with the date under the first print, above the contacts. Text invented."""

from __future__ import annotations

from desktop.formats.releases.article import read_article


def test_a_communique_signed_with_place_and_date_at_its_end() -> None:
    text = (
        "COMUNICADO N° 7 - 2031\n\n"
        "Con relación a la difusión en las redes sociales de un video, la Dirección informa a "
        "la opinión pública que ha dispuesto que se inicie la investigación correspondiente.\n\n"
        "Valmonte, 12 de octubre de 2031\n\nAvenida Central s/n – Valmonte\n"
    )
    article = read_article(text)
    assert str(article.published_on) == "2031-10-12"
    assert article.dateline == "Valmonte"


def test_a_signature_gives_no_place_over_the_storys_own_dateline() -> None:
    text = (
        "Nueva biblioteca en el barrio Norte\n\n"
        "RIOSECO, 3 de mayo de 2031 – La alcaldía abrió hoy la nueva biblioteca del barrio "
        "Norte, con una sala infantil y cuarenta puestos de lectura.\n\n"
        "Valmonte, 3 de mayo de 2031\n"
    )
    assert read_article(text).dateline == "Rioseco"


def test_the_date_under_the_headlines_first_print() -> None:
    text = (
        "Monday, May 5\n\nNew Time for the Harbour Board Briefing\n\nMay 5, 2031\n\n"
        "Jo Bloggs\nHarbour Board, Riverton\n503-555-0100\n\nMEDIA ADVISORY: M31-12\n\n"
        "NEW TIME FOR THE HARBOUR BOARD BRIEFING\n\n"
        "RIVERTON - The harbour board briefing on the new pier has moved to 2 p.m. on\n"
        "Tuesday, May 6, at the board's offices on Water Street.\n"
    )
    assert str(read_article(text).published_on) == "2031-05-05"


def test_a_date_alone_under_the_text_dates_the_page() -> None:
    text = (
        "Vertreter der Medien wenden sich täglich mit Fragen an die Stadtverwaltung; bitte "
        "verweisen Sie sie an die Pressestelle, die alle Anfragen gebündelt beantwortet.\n\n"
        "12. November 2031\n\nKontakte:\n\nAnna Beispiel, Pressesprecherin\n"
    )
    assert str(read_article(text).published_on) == "2031-11-12"


def test_an_exhibitions_period_under_the_text_is_no_date() -> None:
    text = (
        "The gallery shows new paintings by three artists from the region in its spring "
        "exhibition, with talks on Sunday afternoons.\n\n"
        + "The artists will be present at the opening and will guide visitors.\n\n" * 5
        + "02.03. – 23.06.2031\n"
    )
    assert read_article(text).published_on is None
