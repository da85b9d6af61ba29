"""The five shared sample releases give exactly the contacts the issue lists."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop.domain.phones import PhoneKind
from desktop.formats.releases import ParsedRelease, Role, read_release

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "releases"


def read(name: str) -> ParsedRelease:
    return read_release(SAMPLES / name)


def test_tajikistan_nav_junk_is_left_out_and_shafiev_is_read() -> None:
    release = read("tajikistan_almaty_process_fr.txt")
    assert release.title == "Le Tadjikistan prend les devants dans le processus d’Almaty"
    assert release.dateline == "Douchanbé"
    assert release.language == "fr"
    assert release.published_on is None
    assert release.body.startswith("Douchanbé – L’Asie centrale")
    assert "Qui sommes nous" not in release.body
    [shafiev] = release.media_contacts
    assert shafiev.name == "Abdulfattoh Shafiev"
    assert shafiev.title is None
    assert shafiev.office == "OIM Tadjikistan"
    assert shafiev.country == "TJ"
    assert [(p.e164, p.valid, p.as_written) for p in shafiev.phones] == [
        ("+992487010222", True, "+992 48 701 02 22")
    ]
    assert [e.address for e in shafiev.emails] == ["abdulfattoh@inbox.ru"]
    assert shafiev.snippet.startswith("Pour plus d’informations, veuillez contacter")
    assert shafiev.snippet.endswith("abdulfattoh@inbox.ru")


def test_tajikistan_chief_of_mission_is_quoted_not_a_contact() -> None:
    release = read("tajikistan_almaty_process_fr.txt")
    quoted = [p for p in release.people if p.role is Role.QUOTED]
    assert [p.name for p in quoted] == ["Cristina Tranca"]
    assert "a déclaré" in quoted[0].snippet
    assert quoted[0].phones == () and quoted[0].emails == ()


def test_colombia_old_landline_is_kept_invalid_with_the_renumbering_advice() -> None:
    release = read("colombia_integration_es.txt")
    assert release.title.startswith("Colombia: la OIM y alcaldías")
    assert release.dateline == "Bogotá"
    assert release.language == "es"
    [rojas] = release.media_contacts
    assert rojas.name == "Valentina Rojas"
    assert rojas.office == "OIM Colombia"
    assert rojas.country == "CO"
    landline, mobile = rojas.phones
    assert landline.as_written == "+57 1 639 7777"
    assert landline.valid is False and landline.e164 is None
    assert landline.problem is not None and "2021" in landline.problem
    assert mobile.e164 == "+573105550147" and mobile.valid
    assert mobile.kind is PhoneKind.MOBILE
    assert [e.address for e in rojas.emails] == ["vrojas.sample@iom.int"]
    assert any("+57 1 639 7777" in warning for warning in release.warnings)


def test_nepal_html_footer_switchboard_is_not_a_contact() -> None:
    release = read("nepal_labour_en.html")
    assert release.title == "Nepal Strengthens Protection of Migrant Workers Bound for the Gulf"
    assert release.published_on == date(2025, 5, 2)
    assert release.dateline == "Kathmandu"
    assert release.language == "en"
    assert "Baluwatar" not in release.body
    [thapa] = release.media_contacts
    assert thapa.name == "Sabina Thapa"
    assert thapa.office == "IOM Nepal"
    assert thapa.country == "NP"
    assert [p.e164 for p in thapa.phones] == ["+97714426250"]
    assert [e.address for e in thapa.emails] == ["sthapa.sample@iom.int"]


def test_niger_vertical_block_reads_national_number_with_office_country() -> None:
    release = read("niger_transit_fr.txt")
    [issoufou] = release.media_contacts
    assert issoufou.name == "Moussa Issoufou"
    assert issoufou.title == "Chargé de communication"
    assert issoufou.office == "OIM Niger"
    assert issoufou.country == "NE"
    assert [(p.e164, p.valid, p.as_written) for p in issoufou.phones] == [
        ("+22720752325", True, "20 75 23 25")
    ]
    assert [e.address for e in issoufou.emails] == ["missoufou.sample@iom.int"]
    assert issoufou.snippet == (
        "Moussa Issoufou\nChargé de communication, OIM Niger\nTél. : 20 75 23 25\n"
        "Courriel : missoufou.sample@iom.int"
    )


def test_ethiopia_two_contacts_in_two_countries() -> None:
    release = read("ethiopia_drought_en.txt")
    bekele, abdi = release.media_contacts
    assert (bekele.name, bekele.office, bekele.country) == ("Hiwot Bekele", "IOM Ethiopia", "ET")
    assert [p.e164 for p in bekele.phones] == ["+251116611117", "+251911502233"]
    assert bekele.phones[1].kind is PhoneKind.MOBILE
    assert (abdi.name, abdi.office, abdi.country) == ("Mohamed Abdi", "IOM Somalia", "SO")
    assert [p.e164 for p in abdi.phones] == ["+252612223344"]
    assert [e.address for e in abdi.emails] == ["mabdi.sample@iom.int"]
    assert bekele.snippet.startswith("Hiwot Bekele, IOM Ethiopia")


SAMPLE_NAMES = sorted(p.name for p in SAMPLES.glob("*.*") if p.suffix in {".txt", ".html"})


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_rereading_gives_the_same_hash(name: str) -> None:
    assert read(name).content_hash == read(name).content_hash
    assert len(read(name).content_hash) == 64
