"""A press office's page for journalists (its rules, its contacts, a list of releases) headed
only by what it is ("Informationen für Medienschaffende", "Media guide", "Informatie voor de
pers", "Communiqués de presse 2031"): the page's section, no release headline, in any language;
a headline that only opens with a press word says something and stays. Text invented."""

from __future__ import annotations

import pytest

from desktop.formats.releases.article import read_article
from desktop.formats.releases.headlines import title_like

_RULES = (
    "\n\nThe press office answers questions from journalists on working days and confirms each "
    "request on the day it arrives, in the order requests arrive.\n\n"
    "All media inquiries should be directed to the public information officer.\n"
)


@pytest.mark.parametrize("heading", [
    "Informationen für Medienschaffende", "Media Guide", "Informatie voor de pers",
    "Communiqués de presse 2031", "Press Information",
])
def test_a_press_office_page_heading_is_no_headline(heading: str) -> None:
    assert read_article(heading + _RULES).title == ""


def test_a_headline_opening_with_a_press_word_stays() -> None:
    text = "Press office moves to the new city hall" + _RULES
    assert read_article(text).title == "Press office moves to the new city hall"


def test_a_press_material_page_heading() -> None:
    text = (
        "Press- och informationsmaterial\n\n"
        "Här hittar du pressbilder, logotyper och informationsmaterial om kommunen. Bilderna "
        "får användas fritt i redaktionella sammanhang om fotografen anges.\n"
    )
    assert read_article(text).title == ""
    assert title_like("New materials for the school library")
