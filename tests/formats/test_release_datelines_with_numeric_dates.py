"""Datelines German pages print with a numeric date: two places joined by a slash
("Hannover / Kassel, 13.07.2015. …"), the date glued to the story's first word
("Kassel, 08.08.2017Die …"), the date before the place ("20.12.2015, Bremen - …"); and
page furniture of Norwegian government pages ("Utgjevar: …") is never the headline.
Organisations, people and places' stories are invented."""

from __future__ import annotations

from datetime import date

from desktop.formats.releases import parse_release_text

_STORY = (
    "Der Verein legt seine Jahresbilanz vor und berichtet über die Hilfe in den Dörfern der "
    "Region, über neue Partner und über die Arbeit der vielen Freiwilligen im vergangenen Jahr."
    "\n\nDie Pressekonferenz findet im Gemeindesaal statt; wir laden Sie herzlich ein.\n"
)


def _read(opening: str) -> tuple[str, str | None, date | None]:
    release = parse_release_text(
        f"Menü öffnen\n\nEinladung zur Jahresbilanz des Vereins Brunnenhilfe\n\n{opening}{_STORY}",
        "t.txt",
    )
    return release.title, release.dateline, release.published_on


def test_two_places_joined_by_a_slash_make_one_dateline() -> None:
    assert _read("Hannover / Kassel, 13.07.2015. ") == (
        "Einladung zur Jahresbilanz des Vereins Brunnenhilfe", "Hannover / Kassel",
        date(2015, 7, 13))


def test_a_date_glued_to_the_first_word_still_closes_the_dateline() -> None:
    assert _read("Kassel, 08.08.2017")[1:] == ("Kassel", date(2017, 8, 8))


def test_a_numeric_date_before_the_place_dates_and_places_the_release() -> None:
    assert _read("20.12.2015, Bremen - ")[1:] == ("Bremen", date(2015, 12, 20))


def test_norwegian_publisher_line_is_not_the_headline() -> None:
    text = (
        "Historisk arkiv\n\nSkulesituasjonen: Pressekonferanse om skule og haust\n\n"
        "Historisk arkiv\n\nPublisert under: Regjeringa Hansen\n\nUtgjevar: Kunnskapsdepartementet"
        "\n\nKunnskapsministeren og helseministeren inviterer til pressekonferanse om korleis "
        "skulane skal opne att etter sommarferien, og kva som gjeld for elevane i haust.\n"
    )
    release = parse_release_text(text, "t.txt")
    assert release.language == "no"
    assert release.title == "Skulesituasjonen: Pressekonferanse om skule og haust"
