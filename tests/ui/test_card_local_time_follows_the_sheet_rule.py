"""The card's local time and the printed sheet take an office's zone by one rule
(``domain.zones``): the office's own zone, else the first valid number's; the card may show a
guess (marked approximate) where a country spans several zones."""

from __future__ import annotations

from datetime import UTC, datetime

from desktop.domain.phones import PhoneKind
from desktop.domain.records import ContactRecord, OfficeRecord, PhoneRecord
from desktop.ui.local_time import local_time

NOON = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)


def _phone(e164: str | None, valid: bool = True) -> PhoneRecord:
    return PhoneRecord(e164, None, e164, PhoneKind.OFFICE, valid, e164 or "0123")


def _record(*phones: PhoneRecord, zone: str | None = None) -> ContactRecord:
    office = OfficeRecord(1, "Office", None, None, None, zone, None, None, 1)
    return ContactRecord(1, "A Person", None, None, None, office, None, (), (), None, False, 1,
                         phones, (), NOON, NOON)


def test_the_office_zone_wins_over_the_numbers() -> None:
    shown = local_time(_record(_phone("+992487010222"), zone="Europe/Paris"), NOON)
    assert shown is not None
    assert (shown.zone, shown.approximate, shown.utc_offset) == ("Europe/Paris", False, "UTC+01:00")


def test_a_number_of_a_one_zone_country_gives_its_zone() -> None:
    shown = local_time(_record(_phone(None, valid=False), _phone("+992487010222")), NOON)
    assert shown is not None
    expected = ("Asia/Dushanbe", False, "UTC+05:00")
    assert (shown.zone, shown.approximate, shown.utc_offset) == expected


def test_a_country_with_several_zones_is_a_marked_guess() -> None:
    shown = local_time(_record(_phone("+61412345678")), NOON)
    assert shown is not None
    assert shown.approximate and shown.zone.startswith("Australia/")


def test_no_zone_and_no_valid_number_shows_no_local_time() -> None:
    assert local_time(_record(_phone(None, valid=False)), NOON) is None
