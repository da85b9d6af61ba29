"""A dateline with no comma between the place and the date ("Helsinki 12.3.2031 – …",
"Bratislava 12. marca 2031 – …"), as Finnish and Slovak releases write it: the place is the
dateline and the date the release's. Text invented."""

from __future__ import annotations

from desktop.formats.releases.article import read_article


def test_a_finnish_dateline_without_a_comma() -> None:
    text = (
        "TIEDOTE\n\nKaupunki rakentaa uuden koulun\n\n"
        "Helsinki 12.3.2031 – Järvilän kaupunki rakentaa uuden koulun keskustaan. Koulu "
        "valmistuu syksyllä 2033, ja siihen mahtuu 600 oppilasta.\n"
    )
    article = read_article(text)
    assert article.dateline == "Helsinki"
    assert str(article.published_on) == "2031-03-12"


def test_a_slovak_dateline_without_a_comma() -> None:
    text = (
        "Tlačová správa\n\nMesto opraví most\n\n"
        "Bratislava 12. marca 2031 – Mesto Horné Pole začne v apríli s opravou mosta cez rieku, "
        "práce potrvajú do konca leta a budú stáť milión eur.\n"
    )
    article = read_article(text)
    assert article.dateline == "Bratislava"
    assert str(article.published_on) == "2031-03-12"
