"""A short release whose function words several languages share ("na", "z", "i"; "og", "til")
is told by the letters only one of them writes: Polish "ł", "ą", "ę" (not Czech or Slovak),
Swedish "ä", "ö" against the "æ", "ø" of Norwegian and Danish. Text invented."""

from __future__ import annotations

from desktop.formats.releases.language import detect_language


def test_a_short_polish_release() -> None:
    text = (
        "Radni sejmiku województwa przyjęli we wtorek budżet na przyszły rok. Wydatki wyniosą "
        "4 miliardy złotych, z czego połowa trafi na inwestycje. Najwięcej pieniędzy pochłoną "
        "drogi i kolej."
    )
    assert detect_language(text) == "pl"


def test_a_short_czech_release_stays_czech() -> None:
    text = (
        "Zastupitelstvo města schválilo opravu mostu přes řeku. Práce začnou v dubnu a "
        "potrvají do konce léta, doprava bude svedena na objízdnou trasu."
    )
    assert detect_language(text) == "cs"


def test_a_short_danish_release() -> None:
    text = (
        "Regionen åbner til sommer et nyt akuthus ved sygehuset. Akuthuset skal samle alle "
        "akutte patienter under ét tag. Det giver kortere ventetid, siger formanden."
    )
    assert detect_language(text) == "da"


def test_a_short_norwegian_release() -> None:
    text = (
        "Den nye tunnelen under fjorden åpner for trafikk i juni. Tunnelen er seks kilometer "
        "lang og erstatter fergesambandet. Dette blir et løft for hele regionen, sier lederen."
    )
    assert detect_language(text) == "no"
