"""An invitation whose headline says what happens and closes on the event's day and hour
("… on Thursday 12.11. at 10.30"), in any language: the headline, where a line that is only the
day and hour ("Thursday 12.11., 10.30") heads nothing. Text invented."""

from __future__ import annotations

from desktop.formats.releases.article import read_article

_INVITATION = (
    "Kutsu: Kaupunginjohtaja Aino Esimerkki esittelee uuden puistosuunnitelman torstaina "
    "12.11. klo 10.30\n"
    "Tilaisuus pidetään kaupungintalolla ja sitä voi seurata suorana lähetyksenä verkossa. "
    "Kysymyksiä voi lähettää etukäteen sähköpostitse viestintätiimille.\n"
    "Ilmoittautumiset: viestintäasiantuntija Eero Keksitty, puh. 040 555 0101\n"
)


def test_a_headline_closing_on_the_event_day_and_hour_is_the_headline() -> None:
    assert read_article(_INVITATION).title.startswith("Kutsu: Kaupunginjohtaja Aino")
    assert read_article(_INVITATION).title.endswith("klo 10.30")


def test_an_english_headline_closing_on_the_hour_is_the_headline() -> None:
    text = (
        "Mayor Jo Sample presents the new harbour plan to the press on Thursday 12.11. at "
        "10.30\n"
        "The presentation takes place at the city hall and is streamed live on the city's "
        "website, where questions can be sent during the event.\n"
    )
    assert read_article(text).title.startswith("Mayor Jo Sample presents")


def test_a_line_giving_only_the_day_and_hour_heads_nothing() -> None:
    text = (
        "Donnerstag, 12.11., 10.30 Uhr\n"
        "Die Stadt stellt den neuen Hafenplan vor, der Termin findet im Rathaus statt und wird "
        "live im Netz übertragen.\n"
    )
    assert read_article(text).title == ""
