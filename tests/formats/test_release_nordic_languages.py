"""Swedish, Norwegian (Bokmål and Nynorsk) and Danish releases are read in their own language
(not as Dutch, German or Spanish), their dates ("6. september 2023", "den 6 september 2023")
and national numbers read; every word-list file's stem is a Babel locale, as the bundle needs.
People, numbers and places are invented."""

from __future__ import annotations

from datetime import date

from babel import Locale

from desktop.formats.releases import parse_release_text
from desktop.formats.releases.dates import find_dates
from desktop.formats.releases.language import detect_language
from desktop.formats.releases.lexicon import CONTACT_HEADING, WORDS_DIR, fold_keep_length

_SWEDISH = (
    "Kommunen har beslutat att bygga en ny förskola i Tallbacken. Arbetet börjar under hösten "
    "och förskolan ska vara klar för barnen till våren 2025.\n\n"
    "– Det är viktigt för familjerna i området att det finns platser nära hemmet, säger "
    "kommunalrådet.\n\n"
)
_NORWEGIAN = (
    "Kommunen har vedtatt å bygge en ny barnehage på Solbakken. Arbeidet starter i høst, og "
    "barnehagen skal være klar til barna neste vår.\n\n"
    "– Det er viktig for familiene i området at det finnes plasser nær hjemmet, sier "
    "ordføreren. Hun mener også at dette blir bra for hele bydelen.\n\n"
)
_NYNORSK = (
    "Kommunen har vedteke å byggje ein ny barnehage på Solbakken. Arbeidet tek til i haust, og "
    "barnehagen skal vere klar til borna neste vår. Dei som bur i området har venta lenge, og "
    "ordføraren seier at det ikkje er noko å vente på frå no.\n\n"
)
_DANISH = (
    "Kommunen har besluttet at bygge en ny børnehave i Solbakken. Arbejdet begynder i efteråret, "
    "og børnehaven skal være klar til børnene næste forår.\n\n"
    "– Det er vigtigt for familierne i området, at der er pladser tæt på hjemmet, siger "
    "borgmesteren. Hun mener også, at det bliver godt for hele bydelen.\n\n"
)


def test_nordic_texts_are_told_apart_and_from_dutch_and_german() -> None:
    assert detect_language(_SWEDISH) == "sv"
    assert detect_language(_NORWEGIAN) == "no"
    assert detect_language(_NYNORSK) == "no"
    assert detect_language(_DANISH) == "da"
    assert detect_language(
        "De gemeente heeft besloten dat er een nieuwe school komt. Het werk begint in het najaar."
    ) == "nl"
    assert detect_language(
        "Die Gemeinde hat beschlossen, dass eine neue Schule gebaut wird. Die Arbeiten beginnen "
        "im Herbst und sind im Frühjahr abgeschlossen."
    ) == "de"


def test_nordic_dates_are_read_with_and_without_the_day_s_full_stop() -> None:
    assert [found for _, found in find_dates("Odense, den 6. september 2023")] == [
        date(2023, 9, 6)]
    assert [found for _, found in find_dates("Stockholm den 6 september 2023")] == [
        date(2023, 9, 6)]
    assert [found for _, found in find_dates("Publisert 3. desember 2019")] == [
        date(2019, 12, 3)]
    assert [found for _, found in find_dates("Offentliggjort 14. marts 2022")] == [
        date(2022, 3, 14)]
    assert [found for _, found in find_dates("Publicerad 2 maj 2024")] == [date(2024, 5, 2)]


def test_nordic_lead_ins_open_a_contact_block() -> None:
    for heading in ("För mer information, vänligen kontakta:", "För mer information",
                    "For mer informasjon, kontakt:", "Pressekontakt:", "Kontakt:",
                    "Yderligere oplysninger:", "For yderligere information, kontakt:",
                    "Presskontakt:", "Kontaktperson:"):
        assert CONTACT_HEADING.match(fold_keep_length(heading)), heading


def test_swedish_release_gives_its_contact_a_swedish_number() -> None:
    text = (
        "Ny förskola i Tallbacken\n\nStockholm den 6 september 2023\n\n" + _SWEDISH
        + "För mer information, vänligen kontakta:\nKarin Lindqvist, presschef\n"
        "Telefon: 070-123 45 67\nE-post: karin.lindqvist@exempel.se\n"
    )
    release = parse_release_text(text, "t.txt")
    assert release.language == "sv"
    assert release.title == "Ny förskola i Tallbacken"
    assert release.published_on == date(2023, 9, 6)
    [person] = release.media_contacts
    assert person.name == "Karin Lindqvist"
    assert person.country == "SE"
    assert [phone.e164 for phone in person.phones] == ["+46701234567"]


def test_norwegian_and_danish_releases_read_their_national_numbers() -> None:
    norwegian = (
        "Ny barnehage på Solbakken\n\n" + _NORWEGIAN
        + "For mer informasjon, kontakt:\nKari Nordmann, kommunikasjonsrådgiver\n"
        "Tlf.: 912 34 567\nE-post: kari.nordmann@eksempel.no\n"
    )
    danish = (
        "Ny børnehave i Solbakken\n\n" + _DANISH
        + "Yderligere oplysninger:\nMette Holm, pressesekretær\nTlf. 21 43 65 87\n"
        "E-mail: meho@eksempel.dk\n"
    )
    for text, language, country, number in ((norwegian, "no", "NO", "+4791234567"),
                                            (danish, "da", "DK", "+4521436587")):
        release = parse_release_text(text, "t.txt")
        assert release.language == language
        [person] = release.media_contacts
        assert person.country == country
        assert [phone.e164 for phone in person.phones] == [number]


def test_every_word_list_is_named_for_a_babel_locale() -> None:
    for path in WORDS_DIR.glob("*.json"):
        Locale.parse(path.stem)  # the bundle keeps this locale's data, or stops at import
