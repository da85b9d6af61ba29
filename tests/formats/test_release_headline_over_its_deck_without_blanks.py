"""A scrape that drops the blank lines keeps the headline right over its deck ("New bike lanes
for Main Street" over "Council backs a plan for …"): the upper line is the headline, in any
language, whichever is longer; a long teaser of another item over the headline, a site's banner
or a section's name are not. Text invented."""

from __future__ import annotations

from desktop.formats.releases.article import read_article

_STORY = (
    "The city council approved on Tuesday a plan to build protected bike lanes along the "
    "whole of Main Street, with work to start in the spring and end by the autumn.\n"
)


def test_the_line_over_the_deck_is_the_headline() -> None:
    text = ("Riverton City\nNews\n12.03.2031\nEnvironment\nNew bike lanes for Main Street\n"
            "Council backs a plan for three kilometres of protected lanes\n" + _STORY)
    assert read_article(text).title == "New bike lanes for Main Street"


def test_a_longer_headline_over_a_shorter_deck_in_spanish() -> None:
    text = (
        "Comunicado de prensa\n12 de marzo de 2031\nRiverton, Oregón\n"
        "El ayuntamiento aprueba nuevos carriles bici en la calle Mayor\n"
        "La medida prevé tres kilómetros de carriles protegidos\n"
        "El pleno municipal aprobó el martes un plan para construir carriles bici protegidos en "
        "toda la calle Mayor, con obras que comenzarán en primavera.\n"
    )
    assert read_article(text).title == (
        "El ayuntamiento aprueba nuevos carriles bici en la calle Mayor")


def test_a_long_teaser_of_another_item_over_the_headline_is_not_it() -> None:
    text = (
        "Council criticises the regional plan for the river and asks for a new study of the "
        "flood risk before any building starts – a bad signal ahead of the summit\n"
        "City experts available for interviews at the summit\n" + _STORY
    )
    assert read_article(text).title == "City experts available for interviews at the summit"


def test_a_banner_over_the_headline_is_not_it() -> None:
    text = "Riverton City Council\nCouncil approves new bike lanes on Main Street\n" + _STORY
    assert read_article(text).title == "Council approves new bike lanes on Main Street"
