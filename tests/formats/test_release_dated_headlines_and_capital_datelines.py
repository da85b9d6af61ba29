"""Two page shapes, in any language. A government's calendar of coming events heads each item
with its day, a colon and the headline ("3. května 2024: Ministr navštíví …"): that line is the
headline, not a date line. A university page opens its story with the city in capitals and a
full stop ("LINDENBERG. Die Jury hat …"): that city is the dateline. Text, names and places
are invented (the city is a real one only so that the place list knows it)."""

from __future__ import annotations

from desktop.formats.releases.article import read_article

_CALENDAR = (
    "Kalendář akcí\n\n"
    "2. 5. 2024 10:20\n\n"
    "3. května 2024: Ministr zemědělství navštíví hřebčín v Lipové\n\n"
    "Ministr zemědělství navštíví ve čtvrtek hřebčín v Lipové a setká se s chovateli koní "
    "z celého kraje, kteří mu představí své plány na příští rok.\n\n"
    "Termín\n\n3. května 2024\n\nMísto\n\nHřebčín Lipová, Polní 12\n"
)

_CAPITAL_DATELINE = (
    "Preise für junge Forschende vergeben\n\n"
    "DRESDEN. Die Jury hat entschieden: Drei junge Forschende erhalten in diesem Jahr den "
    "Preis der Stiftung für ihre Arbeiten über Moose und Flechten.\n\n"
    "Die Verleihung findet im Herbst im großen Saal der Universität statt.\n"
)


def test_a_calendar_item_headed_by_its_day_is_the_headline() -> None:
    article = read_article(_CALENDAR)
    assert article.title == "3. května 2024: Ministr zemědělství navštíví hřebčín v Lipové"


def test_a_city_in_capitals_with_a_full_stop_is_the_dateline() -> None:
    assert read_article(_CAPITAL_DATELINE).dateline == "Dresden"


def test_a_word_in_capitals_that_is_no_place_is_no_dateline() -> None:
    text = _CAPITAL_DATELINE.replace("DRESDEN.", "WICHTIG.")
    assert read_article(text).dateline is None
