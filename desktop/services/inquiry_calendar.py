"""A deadline as an iCalendar (RFC 5545) event file, for the user's calendar.

Written by hand (one VEVENT does not justify a dependency): CRLF line ends, TEXT values
escaped (backslash, semicolon, comma, newline) and lines folded at 75 octets without
splitting a UTF-8 character. Times are UTC ("Z"), which every calendar shows in its own zone.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from desktop.domain.errors import InputError, Problem
from desktop.domain.inquiries import InquiryRecord
from desktop.formats.atomic import replacing

PRODUCT = "-//Press Desk//Media desk//EN"
LENGTH = timedelta(minutes=30)
"""The event's length: a slot to send the answer in, ending at the deadline."""
ALARM = timedelta(hours=1)
MAX_OCTETS = 75


def escape_text(value: str) -> str:
    """An RFC 5545 TEXT value: backslash, semicolon and comma escaped, line breaks as \\n."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold_line(line: str) -> str:
    """Fold a content line into CRLF + space continuations of at most 75 octets each."""
    pieces: list[str] = []
    current, size = "", 0
    limit = MAX_OCTETS
    for ch in line:
        octets = len(ch.encode("utf-8"))
        if size + octets > limit:
            pieces.append(current)
            current, size = "", 0
            limit = MAX_OCTETS - 1  # a continuation starts with one space
        current += ch
        size += octets
    pieces.append(current)
    return "\r\n ".join(pieces)


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def deadline_ics(record: InquiryRecord, *, now: datetime | None = None) -> str:
    """The VCALENDAR text with one VEVENT ending at the inquiry's deadline, a reminder an hour
    before, the question and the journalist in its description."""
    if record.deadline is None:
        raise InputError(Problem("Deadline", "", f"inquiry {record.id} has no deadline"))
    summary = f"Answer {record.journalist_name}: {record.topic}"
    details = [f"Inquiry #{record.id} from {record.journalist_name}"
               + (f" ({record.outlet_name})" if record.outlet_name else "")]
    if record.journalist_email:
        details.append(f"Email: {record.journalist_email}")
    if record.question:
        details.append(f"Question: {record.question}")
    if record.deadline_zone:
        local = record.deadline.astimezone(ZoneInfo(record.deadline_zone))
        details.append(f"Deadline: {local.strftime('%Y-%m-%d %H:%M')} {record.deadline_zone}")
    if record.assignee_name:
        details.append(f"Assigned to: {record.assignee_name}")
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODUCT}", "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH", "BEGIN:VEVENT",
        f"UID:inquiry-{record.id}-{_stamp(record.created_at)}@pressdesk",
        f"DTSTAMP:{_stamp(now or datetime.now(UTC))}",
        f"DTSTART:{_stamp(record.deadline - LENGTH)}",
        f"DTEND:{_stamp(record.deadline)}",
        f"SUMMARY:{escape_text(summary)}",
        f"DESCRIPTION:{escape_text(chr(10).join(details))}",
        "BEGIN:VALARM", "ACTION:DISPLAY", f"DESCRIPTION:{escape_text(summary)}",
        f"TRIGGER;RELATED=END:-PT{int(ALARM.total_seconds() // 60)}M", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR",
    ]
    return "".join(fold_line(line) + "\r\n" for line in lines)


def write_deadline_ics(record: InquiryRecord, path: Path) -> Path:
    """Write ``deadline_ics(record)`` to ``path`` (whole or not at all); refuses an inquiry
    without a deadline."""
    content = deadline_ics(record)
    with replacing(path) as temporary:
        temporary.write_bytes(content.encode("utf-8"))
    return path
