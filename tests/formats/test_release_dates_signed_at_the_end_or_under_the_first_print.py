"""Where a release's date stands when no dateline gives it, in any language: a communiqué
signed at its end with its place and date alone on a line ("Lima, 12 de octubre de 2031"; the
date only: a signature is no dateline), and a page printing its headline twice with the date
under the first print, above the contacts. Text invented."""

from __future__ import annotations

from desktop.formats.releases.article import read_article


def test_a_communique_signed_with_place_and_date_at_its_end() -> None:
    text = (
        "COMUNICADO N° 7 - 2031\n\n"
        "Con relación a la difusión en las redes sociales de un video, la Dirección informa a "
        "la opinión pública que ha dispuesto que se inicie la investigación correspondiente.\n\n"
        "Valmonte, 12 de octubre de 2031\n\nAvenida Central s/n – Valmonte\n"
    )
    assert str(read_article(text).published_on) == "2031-10-12"


def test_the_date_under_the_headlines_first_print() -> None:
    text = (
        "Monday, May 5\n\nNew Time for the Harbour Board Briefing\n\nMay 5, 2031\n\n"
        "Jo Bloggs\nHarbour Board, Riverton\n503-555-0100\n\nMEDIA ADVISORY: M31-12\n\n"
        "NEW TIME FOR THE HARBOUR BOARD BRIEFING\n\n"
        "RIVERTON - The harbour board briefing on the new pier has moved to 2 p.m. on\n"
        "Tuesday, May 6, at the board's offices on Water Street.\n"
    )
    assert str(read_article(text).published_on) == "2031-05-05"
