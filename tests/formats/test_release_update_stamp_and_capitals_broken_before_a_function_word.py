"""An update's stamp over the publication date ("Updated: April 2, 2031" over "Published: March
12, 2031", "Mis à jour le …") dates the page only when no other date stands above the story; a
headline in capitals broken before a function word ("COUNCIL APPROVES NEW BIKE LANES" over "IN
THE WHOLE OF MAIN STREET") is one headline, where a deck in capitals under it is not. Text
invented."""

from __future__ import annotations

from desktop.formats.releases.article import read_article

_STORY = (
    "The city council approved on Tuesday a plan to build protected bike lanes along the whole "
    "of Main Street, with work to start in the spring and end by the autumn.\n"
)


def test_the_publication_date_wins_over_the_update_stamp() -> None:
    text = ("Council approves bike lanes on Main Street\n\nUpdated: April 2, 2031\n"
            "Published: March 12, 2031\n\n" + _STORY)
    assert str(read_article(text).published_on) == "2031-03-12"


def test_the_update_stamp_in_french_when_the_date_follows() -> None:
    text = ("Le conseil adopte des pistes cyclables\n\nMis à jour le 2 avril 2031\n"
            "12 mars 2031\n\nLe conseil municipal a adopté mardi un plan de pistes cyclables "
            "protégées sur toute la rue Principale, avec des travaux au printemps.\n")
    assert str(read_article(text).published_on) == "2031-03-12"


def test_an_update_stamp_alone_still_dates_the_page() -> None:
    text = "Council approves bike lanes on Main Street\n\nUpdated: April 2, 2031\n\n" + _STORY
    assert str(read_article(text).published_on) == "2031-04-02"


def test_a_capitals_headline_broken_before_a_function_word() -> None:
    text = ("NEWS RELEASE\n\nCOUNCIL APPROVES NEW PROTECTED BIKE LANES\n"
            "IN THE WHOLE OF MAIN STREET\n\n" + _STORY)
    assert read_article(text).title == (
        "COUNCIL APPROVES NEW PROTECTED BIKE LANES IN THE WHOLE OF MAIN STREET")
