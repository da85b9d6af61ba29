"""A short release whose story is one sentence of ten words or more, in any language, still has
its headline found above that sentence (past a section heading and a date label); a one-word
label with its value ("Tyyppi:Tiedote 677", "Kategorie: Politik") over the story is a field of
the page, never the headline. Text invented."""

from __future__ import annotations

from desktop.formats.releases.article import read_article


def test_a_headline_over_a_one_sentence_story() -> None:
    text = (
        "Aktualności\n\nRada zatwierdza ścieżki rowerowe na ulicy Głównej\n\n"
        "Data publikacji: 12.03.2031\n\n"
        "Rada miasta zatwierdziła we wtorek plan budowy chronionych ścieżek wzdłuż ulicy.\n"
    )
    article = read_article(text)
    assert article.title == "Rada zatwierdza ścieżki rowerowe na ulicy Głównej"
    assert str(article.published_on) == "2031-03-12"


def test_a_one_word_label_and_its_value_is_no_headline() -> None:
    text = (
        "Kaupunki avaa uuden pyörätien\n\nkaupungin viestintä\n\n"
        "Julkaisuajankohta 12.3.2031 10.00\n\nTyyppi:Tiedote 677\n\n"
        "Kaupunki avaa uuden pyörätien keskustaan ja toivoo, että asukkaat käyttävät sitä.\n"
        "Kaupunginhallitus käsitteli asiaa kokouksessaan eilen.\n"
    )
    assert read_article(text).title == "Kaupunki avaa uuden pyörätien"
