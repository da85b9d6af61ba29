"""The media desk's records: journalists, their outlets, and the inquiries they send.

Frozen, plain and free of ORM state, like ``records.py``. Every date-time is aware and in UTC;
a deadline also keeps the IANA zone it was given in, so the desk can show it in the viewer's
zone and in the journalist's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from desktop.domain.records import EmailRecord, PhoneRecord, ReleaseRef


class InquiryStatus(StrEnum):
    NEW = "new"
    ASSIGNED = "assigned"
    ANSWERED = "answered"
    CLOSED = "closed"
    DECLINED = "declined"


OPEN_STATUSES = frozenset({InquiryStatus.NEW, InquiryStatus.ASSIGNED})
"""Statuses that still wait for an answer: these count as overdue once the deadline passes."""

_FORWARD: dict[InquiryStatus, frozenset[InquiryStatus]] = {
    InquiryStatus.NEW: frozenset({InquiryStatus.ASSIGNED, InquiryStatus.ANSWERED,
                                  InquiryStatus.DECLINED, InquiryStatus.CLOSED}),
    InquiryStatus.ASSIGNED: frozenset({InquiryStatus.NEW, InquiryStatus.ANSWERED,
                                       InquiryStatus.DECLINED, InquiryStatus.CLOSED}),
    InquiryStatus.ANSWERED: frozenset({InquiryStatus.CLOSED}),
    InquiryStatus.DECLINED: frozenset({InquiryStatus.CLOSED}),
    InquiryStatus.CLOSED: frozenset(),
}


def is_reopening(old: InquiryStatus, new: InquiryStatus) -> bool:
    """True when a finished inquiry (answered, declined, closed) is put back on the desk."""
    return old not in OPEN_STATUSES and new in OPEN_STATUSES


def allowed_transitions(old: InquiryStatus) -> frozenset[InquiryStatus]:
    """Where an inquiry may go from ``old``; reopening (see ``is_reopening``) needs a reason."""
    reopen = OPEN_STATUSES if old not in OPEN_STATUSES else frozenset()
    return _FORWARD[old] | reopen


def transition_problem(old: InquiryStatus, new: InquiryStatus, reason: str | None) -> str | None:
    """Why ``old`` -> ``new`` is refused, in words, or None when it is allowed."""
    if new == old:
        return None
    if new not in allowed_transitions(old):
        choices = ", ".join(sorted(allowed_transitions(old))) or "none"
        return f"an inquiry that is {old} cannot become {new} (allowed: {choices})"
    if is_reopening(old, new) and not (reason and reason.strip()):
        return f"reopening an inquiry that is {old} needs a reason (--reason)"
    return None


class Channel(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    IN_PERSON = "in_person"
    SOCIAL_MEDIA = "social_media"
    OTHER = "other"


class OutletKind(StrEnum):
    WIRE = "wire"
    PRINT = "print"
    BROADCAST = "broadcast"
    ONLINE = "online"


@dataclass(frozen=True)
class OutletRecord:
    id: int
    name: str
    kind: OutletKind | None
    country: str | None


@dataclass(frozen=True)
class JournalistRecord:
    id: int
    name: str
    outlet: OutletRecord | None
    beat: str | None
    country: str | None
    languages: tuple[str, ...]
    notes: str | None
    phones: tuple[PhoneRecord, ...]
    emails: tuple[EmailRecord, ...]
    version: int
    created_at: datetime
    updated_at: datetime
    inquiry_count: int = 0

    @property
    def outlet_name(self) -> str | None:
        return self.outlet.name if self.outlet else None


@dataclass(frozen=True)
class FollowUpRecord:
    """One dated entry of an inquiry's thread: a note, a reason for reopening, a status change."""

    id: int
    at: datetime
    author: str
    text: str
    kind: str = "note"
    """"note", "status" (with the change in words) or "reopen" (the reason)."""


@dataclass(frozen=True)
class SuggestionRecord:
    """Somebody who could answer, with why (a code for programs, words for people)."""

    contact_id: int
    name: str
    office: str | None
    reason_code: str
    """"release" (named in a matching release), "office" (officer of the office in the
    country named), "history" (answered similar inquiries), or several joined by "+"."""
    reason: str
    score: float
    release_title: str | None = None
    """The matching release's title when ``reason_code`` has "release" (None: untitled)."""
    answers: int = 0
    """How many similar inquiries the person answered when ``reason_code`` has "history"."""
    country: str | None = None
    """The ISO code of the country named when ``reason_code`` has "office"."""


@dataclass(frozen=True)
class InquiryRecord:
    id: int
    status: InquiryStatus
    channel: Channel
    topic: str
    question: str | None
    language: str | None
    received_at: datetime
    deadline: datetime | None
    deadline_zone: str | None
    """The IANA zone the deadline was given in ("Asia/Dushanbe"), or None."""
    journalist: JournalistRecord
    assignee_id: int | None
    assignee_name: str | None
    office_id: int | None
    office_name: str | None
    releases: tuple[ReleaseRef, ...]
    response: str | None
    answered_at: datetime | None
    notes: str | None
    follow_ups: tuple[FollowUpRecord, ...]
    version: int
    created_at: datetime
    updated_at: datetime

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    def is_overdue(self, now: datetime) -> bool:
        """Open and past its deadline at ``now`` (aware)."""
        return self.is_open and self.deadline is not None and self.deadline < now

    def seconds_left(self, now: datetime) -> float | None:
        """Seconds until the deadline (negative once passed), None without a deadline."""
        return None if self.deadline is None else (self.deadline - now).total_seconds()

    @property
    def journalist_name(self) -> str:
        return self.journalist.name

    @property
    def journalist_email(self) -> str | None:
        return next((e.address or e.as_written for e in self.journalist.emails), None)

    @property
    def outlet_name(self) -> str | None:
        return self.journalist.outlet_name


@dataclass(frozen=True)
class InquiryChoices:
    """The assignees, offices and outlets the desk's filters offer: (id, name) pairs."""

    assignees: tuple[tuple[int, str], ...]
    offices: tuple[tuple[int, str], ...]
    outlets: tuple[tuple[int, str], ...]


@dataclass(frozen=True)
class InquirySummary:
    """The desk's figures for a period (inquiries received from ``since`` until ``until``)."""

    since: datetime | None
    until: datetime | None
    total: int
    answered: int
    answered_on_time: int
    answered_late: int
    """Answered after the deadline (inquiries without a deadline count as on time)."""
    median_answer_seconds: float | None
    overdue_now: int
    """Open inquiries of the period whose deadline has passed at ``now``."""
    per_week: tuple[tuple[date, int], ...]
    """(Monday of the week, inquiries received), every week of the period, empty ones too."""
    by_status: tuple[tuple[str, int], ...]
    by_office: tuple[tuple[str | None, int], ...]
    by_assignee: tuple[tuple[str | None, int], ...]
    by_topic: tuple[tuple[str | None, int], ...]
