"""A local page's dateline: the town and a full stop opening the story ("Neubrück. Der
Stadtrat …"), in mixed case as in capitals, taken when the page names the town elsewhere too
(its banner, its press office) or the town is a known place; a noun opening a sentence is no
place. Text invented."""

from __future__ import annotations

from desktop.formats.releases.article import read_article

_STORY = (
    "Der Stadtrat hat in seiner jüngsten Sitzung den Umbau der Bahnhofstraße beschlossen, "
    "auf beiden Seiten entstehen geschützte Radwege.\n\n"
    "Die Arbeiten beginnen im Juni und sollen bis zum Herbst abgeschlossen sein.\n"
)


def test_a_town_the_page_names_in_its_banner() -> None:
    text = (
        "Stadt Neubrück\nStartseite > Presse\n\nNeue Radwege entlang der Bahnhofstraße\n\n"
        f"Neubrück. {_STORY}"
    )
    assert read_article(text).dateline == "Neubrück"


def test_a_known_city_in_mixed_case() -> None:
    text = f"Neue Radwege entlang der Bahnhofstraße\n\nBerlin. {_STORY}"
    assert read_article(text).dateline == "Berlin"


def test_a_noun_opening_the_story_is_no_place() -> None:
    text = (
        "Kunst im Rathaus\n\nKunst. Sie begleitet die Menschen seit Jahrtausenden, und nun "
        "zeigt das Rathaus zwölf Bilder aus der Sammlung der Stadt.\n\n"
        "Kunst aus der Region ist selten so nah zu sehen.\n"
    )
    assert read_article(text).dateline is None
