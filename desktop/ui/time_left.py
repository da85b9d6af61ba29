"""Deadlines said in words ("due in 2 h", "overdue by 1 day") and the log form's presets.

Words, not colour alone, carry the urgency: the desk reads "overdue by 3 h" in a table column,
a screen reader says it, and a colour-blind officer sees it. Plain functions of ``now`` so the
tests pass a fixed clock and never depend on the wall clock.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta, tzinfo
from enum import Enum

from PySide6.QtCore import QCoreApplication

# Literal translate() calls throughout, so that lupdate finds every string.


class Urgency(Enum):
    """How the desk should treat an open deadline; the view picks an icon from it."""

    NONE = "none"  # no deadline, or the inquiry is no longer open
    LATER = "later"
    SOON = "soon"  # within the reminder lead time
    OVERDUE = "overdue"


def urgency(deadline: datetime | None, now: datetime, *, is_open: bool,
            lead: timedelta = timedelta(hours=1)) -> Urgency:
    if deadline is None or not is_open:
        return Urgency.NONE
    if deadline <= now:
        return Urgency.OVERDUE
    return Urgency.SOON if deadline - now <= lead else Urgency.LATER


def time_left_text(deadline: datetime | None, now: datetime, *, is_open: bool = True) -> str:
    """"due in 2 h", "overdue by 1 day", "no deadline"; empty once the inquiry is closed.

    Amounts are rounded down (due in 1 h at 1 h 59 min: the safer reading for the desk) and
    switch unit at one hour and at two days, where a day count reads better than 50 h.
    """
    if not is_open:
        return ""
    if deadline is None:
        return QCoreApplication.translate("TimeLeft", "no deadline")
    seconds = (deadline - now).total_seconds()
    overdue = seconds <= 0
    minutes = int(abs(seconds) // 60)
    translate = QCoreApplication.translate
    if minutes < 60:
        n = max(minutes, 1)
        if overdue:
            return translate("TimeLeft", "overdue by %n min", None, n)
        return translate("TimeLeft", "due in %n min", None, n)
    hours = minutes // 60
    if hours < 48:
        if overdue:
            return translate("TimeLeft", "overdue by %n h", None, hours)
        return translate("TimeLeft", "due in %n h", None, hours)
    days = hours // 24  # two or more: English needs no singular here
    if overdue:
        return translate("TimeLeft", "overdue by %n days", None, days)
    return translate("TimeLeft", "due in %n days", None, days)


def local_zone() -> tzinfo:
    """The viewer's time zone, as the operating system says."""
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None
    return zone


PRESETS = ("in_1h", "end_of_day", "tomorrow_10")
END_OF_DAY = time(18, 0)


def preset_deadline(preset: str, now: datetime, zone: tzinfo | None = None) -> datetime:
    """The deadline a preset button means, in ``zone`` (default: the viewer's).

    "End of day" is 18:00, or 23:59 when the call comes after 17:00 (an evening call still
    wants today); "in 1 h" is rounded up to the next five minutes, as people say it.
    """
    here = now.astimezone(zone or local_zone())
    if preset == "in_1h":
        target = here + timedelta(hours=1)
        spare = (5 - target.minute % 5) % 5
        return (target + timedelta(minutes=spare)).replace(second=0, microsecond=0)
    if preset == "end_of_day":
        if here.time() >= time(17, 0):
            late = here.replace(hour=23, minute=59, second=0, microsecond=0)
            return late if late > here else here + timedelta(minutes=1)  # a call at 23:59
        return here.replace(hour=END_OF_DAY.hour, minute=0, second=0, microsecond=0)
    if preset == "tomorrow_10":
        tomorrow = (here + timedelta(days=1)).date()
        return datetime.combine(tomorrow, time(10, 0), tzinfo=here.tzinfo)
    raise ValueError(f"preset: {preset!r} is not one of {', '.join(PRESETS)}")


def preset_label(preset: str) -> str:
    translate = QCoreApplication.translate
    labels = {"in_1h": translate("TimeLeft", "In 1 h"),
              "end_of_day": translate("TimeLeft", "End of day"),
              "tomorrow_10": translate("TimeLeft", "Tomorrow 10:00")}
    return labels[preset]
