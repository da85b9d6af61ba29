"""The inquiry log for a period as CSV or XLSX, through the Excel-safe writers.

Rows are streamed a page at a time, oldest received first; times are written in UTC (as the
writers do for every sheet), with the deadline's own zone in a column beside it.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from desktop.domain.errors import InputError, Problem
from desktop.domain.inquiries import InquiryRecord
from desktop.formats.atomic import replacing
from desktop.formats.spreadsheets import Cell, write_csv, write_xlsx
from desktop.services.database import Database
from desktop.services.inquiries import InquiryFilter, list_inquiries

EXPORT_FORMATS = ("csv", "xlsx")
PAGE = 500
HEADER = ("Id", "Received (UTC)", "Channel", "Journalist", "Outlet", "Journalist email",
          "Topic", "Question", "Language", "Deadline (UTC)", "Deadline zone", "Status",
          "Assignee", "Office", "Releases", "Answered (UTC)", "Response", "Notes")


def check_export_format(fmt: str) -> str:
    chosen = fmt.strip().lower()
    if chosen not in EXPORT_FORMATS:
        raise InputError(Problem("Format", fmt, f"must be one of {', '.join(EXPORT_FORMATS)}"))
    return chosen


def _row(record: InquiryRecord) -> list[Cell]:
    return [record.id, record.received_at, record.channel.value, record.journalist_name,
            record.outlet_name, record.journalist_email, record.topic, record.question,
            record.language, record.deadline, record.deadline_zone, record.status.value,
            record.assignee_name, record.office_name,
            "; ".join(f"#{r.id} {r.title}" for r in record.releases) or None,
            record.answered_at, record.response, record.notes]


def _rows(db: Database, chosen: InquiryFilter) -> Iterator[list[Cell]]:
    offset = 0
    while True:
        page = list_inquiries(db, chosen, offset=offset, limit=PAGE, order="oldest")
        if not page:
            return
        yield from (_row(r) for r in page)
        offset += len(page)


def export_inquiries(db: Database, path: Path, fmt: str, *, since: datetime | None = None,
                     until: datetime | None = None) -> int:
    """Write the inquiries received in [since, until) to ``path``; returns how many.

    The file is replaced whole or not at all.
    """
    chosen = check_export_format(fmt)
    if since is not None and until is not None and until <= since:
        raise InputError(Problem("Until", until.isoformat(), f"not after --since "
                                                             f"({since.isoformat()})"))
    selection = InquiryFilter(received_since=since, received_until=until)
    with replacing(path) as temporary:
        if chosen == "csv":
            return write_csv(temporary, HEADER, _rows(db, selection))
        return write_xlsx(temporary, HEADER, _rows(db, selection), sheet_name="Inquiries")
