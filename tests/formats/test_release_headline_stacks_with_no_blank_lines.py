"""Headlines on pages with no blank lines (a filing's exhibit, a PDF's text): a headline broken
over two short lines right over a story of long unwrapped lines is no hard-wrapped paragraph;
a deck set between dashes ("—Growing Airline Ready …—") is no headline; a labelled headline
over its deck over a second deck ("Introducing: …") heads them. Text invented."""

from __future__ import annotations

from desktop.formats.releases.article import read_article
from desktop.formats.releases.headlines import title_like

_STORY = (
    "DENVER (Sept. 18, 2031) — Northwind Airlines today announced it has signed a 12-year "
    "agreement with a regional carrier to operate a fleet of new regional jets from its hub, "
    "starting in the spring of next year with eight aircraft and growing to twenty by 2034.\n"
    "The regional jets will serve cities too small for the airline's own mainline aircraft, "
    "the airline said in a statement issued at its headquarters this morning in Denver.\n"
)


def test_a_broken_headline_over_long_story_lines() -> None:
    text = (
        "Exhibit 99.1\nContacts\nJo Bloggs\n720-555-0104\n"
        "Northwind Airlines Partners With a Regional Carrier\n"
        "for Its New Regional Jet Service\n" + _STORY
    )
    assert read_article(text).title == (
        "Northwind Airlines Partners With a Regional Carrier for Its New Regional Jet Service")


def test_a_deck_between_dashes_is_no_headline() -> None:
    assert not title_like("—Growing Airline Ready for Another Year of Double Digit Growth—")
    assert title_like("Growing Airline Ready for Another Year of Double Digit Growth")


def test_a_labelled_headline_over_two_decks() -> None:
    text = (
        "Exhibit 99.1\nFor Immediate Release\n"
        "Media call: Northwind Express\n"
        "Northwind to Turn Its Denver Operation Into the Region's Largest Low-Fare Hub\n"
        "Preview of the Airline's New Timetable Now Available Online\n" + _STORY
    )
    assert read_article(text).title == "Media call: Northwind Express"


def test_an_exclaiming_capitals_headline_over_its_deck() -> None:
    text = (
        "Press Release\nFor Immediate Release\nMarch 11,2031\n\n"
        "BABY OTTER JOY AT RIVERTON ZOO!\nDay Old Pup On Display In The River Pavilion\n"
        "WHO: A baby river otter, with its mother and father.\n"
        "WHAT: Born late on Monday, the pup is the pair's third, and the zoo's keepers say it is "
        "feeding well and growing stronger every day.\n"
        "WHEN: Wednesday, March 16, 2031\n"
    )
    article = read_article(text)
    assert article.title == "BABY OTTER JOY AT RIVERTON ZOO!"
    assert str(article.published_on) == "2031-03-11"


def test_a_date_field_under_for_immediate_release() -> None:
    text = (
        "Exhibit 99.1\nRiverton Power\nNEWS RELEASE\n|For Immediate Release\n"
        "|Date: July 8, 2031\nContacts:\nMedia: Jo Bloggs, 915-555-0123\n"
        "Riverton Power Asks to Raise Its Fuel Charge as Gas Prices Rise\n"
        "As a result of the continued increase in natural gas prices and the related impact on "
        "the cost of fuel used to generate electricity for customers, Riverton Power today "
        "asked the regulator to raise its fuel charge.\n"
    )
    assert str(read_article(text).published_on) == "2031-07-08"


def test_a_capitals_headline_over_its_mixed_case_deck() -> None:
    text = (
        "Exhibit 99.1\nContacts:\nJo Bloggs, 781-555-0133\n"
        "NORTHWIND PHARMACEUTICALS ANNOUNCES OPTION TO ACQUIRE\nRIVERTON BIOSCIENCES\n"
        "Lead Compound Would Address an Unmet Medical Need in Liver Disease;\n"
        "Northwind Will Pay $4.7 Million for the Option and Fund the Next Study\n" + _STORY
    )
    assert read_article(text).title == (
        "NORTHWIND PHARMACEUTICALS ANNOUNCES OPTION TO ACQUIRE RIVERTON BIOSCIENCES")
