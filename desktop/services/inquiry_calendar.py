"""A deadline as an iCalendar (RFC 5545) event file, for the user's calendar."""

from __future__ import annotations

from pathlib import Path

from desktop.domain.inquiries import InquiryRecord


def deadline_ics(record: InquiryRecord) -> str:
    """The VCALENDAR text with one VEVENT at the inquiry's deadline (CRLF, folded, escaped)."""
    raise NotImplementedError


def write_deadline_ics(record: InquiryRecord, path: Path) -> Path:
    """Write ``deadline_ics(record)`` to ``path``; refuses an inquiry without a deadline."""
    raise NotImplementedError
