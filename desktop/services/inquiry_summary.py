"""The desk's figures for a period: per week, time to answer, on time vs late, overdue now.

One query of the period's few columns, counted in Python: a year of a busy desk is some
thousands of rows, and the same pass gives every figure consistently.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, timedelta
from statistics import median

from sqlalchemy import select

from desktop.db.models import Contact, Inquiry, Office
from desktop.domain.inquiries import OPEN_STATUSES, InquiryStatus, InquirySummary
from desktop.services.database import Database

TOP = 10
"""Offices, assignees and topics shown by name; the rest are counted as "others"."""


def _monday(moment: datetime) -> date:
    day = moment.astimezone(UTC).date()
    return day - timedelta(days=day.weekday())


def _weeks(first: date, last: date, counted: Counter[date]) -> tuple[tuple[date, int], ...]:
    weeks = []
    week = first
    while week <= last:
        weeks.append((week, counted.get(week, 0)))
        week += timedelta(days=7)
    return tuple(weeks)


def _top(counted: Counter[str | None]) -> tuple[tuple[str | None, int], ...]:
    ranked = sorted(counted.items(),
                    key=lambda item: (-item[1], item[0] is None, item[0] or ""))
    return tuple(ranked[:TOP])


def summarize(db: Database, since: datetime | None, until: datetime | None, *,
              now: datetime | None = None) -> InquirySummary:
    """Inquiries received in [since, until); ``now`` (default: now) decides what is overdue.

    Weeks start on Monday (UTC) and every week of the period is listed, empty ones too. An
    inquiry answered after its deadline is late; one without a deadline is on time.
    """
    moment = now or datetime.now(UTC)
    query = (select(Inquiry.received_at, Inquiry.deadline, Inquiry.answered_at, Inquiry.status,
                    Office.name, Contact.full_name, Inquiry.topic)
             .outerjoin(Office, Office.id == Inquiry.office_id)
             .outerjoin(Contact, Contact.id == Inquiry.assignee_id))
    if since is not None:
        query = query.where(Inquiry.received_at >= since)
    if until is not None:
        query = query.where(Inquiry.received_at < until)
    with db.reading() as session:
        rows = session.execute(query).all()
    weeks: Counter[date] = Counter()
    statuses: Counter[str] = Counter()
    offices: Counter[str | None] = Counter()
    assignees: Counter[str | None] = Counter()
    topics: Counter[str | None] = Counter()
    topic_names: dict[str, str] = {}
    answer_seconds: list[float] = []
    on_time = late = overdue = 0
    for received, deadline, answered, status, office, assignee, topic in rows:
        weeks[_monday(received)] += 1
        statuses[status] += 1
        offices[office] += 1
        assignees[assignee] += 1
        key = topic.casefold()
        topics[topic_names.setdefault(key, topic)] += 1
        if answered is not None:
            answer_seconds.append((answered - received).total_seconds())
            if deadline is not None and answered > deadline:
                late += 1
            else:
                on_time += 1
        elif (InquiryStatus(status) in OPEN_STATUSES and deadline is not None
              and deadline < moment):
            overdue += 1
    first = _monday(since) if since else (min(weeks) if weeks else None)
    last = _monday(until - timedelta(microseconds=1)) if until else (max(weeks) if weeks else None)
    per_week = _weeks(first, last, weeks) if first and last else ()
    return InquirySummary(
        since=since, until=until, total=len(rows), answered=len(answer_seconds),
        answered_on_time=on_time, answered_late=late,
        median_answer_seconds=median(answer_seconds) if answer_seconds else None,
        overdue_now=overdue, per_week=per_week,
        by_status=tuple(sorted(statuses.items(), key=lambda item: (-item[1], item[0]))),
        by_office=_top(offices), by_assignee=_top(assignees), by_topic=_top(topics))
