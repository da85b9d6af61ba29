"""A site's cookie notice opening a scraped page ("We use cookies to give you the best …",
"Diese Website verwendet Cookies …") is a sentence, but never the story's first paragraph: the
headline is still read over the story under it. Text invented."""

from __future__ import annotations

from desktop.formats.releases.article import read_article
from desktop.formats.releases.furniture import consent_notice


def test_the_headline_under_a_cookie_notice() -> None:
    text = (
        "We use cookies to give you the best possible experience on our website. By "
        "continuing to browse you agree to our use of cookies.\nAccept all cookies\n"
        "Greenvale Water\n\nReservoir levels back to normal after wet winter\n\n12 March 2031\n\n"
        "Reservoir levels across the region have returned to normal after the wettest winter "
        "in a decade, Greenvale Water said today.\n\n"
        "The company lifted the hosepipe ban that had been in place since August.\n"
    )
    article = read_article(text)
    assert article.title == "Reservoir levels back to normal after wet winter"
    assert str(article.published_on) == "2031-03-12"


def test_cookie_notices_in_other_languages() -> None:
    assert consent_notice("Diese Website verwendet Cookies, um Ihnen den bestmöglichen Service "
                          "zu bieten.")
    assert consent_notice("Käytämme sivustollamme evästeitä parantaaksemme käyttökokemusta.")
    assert not consent_notice("The bakery sold its last loaf on Saturday after forty years.")
