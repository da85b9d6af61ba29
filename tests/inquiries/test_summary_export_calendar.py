"""The desk's figures for a period, the log as a spreadsheet, a deadline in the calendar."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
import vobject

from desktop.domain.errors import InputError
from desktop.domain.inquiries import InquiryStatus
from desktop.domain.records import ContactRecord
from desktop.services.database import Database
from desktop.services.inquiries import InquiryChanges, InquiryDraft, log_inquiry, update_inquiry
from desktop.services.inquiry_calendar import deadline_ics, fold_line, write_deadline_ics
from desktop.services.inquiry_export import export_inquiries
from desktop.services.inquiry_summary import summarize
from tests.inquiries.conftest import T0


def _log(db: Database, topic: str, received_hours: float, deadline_hours: float | None,
         answer_hours: float | None = None, assignee: int | None = None) -> int:
    received = T0 + timedelta(hours=received_hours)
    record = log_inquiry(db, InquiryDraft(
        journalist="Ana Pérez", outlet="EFE", email="ana@efe.es", topic=topic,
        received_at=received, assignee_id=assignee,
        deadline=received + timedelta(hours=deadline_hours) if deadline_hours else None))
    if answer_hours is not None:
        update_inquiry(db, record.id, InquiryChanges(
            status=InquiryStatus.ANSWERED, response="Answered.",
            answered_at=received + timedelta(hours=answer_hours)))
    return record.id


def test_summary_counts_on_time_late_overdue_and_weeks(db: Database,
                                                       officers: dict[str, ContactRecord]
                                                       ) -> None:
    shafiev = officers["shafiev"].id
    _log(db, "Almaty process", 0, 4, answer_hours=2, assignee=shafiev)        # on time
    _log(db, "almaty Process", 1, 4, answer_hours=6, assignee=shafiev)        # late
    _log(db, "Nepal floods", 24 * 8, 4)                                       # overdue
    _log(db, "Budget", 24 * 8, None)                                          # open, no deadline
    _log(db, "Outside the period", 24 * 40, 4)
    summary = summarize(db, T0, T0 + timedelta(days=13), now=T0 + timedelta(days=20))
    assert summary.total == 4 and summary.answered == 2
    assert (summary.answered_on_time, summary.answered_late) == (1, 1)
    assert summary.median_answer_seconds == 4 * 3600
    assert summary.overdue_now == 1
    assert summary.per_week == ((date(2026, 11, 2), 2), (date(2026, 11, 9), 2))
    assert summary.by_topic[0] == ("Almaty process", 2)
    assert summary.by_assignee[0] == ("Abdulfattoh Shafiev", 2)
    assert dict(summary.by_office)["OIM Tadjikistan"] == 2
    empty = summarize(db, T0 - timedelta(days=30), T0 - timedelta(days=16))
    assert empty.total == 0 and empty.median_answer_seconds is None
    assert [count for _week, count in empty.per_week] == [0, 0, 0]


def test_export_of_a_period_to_csv_and_xlsx_is_excel_safe(db: Database, tmp_path: Path) -> None:
    _log(db, "=HYPERLINK(\"http://x\")", 0, 4)
    _log(db, "Later", 24 * 30, 4)
    target = tmp_path / "log.csv"
    assert export_inquiries(db, target, "csv", since=T0, until=T0 + timedelta(days=7)) == 1
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:4] == ["Id", "Received (UTC)", "Channel", "Journalist"]
    assert rows[1][6] == "'=HYPERLINK(\"http://x\")"
    book = tmp_path / "log.xlsx"
    assert export_inquiries(db, book, "xlsx") == 2
    sheet = openpyxl.load_workbook(book).active
    assert sheet is not None
    assert sheet.cell(2, 7).value == "=HYPERLINK(\"http://x\")"
    assert sheet.cell(2, 7).data_type == "s"
    assert sheet.cell(3, 7).value == "Later"


def test_export_refuses_an_unknown_format_and_writes_nothing(db: Database,
                                                             tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(InputError, match="Format 'pdf'"):
        export_inquiries(db, folder / "log.pdf", "pdf")
    assert list(folder.iterdir()) == []


def test_deadline_ics_reads_back_in_a_calendar_library(db: Database, tmp_path: Path) -> None:
    record = log_inquiry(db, InquiryDraft(
        journalist="Ana Pérez", outlet="EFE, Madrid", email="ana@efe.es",
        topic="Returns; Tajikistan, 2027 — «plans»", received_at=T0,
        question="Line one\nLine two, with a comma; and a semicolon \\ backslash. " * 4,
        deadline=T0 + timedelta(hours=5), deadline_zone="Asia/Dushanbe"))
    path = write_deadline_ics(record, tmp_path / "deadline.ics")
    raw = path.read_bytes()
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    calendar = vobject.readOne(raw.decode("utf-8"))
    event = calendar.vevent
    assert event.summary.value == "Answer Ana Pérez: Returns; Tajikistan, 2027 — «plans»"
    assert event.dtend.value == T0 + timedelta(hours=5)
    assert "Line one\nLine two, with a comma; and a semicolon \\ backslash." in \
        event.description.value
    assert "Asia/Dushanbe" in event.description.value


def test_folding_never_splits_a_character() -> None:
    line = "SUMMARY:" + "é" * 100
    folded = fold_line(line)
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == line


def test_no_deadline_no_calendar_entry(db: Database) -> None:
    record = log_inquiry(db, InquiryDraft(journalist="Ana", outlet="EFE", topic="x",
                                          received_at=T0))
    with pytest.raises(InputError, match="has no deadline"):
        deadline_ics(record)
