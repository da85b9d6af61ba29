"""The media desk: log journalists' inquiries, change them (audited, versioned), list them.

The CLI and the GUI both come here, so they agree on what is refused and on the order of the
desk: open inquiries first, soonest deadline first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop.domain.inquiries import (
    Channel,
    InquiryChoices,
    InquiryRecord,
    InquiryStatus,
    OutletKind,
    SuggestionRecord,
)
from desktop.services.database import Database

DESK_ORDER = "desk"
"""Open first, then by deadline (soonest first), then by id."""
INQUIRY_ORDERS = (DESK_ORDER, "received", "deadline")


@dataclass(frozen=True)
class InquiryDraft:
    """A new inquiry as the log form or the command line gives it, before validation.

    The journalist is ``journalist_id`` when chosen from autocomplete; otherwise the one whose
    email or E.164 number matches, otherwise a new journalist named ``journalist``.
    """

    journalist: str
    topic: str
    journalist_id: int | None = None
    outlet: str | None = None
    outlet_kind: OutletKind | None = None
    email: str | None = None
    phone: str | None = None
    journalist_country: str | None = None
    beat: str | None = None
    question: str | None = None
    channel: Channel = Channel.PHONE
    received_at: datetime | None = None
    """Aware; None means now."""
    deadline: datetime | None = None
    """Aware; must not be before ``received_at``."""
    deadline_zone: str | None = None
    """The IANA zone the deadline was given in (shown beside the viewer's)."""
    language: str | None = None
    assignee_id: int | None = None
    release_ids: tuple[int, ...] = ()
    notes: str | None = None


@dataclass(frozen=True)
class InquiryChanges:
    """What to change on an inquiry; None leaves a field as it is."""

    status: InquiryStatus | None = None
    assignee_id: int | None = None
    unassign: bool = False
    response: str | None = None
    note: str | None = None
    """Added to the thread as a dated follow-up."""
    reason: str | None = None
    """Why it is reopened (needed to reopen), or declined; kept in the thread."""
    topic: str | None = None
    question: str | None = None
    deadline: datetime | None = None
    deadline_zone: str | None = None
    answered_at: datetime | None = None
    """When the answer was sent, if not now (set only with status answered)."""
    add_release_ids: tuple[int, ...] = ()
    notes: str | None = None


@dataclass(frozen=True)
class InquiryFilter:
    """Which inquiries a list shows; every criterion given must hold."""

    statuses: tuple[InquiryStatus, ...] = ()
    assignee_id: int | None = None
    office_id: int | None = None
    outlet_id: int | None = None
    journalist_id: int | None = None
    received_since: datetime | None = None
    received_until: datetime | None = None
    """Exclusive."""
    deadline_before: datetime | None = None
    overdue_at: datetime | None = None
    """Only open inquiries whose deadline has passed at this time."""


def log_inquiry(db: Database, draft: InquiryDraft) -> InquiryRecord:
    """Record a new inquiry (and its journalist, reused when known); audited.

    Refuses with InputError (field, value, reason), writing nothing: a deadline before
    received, a bad email or phone, an assignee or release that does not exist.
    """
    raise NotImplementedError


def get_inquiry(db: Database, inquiry_id: int) -> InquiryRecord:
    raise NotImplementedError


def list_inquiries(db: Database, inquiry_filter: InquiryFilter | None = None, *, offset: int = 0,
                   limit: int | None = None, order: str = DESK_ORDER) -> list[InquiryRecord]:
    """A page of inquiries in ``order`` (see INQUIRY_ORDERS)."""
    raise NotImplementedError


def count_inquiries(db: Database, inquiry_filter: InquiryFilter | None = None) -> int:
    raise NotImplementedError


def count_overdue(db: Database, now: datetime) -> int:
    """Open inquiries whose deadline passed before ``now``."""
    raise NotImplementedError


def update_inquiry(db: Database, inquiry_id: int, changes: InquiryChanges,
                   if_version: int | None = None) -> InquiryRecord:
    """Apply ``changes``; with ``if_version``, refuse (ConflictError naming who and when) if
    somebody saved the inquiry since. A disallowed status change is an InputError."""
    raise NotImplementedError


def filter_choices(db: Database) -> InquiryChoices:
    """The assignees, offices and outlets that inquiries on record refer to, by name."""
    raise NotImplementedError


def suggest_assignees(db: Database, topic: str, journalist_country: str | None = None,
                      limit: int = 5) -> list[SuggestionRecord]:
    """Who should answer, ranked, with the reason: see ``inquiry_routing``."""
    from desktop.services.inquiry_routing import suggest

    return suggest(db, topic, journalist_country, limit)
