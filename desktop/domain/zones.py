"""The time zone shown for an office or a person: the office's own zone, else the zone the
valid numbers give. One rule for the card's local time and the printed sheet (R9 finding 5:
offices made by an import have no stored zone, yet their people's numbers say where they are).

``phonenumbers.timezone`` is small and fast (unlike ``phonenumbers.geocoder``), so a sheet can
ask it once per office without a zone.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["number_zones", "zone_from"]


def number_zones(e164: str) -> tuple[str, ...]:
    """The IANA zones a valid number's country (or area) spans; empty when unknown."""
    import phonenumbers
    from phonenumbers import timezone

    try:
        zones = timezone.time_zones_for_number(phonenumbers.parse(e164))
    except phonenumbers.NumberParseException:
        return ()
    return tuple(z for z in zones if z != "Etc/Unknown")


def zone_from(office_zone: str | None, numbers: Iterable[str],
              guess: bool = True) -> tuple[str, bool] | None:
    """(zone, approximate) for an office's stored zone, else the first valid number (E.164)
    that gives one; ``approximate`` when that number's country spans several zones, the first
    being shown. ``guess=False`` skips such numbers (a printed sheet states, it does not guess).
    """
    if office_zone:
        return office_zone, False
    for e164 in numbers:
        zones = number_zones(e164)
        if len(zones) == 1:
            return zones[0], False
        if zones and guess:
            return zones[0], True
    return None
