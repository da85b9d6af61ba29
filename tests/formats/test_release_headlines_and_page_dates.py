"""Headlines, datelines and dates on pages as newsrooms publish them: a page with no headline
has no title, a wire portal's code and ID lines are not headlines, two places can share one
dateline, and a page's own "Datum:" line dates it. Texts are invented, shapes are real."""

from __future__ import annotations

from datetime import date

from desktop.formats.releases import parse_release_text

_WRAPPED = (
    "ich bin Kalle, der Streifenwagen. Jeden Tag fahre ich durch die\n"
    "Stadt und sehe dabei eine ganze Menge. Darum weiß ich auch gut\n"
    "Bescheid, wenn es um die Arbeit der Polizei geht.\n"
)


def test_a_page_that_opens_with_its_first_paragraph_has_no_title() -> None:
    release = parse_release_text(
        "On 3 April 2031, the minister met the mayors of the three border towns to discuss the "
        "new crossing, the bus lines and the schools that serve families on both sides.\n\n"
        "The talks will continue in the autumn.\n", "t.txt")
    assert release.title == ""


def test_a_wire_code_and_an_id_line_are_not_the_headline_of_a_wrapped_page() -> None:
    release = parse_release_text(
        "NordPortal\n\n\"Frag den Wachtmeister! - Kalle erklärt's\" (Folge 4)\n\nID: 5520913\n\n"
        "(ots) -\nMoin zusammen...\n\n" + _WRAPPED, "t.txt")
    assert release.title == "\"Frag den Wachtmeister! - Kalle erklärt's\" (Folge 4)"


def test_a_pages_own_date_line_dates_it_when_nothing_else_does() -> None:
    release = parse_release_text(
        "Kalle erklärt das Martinshorn\n\n" + _WRAPPED + "\n\nBereitgestellt von Benutzer: ots\n"
        "Datum: 14.03.2031 - 10:45 Uhr\n", "t.txt")
    assert release.published_on == date(2031, 3, 14)


def test_two_places_joined_by_a_hyphen_make_one_dateline() -> None:
    release = parse_release_text(
        "Liberan a dos trabajadores de salud\n\nLa Paz - Sucre (CICR) – El Comité Internacional "
        "de la Cruz Roja facilitó hoy la liberación de dos trabajadores de salud retenidos.\n",
        "t.txt")
    assert release.dateline == "La Paz - Sucre"


def test_a_national_number_is_read_in_the_country_of_the_address_beside_it() -> None:
    release = parse_release_text(
        "Kalle erklärt das Martinshorn\n\n" + _WRAPPED + "\n\nRückfragen bitte an:\n\n"
        "Polizeiinspektion Aurich/Wittmund\nFrauke Dellbrück\nTelefon: 04941/60670-115\n"
        "E-Mail: pressestelle(at)pi-aur.polizei.example.de\n", "t.txt")
    person = release.media_contacts[0]
    assert (person.country, person.phones[0].e164) == ("DE", "+49494160670115")


def test_a_wire_code_after_the_city_leaves_the_city_as_dateline() -> None:
    for opening in ("Wien (TP/OTS) - Nach dem Vergabegesetz war das\n",
                    "Wien, (OTS) Mit der Europameisterschaft wurde das "):
        release = parse_release_text(
            "Stadion nach Renovierung wieder eröffnet\n\n" + opening + "renovierte Stadion "
            "wieder eröffnet und der Stadt für viele weitere Jahre übergeben.\n", "t.txt")
        assert release.dateline == "Wien"


def test_a_scrapers_date_stamp_before_a_dated_dateline_is_dropped() -> None:
    release = parse_release_text(
        " date 2031-10 QUÉBEC, le 27 oct. 2031 /CNW Telbec/ - Sur recommandation de son médecin, "
        "la ministre annonce un arrêt temporaire de ses activités pour quelques semaines.\n",
        "t.txt")
    assert (release.dateline, release.published_on) == ("Québec", date(2031, 10, 27))


def test_an_invitations_weekday_address_and_opening_sentence_are_not_place_or_title() -> None:
    release = parse_release_text(
        "Hiermit laden wir interessierte Journalisten herzlich zur jährlichen Pressekonferenz "
        "zur Vorstellung der Verkehrsunfallstatistik 2031 ein:\nMontag, 03. März 2031, 13:30 Uhr\n"
        "Polizeipräsidium Musterstadt (Haupteingang), Hauptstraße 2-6, 45131 Musterstadt\n"
        "Der Leiter der Direktion Verkehr informiert über die Entwicklung der Unfallzahlen im "
        "vergangenen Jahr und über die Schwerpunkte der Kontrollen.\n", "t.txt")
    assert (release.title, release.dateline) == ("", None)


def test_an_ots_wire_footer_code_dates_the_release() -> None:
    release = parse_release_text(
        "Alpenland Tourismus zu Berichten über die Vergabe\n\nWien (TP/OTS) - Nach dem "
        "Vergabegesetz war die Sommerkampagne auszuschreiben, alle Agenturen konnten sich "
        "bewerben und das Verfahren läuft.\n\nINHALTLICHER VERANTWORTUNG DES AUSSENDERS - "
        "WWW.EXAMPLE.AT ***TPT0007 2031-03-18/11:02\n", "t.txt")
    assert release.published_on == date(2031, 3, 18)


def test_a_short_note_with_no_paragraph_of_prose_keeps_its_first_line_as_title() -> None:
    release = parse_release_text(
        "Shelters open in the valley\n\nDUSHANBE, 3 March 2031 – Families moved in.\n\n"
        "Media contact: Dilnoza Karimova, +992 37 221 4455, d.karimova@example.tj\n", "t.txt")
    assert release.title == "Shelters open in the valley"
