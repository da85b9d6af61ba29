"""On a press office's page, a line introducing what follows with a colon ("Compartimentul de
presă și relații publice:") and a contact's line with a number ("Director executiv Ana Exemplu -
0733 555 123") are no headline, in any language; a text in Serbian Cyrillic ("ђ", "ћ", "ј", "љ",
"њ") is Serbian, not Russian. Text invented."""

from __future__ import annotations

from desktop.formats.releases.article import read_article
from desktop.formats.releases.language import detect_language

_RULES = (
    "Jurnaliștii pot trimite întrebările lor biroului de presă în zilele lucrătoare, între orele "
    "nouă și cinci, prin telefon sau prin e-mail; răspundem în aceeași zi.\n"
)


def test_a_label_ending_in_a_colon_is_no_headline() -> None:
    text = f"Compartimentul de presă și relații publice:\n\n{_RULES}"
    assert read_article(text).title == ""


def test_a_contacts_line_with_a_number_is_no_headline() -> None:
    text = f"Director executiv Ana Exemplu - 0733 555 123\n\n{_RULES}"
    assert read_article(text).title == ""


def test_a_headline_with_a_stamp_and_hour_is_kept() -> None:
    text = ("Trafiken påverkas av besöket i centrum\n\n"
            "Pressmeddelanden • Aug 22, 2031 12:00 CEST\n\n"
            "Med anledning av besöket i staden den 24 augusti väntas trafikstörningar i stora "
            "delar av innerstaden, meddelar polisen.\n")
    assert read_article(text).title == "Trafiken påverkas av besöket i centrum"


def test_serbian_cyrillic_is_serbian() -> None:
    text = ("Портпарол суда је самостални саветник. Новинари могу да се обрате суду "
            "сваког радног дана, а одговор ћемо послати истог дана путем електронске поште.")
    assert detect_language(text) == "sr"


def test_russian_stays_russian() -> None:
    text = ("Министерство объявило сегодня о новой программе для школ. Это важный шаг для всех "
            "нас, сказал министр на пресс-конференции в столице.")
    assert detect_language(text) == "ru"
