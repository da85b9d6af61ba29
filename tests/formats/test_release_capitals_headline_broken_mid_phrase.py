"""A headline set in capitals that a narrow column broke in two, the upper part ending on a
verb or a noun ("HARBOUR AUTHORITY ANNOUNCES" over "NEW FERRY SERVICE TO THE ISLANDS"): one
headline, in any language; an office's name in capitals over the headline ("CITY OF
RIVERTON", "RIVERTON POLICE DEPARTMENT") is not part of it. Text invented."""

from __future__ import annotations

from desktop.formats.releases.article import read_article

_STORY = (
    "PORT ELLEN, March 12, 2031 – The Harbour Authority today announced a new ferry service "
    "linking the mainland with the three outer islands, starting in May.\n\n"
    "The service will run twice a day and carry up to 200 passengers.\n"
)


def test_a_capitals_headline_broken_after_its_verb() -> None:
    text = (
        "NEWS RELEASE\n\nHARBOUR AUTHORITY ANNOUNCES\nNEW FERRY SERVICE TO THE ISLANDS\n\n"
        f"{_STORY}"
    )
    assert read_article(text).title == (
        "HARBOUR AUTHORITY ANNOUNCES NEW FERRY SERVICE TO THE ISLANDS")


def test_a_german_capitals_headline_broken_in_two() -> None:
    text = (
        "STADTWERKE ERÖFFNEN\nNEUES FREIBAD AM SEE\n\n"
        "Neubrück. Die Stadtwerke haben am Samstag das neue Freibad am See eröffnet, mit einem "
        "Becken für Schwimmer und einem für Kinder.\n\nDer Eintritt kostet vier Euro.\n"
    )
    assert read_article(text).title == "STADTWERKE ERÖFFNEN NEUES FREIBAD AM SEE"


def test_an_office_name_in_capitals_over_the_headline() -> None:
    for office in ("CITY OF RIVERTON", "RIVERTON POLICE DEPARTMENT"):
        text = f"{office}\nNEW FERRY SERVICE TO THE ISLANDS\n\n{_STORY}"
        assert read_article(text).title == "NEW FERRY SERVICE TO THE ISLANDS"
