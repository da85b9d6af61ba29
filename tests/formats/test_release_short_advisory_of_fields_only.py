"""A short advisory with no text but its fields ("WHAT:" / "WHEN:" / "WHERE:", "Data:" /
"Horário:" / "Local:"), in any language: the headline over the fields' block is the title, and
the date over it the release's, not the event's. Text invented."""

from __future__ import annotations

from desktop.formats.releases.article import read_article


def test_a_us_advisory_of_fields_only() -> None:
    text = (
        "MEDIA ADVISORY\nMarch 10, 2031\n\nMayor to open the Main Street bike lanes\n\n"
        "WHAT: Ribbon cutting for the new lanes\nWHEN: Friday, March 14, 2031, 10 a.m.\n"
        "WHERE: Main Street and 3rd Avenue, Riverton\nWHO: Mayor Jo Bloggs, council members\n\n"
        "CONTACT: Sam Doe, 503-555-0100\n"
    )
    article = read_article(text)
    assert article.title == "Mayor to open the Main Street bike lanes"
    assert str(article.published_on) == "2031-03-10"


def test_an_office_banner_over_the_headline_and_fields() -> None:
    text = (
        "City of Riverton\nNews\n\nMayor to open the Main Street bike lanes\n"
        "Posted: March 10, 2031\n\nWHAT: Ribbon cutting for the new lanes\n"
        "WHEN: Friday, March 14, 2031, 10 a.m.\nWHERE: Main Street and 3rd Avenue, Riverton\n"
    )
    assert read_article(text).title == "Mayor to open the Main Street bike lanes"


def test_a_labelled_block_under_the_headline_in_portuguese() -> None:
    text = (
        "Prefeitura amplia o horário da biblioteca central\n\nServiço:\nEntrevista coletiva\n"
        "Data: quinta-feira (12)\nHorário: 10h\nLocal: Biblioteca Central\n"
    )
    assert read_article(text).title == "Prefeitura amplia o horário da biblioteca central"
