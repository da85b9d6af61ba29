"""A site prints its office's name, or its name and a tag line, over the headline ("City of
Riverton", "Ayuntamiento de Valmonte", "Riverton City – Working for you"): that banner is never
the headline over a sub-headline, in any language; the line under it is the headline. Text
invented."""

from __future__ import annotations

import pytest

from desktop.formats.releases.article import read_article

_STORY = (
    "The city council approved on Tuesday a plan to build protected bike lanes along the whole "
    "of Main Street, with work to start in the spring and end by the autumn.\n"
)


@pytest.mark.parametrize("banner", [
    "City of Riverton", "Riverton Fire Department", "Riverton City – Working for you",
])
def test_the_offices_name_over_the_headline_is_not_it(banner: str) -> None:
    text = f"{banner}\n\nCouncil approves bike lanes on Main Street\n\n{_STORY}"
    assert read_article(text).title == "Council approves bike lanes on Main Street"


def test_the_same_in_spanish() -> None:
    text = (
        "Ayuntamiento de Valmonte\n\nEl pleno aprueba carriles bici en la calle Mayor\n\n"
        "El pleno municipal aprobó el martes un plan para construir carriles bici protegidos en "
        "toda la calle Mayor, con obras que comenzarán en primavera.\n"
    )
    assert read_article(text).title == "El pleno aprueba carriles bici en la calle Mayor"


def test_a_headline_over_its_sub_headline_is_still_the_headline() -> None:
    text = (
        "Volunteers plant a new orchard by the old mill\n\n"
        "Two hundred trees for the meadow\n\n" + _STORY
    )
    assert read_article(text).title == "Volunteers plant a new orchard by the old mill"
