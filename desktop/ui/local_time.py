"""An office's local time: from its time zone, else from the country of a contact's number.

``phonenumbers.timezone`` is small and fast (unlike ``phonenumbers.geocoder``, 0.46 s and
110 MiB), so the card can afford it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

if TYPE_CHECKING:
    from desktop.domain.records import ContactRecord


@dataclass(frozen=True)
class LocalTime:
    zone: str
    now: datetime
    approximate: bool  # the number's country spans several zones; the first is shown

    @property
    def utc_offset(self) -> str:
        offset = self.now.utcoffset() or timedelta(0)
        minutes = int(offset.total_seconds() // 60)
        sign = "+" if minutes >= 0 else "−"
        hours, rest = divmod(abs(minutes), 60)
        return f"UTC{sign}{hours:02d}:{rest:02d}"


def _zones_of_number(e164: str) -> tuple[str, ...]:
    import phonenumbers
    from phonenumbers import timezone

    zones = timezone.time_zones_for_number(phonenumbers.parse(e164))
    return tuple(z for z in zones if z != "Etc/Unknown")


def zone_for(record: ContactRecord) -> tuple[str, bool] | None:
    """The IANA zone to show for ``record`` and whether it is only a guess among several."""
    if record.office and record.office.time_zone:
        return record.office.time_zone, False
    for phone in record.phones:
        if phone.e164 and phone.valid:
            zones = _zones_of_number(phone.e164)
            if zones:
                return zones[0], len(zones) > 1
    return None


def local_time(record: ContactRecord, at: datetime | None = None) -> LocalTime | None:
    found = zone_for(record)
    if found is None:
        return None
    try:
        zone = ZoneInfo(found[0])
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return LocalTime(found[0], (at or datetime.now(UTC)).astimezone(zone), found[1])
