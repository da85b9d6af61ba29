"""An office with no stored time zone (made by an import or `pressdesk demo`) is printed with
the zone its people's valid numbers give, as the card's local time says, and its UTC offset on
the day printed; a country of several zones is not guessed on paper."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pypdf

from desktop.domain.phones import PhoneKind
from desktop.domain.records import OfficeRecord, PhoneRecord
from desktop.domain.zones import zone_from
from desktop.formats.contact_sheet import SheetOptions, write_sheet
from tests.exchange.contact_samples import rich_contact

WHEN = datetime(2026, 11, 29, 18, 55, tzinfo=UTC)


def office(id: int, name: str, country: str) -> OfficeRecord:
    return OfficeRecord(id, name, "IOM", country, None, None, None, None, 1)


def phone(e164: str, shown: str) -> PhoneRecord:
    return PhoneRecord(e164, None, shown, PhoneKind.MOBILE, True, shown)


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def test_an_office_without_a_zone_takes_its_people_numbers_zone(tmp_path: Path) -> None:
    ethiopia = rich_contact(id=1, name="Hana Tesfaye", office=office(5, "IOM Ethiopia", "ET"),
                            country="ET", phones=(phone("+251911234567", "+251 91 123 4567"),))
    write_sheet(tmp_path / "s.pdf", [ethiopia], SheetOptions(printed_at=WHEN))
    assert "Time zone: Africa/Addis_Ababa (UTC+03:00)" in text_of(tmp_path / "s.pdf")


def test_a_country_of_several_zones_is_not_guessed(tmp_path: Path) -> None:
    russia = rich_contact(id=2, name="Anna Lebedeva", office=office(6, "IOM Russia", "RU"),
                          country="RU", phones=(phone("+79161234567", "+7 916 123-45-67"),))
    stored = rich_contact(id=3, name="Abdulfattoh Shafiev")  # Asia/Dushanbe stored
    write_sheet(tmp_path / "s.pdf", [russia, stored], SheetOptions(printed_at=WHEN))
    text = text_of(tmp_path / "s.pdf")
    assert "Time zone: Asia/Dushanbe (UTC+05:00)" in text
    assert text.count("Time zone") == 1, text


def test_the_card_and_the_sheet_share_the_rule() -> None:
    assert zone_from(None, ["+251911234567"]) == ("Africa/Addis_Ababa", False)
    assert zone_from("Asia/Dushanbe", ["+251911234567"]) == ("Asia/Dushanbe", False)
    several = zone_from(None, ["+79161234567"])
    assert several is not None and several[1] is True
    assert zone_from(None, ["+79161234567"], guess=False) is None
    assert zone_from(None, ["+79161234567", "+251911234567"], guess=False) == (
        "Africa/Addis_Ababa", False)
    assert zone_from(None, []) is None


def test_people_without_valid_numbers_leave_the_zone_out(tmp_path: Path) -> None:
    nobody = rich_contact(id=4, name="Olena", office=office(7, "МОМ Україна", "UA"),
                          phones=(replace(phone("+380445685015", "044 568 50 15"),
                                          e164=None, valid=False),))
    write_sheet(tmp_path / "s.pdf", [nobody], SheetOptions(printed_at=WHEN))
    assert "Time zone" not in text_of(tmp_path / "s.pdf")
