"""An office's local time: from its time zone, else from the country of a contact's number
(``domain.zones``, the rule the printed sheet uses too)."""

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


def zone_for(record: ContactRecord) -> tuple[str, bool] | None:
    """The IANA zone to show for ``record`` and whether it is only a guess among several: the
    same rule as the printed sheet (``domain.zones``), which may guess here (a card is looked at,
    a sheet is kept)."""
    from desktop.domain.zones import zone_from

    office_zone = record.office.time_zone if record.office else None
    numbers = (phone.e164 for phone in record.phones if phone.e164 and phone.valid)
    return zone_from(office_zone, numbers)


def local_time(record: ContactRecord, at: datetime | None = None) -> LocalTime | None:
    found = zone_for(record)
    if found is None:
        return None
    try:
        zone = ZoneInfo(found[0])
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return LocalTime(found[0], (at or datetime.now(UTC)).astimezone(zone), found[1])
