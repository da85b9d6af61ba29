"""Dates only the page's language reads right: Croatian "listopad" is October where Czech and
Polish "listopad" is November, and "03/12/2031" is 3 December on a French or Croatian page,
while an English page (US or British) leaves it unread. Text invented."""

from __future__ import annotations

from datetime import date

from desktop.formats.releases.article import read_article

_CROATIAN = (
    "Zagreb, 15. listopada 2031. – Gradska uprava je danas predstavila novi plan za parkove "
    "koji će biti gotov do kraja godine, a radovi će također obuhvatiti šetnice uz rijeku. "
    "Prema planu, prvi radovi počinju nakon zime i trajat će dvije godine, te će se "
    "uređivati i dječja igrališta koja su u lošem stanju.\n"
)
_POLISH = (
    "Kraków, 15 listopada 2031 r. – Urząd Miasta przedstawił dziś nowy plan dla parków, który "
    "będzie gotowy do końca roku, a prace obejmą także bulwary nad rzeką. Zgodnie z planem "
    "pierwsze prace ruszą po zimie i potrwają dwa lata, a także zostaną odnowione place "
    "zabaw, które są w złym stanie.\n"
)
_FRENCH = (
    "Lyon, le 03/12/2031 – La mairie a présenté aujourd'hui le nouveau plan pour les parcs et "
    "les quais de la ville, qui sera prêt à la fin de l'année, et les travaux commencent au "
    "printemps pour deux ans dans les quartiers du centre.\n"
)
_ENGLISH = (
    "Riverton, 03/12/2031 – The city presented the new plan for the parks and the river walks "
    "today, which will be ready by the end of the year, and the work will start in the spring "
    "and take two years in the central districts.\n"
)


def test_croatian_listopad_is_october() -> None:
    assert read_article(_CROATIAN).published_on == date(2031, 10, 15)


def test_polish_listopad_stays_november() -> None:
    assert read_article(_POLISH).published_on == date(2031, 11, 15)


def test_figures_with_slashes_read_day_first_in_french() -> None:
    assert read_article(_FRENCH).published_on == date(2031, 12, 3)


def test_figures_with_slashes_stay_unread_in_english() -> None:
    assert read_article(_ENGLISH).published_on is None
