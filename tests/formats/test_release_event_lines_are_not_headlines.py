"""An advisory's lines about its event are never the release's headline: the day and hour
("Maandag 8 december, 11.45 uur", "I DAG ONSDAG DEN 6. SEPTEMBER KL. 13.00"), the venue's
address ("Stadhuis, Coolsingel 40") and French advisory fields ("Qui :", "Quoi :", "Où :").
Text and people are invented."""

from __future__ import annotations

from desktop.formats.releases import parse_release_text
from desktop.formats.releases.headlines import title_like


def test_event_day_and_hour_lines_and_venue_addresses_are_not_headlines() -> None:
    for line in ("Maandag 8 december, 11.45 uur", "Dinsdag 9 december, 14.30 uur",
                 "I DAG ONSDAG DEN 6. SEPTEMBER KL. 13.00 - 13.45 PÅ RÅDHUSET, LOKALE 12",
                 "Stadhuis, Markt 12", "Gemeentehuis, Raadhuisplein 1"):
        assert not title_like(line), line
    assert title_like("Weekberichten van 1 tot en met 7 maart 2027")
    assert title_like("Nieuwe fietsbrug over de Maas geopend")


def test_weekly_agenda_keeps_its_heading_above_the_first_items_day_and_venue() -> None:
    text = (
        "Direct naar de content\n\nWeekberichten van 1 tot en met 7 maart 2027\n\n"
        "Opening fietsbrug Maashaven\nMaandag 1 maart, 10.30 uur\nStadhuis, Markt 12\n\n"
        "Wethouder Jan de Wit opent maandag 1 maart de nieuwe fietsbrug over de Maashaven. De "
        "brug verbindt twee wijken en maakt de route naar het centrum een stuk korter voor "
        "fietsers. (Meer informatie bij: Eva Smit, Communicatie, tel. 06 – 12345678)\n\n"
        "Start bouw school De Linde\nDinsdag 2 maart, 14.00 uur\nLindelaan 4, Noord\n\n"
        "Op dinsdag 2 maart start de bouw van de nieuwe school De Linde in Noord. De school "
        "biedt plaats aan vierhonderd leerlingen en is naar verwachting in 2029 klaar.\n"
    )
    release = parse_release_text(text, "t.txt")
    assert release.title == "Weekberichten van 1 tot en met 7 maart 2027"
    assert release.published_on is None


def test_french_advisory_fields_are_not_headlines() -> None:
    text = (
        "Qui : Le conseil d'administration de l'Agence des ports\n\n"
        "Quoi : 3e réunion extraordinaire du conseil\n\nOù : Dakar, Hôtel du Port\n\n"
        "Quand : le 12 novembre 2027\n\n"
        "Le conseil d'administration de l'Agence tiendra sa troisième réunion extraordinaire à "
        "Dakar. Au cours de cette réunion, les membres prendront des décisions importantes.\n"
    )
    assert parse_release_text(text, "t.txt").title == ""
