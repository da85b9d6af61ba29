"""The media desk: log journalists' inquiries, change them (audited, versioned), list them.

The CLI and the GUI both come here, so they agree on what is refused and on the order of the
desk: open inquiries first, soonest deadline first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import BindParameter, Select, bindparam, func, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from desktop.db.base import UtcDateTime, utc_now
from desktop.db.models import (
    Contact,
    Inquiry,
    InquiryFollowUp,
    Journalist,
    Office,
    Outlet,
    Release,
    inquiry_releases,
)
from desktop.domain.errors import ConflictError, InputError, NotFoundError, Problem
from desktop.domain.inquiries import (
    OPEN_STATUSES,
    Channel,
    FollowUpRecord,
    InquiryChoices,
    InquiryRecord,
    InquiryStatus,
    OutletKind,
    SuggestionRecord,
    transition_problem,
)
from desktop.domain.records import ReleaseRef
from desktop.domain.text import fold
from desktop.services import audit
from desktop.services.database import Database
from desktop.services.guards import LANGUAGE_LIMIT, check_version, checked, optional_text, shown
from desktop.services.journalists import journalist_records, resolve_journalist
from desktop.services.offices import resolve_country

DESK_ORDER = "desk"
"""Open first, then by deadline (soonest first), then by id."""
INQUIRY_ORDERS = (DESK_ORDER, "received", "oldest", "deadline")
"""desk; newest received first; oldest received first; soonest deadline first."""


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


# Reading ------------------------------------------------------------------------------------

_LOAD = (
    selectinload(Inquiry.journalist).selectinload(Journalist.phones),
    selectinload(Inquiry.journalist).selectinload(Journalist.emails),
    selectinload(Inquiry.journalist).selectinload(Journalist.outlet),
    selectinload(Inquiry.assignee), selectinload(Inquiry.office),
    selectinload(Inquiry.releases), selectinload(Inquiry.follow_ups),
)


_IDS: BindParameter[list[int]] = bindparam("ids", expanding=True)
# Built once: constructing and keying these costs more than running them for one page.
_ROWS = (
    select(Inquiry.id, Inquiry.status, Inquiry.channel, Inquiry.topic, Inquiry.question,
           Inquiry.language, Inquiry.received_at, Inquiry.deadline, Inquiry.deadline_zone,
           Inquiry.journalist_id, Inquiry.assignee_id, Contact.full_name, Inquiry.office_id,
           Office.name, Inquiry.response, Inquiry.answered_at, Inquiry.notes,
           Inquiry.version, Inquiry.created_at, Inquiry.updated_at)
    .outerjoin(Contact, Contact.id == Inquiry.assignee_id)
    .outerjoin(Office, Office.id == Inquiry.office_id)
    .where(Inquiry.id.in_(_IDS)))
_RELEASES = (
    select(inquiry_releases.c.inquiry_id, Release.id, Release.title, Release.published_on)
    .join(Release, Release.id == inquiry_releases.c.release_id)
    .where(inquiry_releases.c.inquiry_id.in_(_IDS)).order_by(Release.id))
_THREADS = (
    select(InquiryFollowUp.id, InquiryFollowUp.inquiry_id, InquiryFollowUp.at,
           InquiryFollowUp.author, InquiryFollowUp.text, InquiryFollowUp.kind)
    .where(InquiryFollowUp.inquiry_id.in_(_IDS)).order_by(InquiryFollowUp.id))


def _records(session: Session, ids: Sequence[int]) -> list[InquiryRecord]:
    """Records for these inquiries, in order, from a few Core queries (no ORM objects): a
    page of the desk costs the same with 100 or 100,000 inquiries on record."""
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return []
    params = {"ids": wanted}
    rows = session.execute(_ROWS, params).all()
    journalists = journalist_records(session, {r[9] for r in rows})
    releases: dict[int, list[ReleaseRef]] = {}
    for inquiry_id, release_id, title, published in session.execute(_RELEASES, params):
        releases.setdefault(inquiry_id, []).append(ReleaseRef(release_id, title, published))
    threads: dict[int, list[FollowUpRecord]] = {}
    for follow_id, inquiry_id, at, author, text, kind in session.execute(_THREADS, params):
        threads.setdefault(inquiry_id, []).append(
            FollowUpRecord(follow_id, at, author, text, kind))
    found: dict[int, InquiryRecord] = {}
    for r in rows:
        found[r[0]] = InquiryRecord(
            id=r[0], status=InquiryStatus(r[1]), channel=Channel(r[2]), topic=r[3],
            question=r[4], language=r[5], received_at=r[6], deadline=r[7],
            deadline_zone=r[8], journalist=journalists[r[9]], assignee_id=r[10],
            assignee_name=r[11], office_id=r[12], office_name=r[13],
            releases=tuple(releases.get(r[0], ())), response=r[14], answered_at=r[15],
            notes=r[16], follow_ups=tuple(threads.get(r[0], ())), version=r[17],
            created_at=r[18], updated_at=r[19])
    return [found[i] for i in wanted if i in found]


def _load(session: Session, inquiry_id: int, *, for_update: bool = False) -> Inquiry:
    inquiry = session.get(Inquiry, inquiry_id, options=list(_LOAD), with_for_update=for_update)
    if inquiry is None:
        raise NotFoundError("inquiry", inquiry_id)
    return inquiry


def get_inquiry(db: Database, inquiry_id: int) -> InquiryRecord:
    """One inquiry with its journalist, releases and thread; NotFoundError if there is none."""
    with db.reading() as session:
        found = _records(session, [inquiry_id])
    if not found:
        raise NotFoundError("inquiry", inquiry_id)
    return found[0]


_FILTER_FIELDS = ("assignee_id", "office_id", "journalist_id", "outlet_id", "received_since",
                  "received_until", "deadline_before", "overdue_at")


def _where(query: Select[Any], shape: tuple[str, ...], statuses: int) -> Select[Any]:
    """``query`` restricted by the filter fields named in ``shape``, values left as bound
    parameters: one statement per shape, built once (see ``_statement``)."""
    when = UtcDateTime()
    if statuses:
        query = query.where(Inquiry.status.in_(bindparam("statuses", expanding=True)))
    for name in shape:
        if name == "assignee_id":
            query = query.where(Inquiry.assignee_id == bindparam(name))
        elif name == "office_id":
            query = query.where(Inquiry.office_id == bindparam(name))
        elif name == "journalist_id":
            query = query.where(Inquiry.journalist_id == bindparam(name))
        elif name == "outlet_id":
            query = query.where(Inquiry.journalist_id.in_(
                select(Journalist.id).where(Journalist.outlet_id == bindparam(name))))
        elif name == "received_since":
            query = query.where(Inquiry.received_at >= bindparam(name, type_=when))
        elif name == "received_until":
            query = query.where(Inquiry.received_at < bindparam(name, type_=when))
        elif name == "deadline_before":
            query = query.where(Inquiry.deadline < bindparam(name, type_=when))
        elif name == "overdue_at":
            # rank 0 is "open with a deadline": the desk index answers this as one range.
            query = query.where(Inquiry.desk_rank == 0,
                                Inquiry.deadline < bindparam(name, type_=when))
    return query


@lru_cache(maxsize=256)
def _statement(kind: str, shape: tuple[str, ...], statuses: int, order: str,
               paged: bool) -> Select[Any]:
    """The list (``kind`` "ids") or count statement of one filter shape, built once: building
    and keying a statement costs more than running it on the desk's index."""
    if kind == "count":
        return _where(select(func.count(Inquiry.id)), shape, statuses)
    query = _ordered(_where(select(Inquiry.id), shape, statuses), order)
    if paged:
        query = query.offset(bindparam("offset")).limit(bindparam("limit"))
    return query


def _parameters(chosen: InquiryFilter) -> tuple[tuple[str, ...], dict[str, Any]]:
    values: dict[str, Any] = {name: getattr(chosen, name) for name in _FILTER_FIELDS
                              if getattr(chosen, name) is not None}
    if chosen.statuses:
        values["statuses"] = [InquiryStatus(s).value for s in chosen.statuses]
    return tuple(name for name in _FILTER_FIELDS if name in values), values


def _ordered(query: Select[Any], order: str) -> Select[Any]:
    if order == DESK_ORDER:
        return query.order_by(Inquiry.desk_rank, Inquiry.deadline, Inquiry.id)
    if order == "received":
        return query.order_by(Inquiry.received_at.desc(), Inquiry.id.desc())
    if order == "oldest":
        return query.order_by(Inquiry.received_at, Inquiry.id)
    if order == "deadline":
        return query.order_by(Inquiry.deadline.is_(None), Inquiry.deadline, Inquiry.id)
    raise ValueError(f"order must be one of {', '.join(INQUIRY_ORDERS)}, not {order!r}")


def list_inquiries(db: Database, inquiry_filter: InquiryFilter | None = None, *, offset: int = 0,
                   limit: int | None = None, order: str = DESK_ORDER) -> list[InquiryRecord]:
    """A page of inquiries in ``order`` (see INQUIRY_ORDERS): by default the desk's, open
    first and soonest deadline first, one index walk however many inquiries there are."""
    if order not in INQUIRY_ORDERS:
        raise ValueError(f"order must be one of {', '.join(INQUIRY_ORDERS)}, not {order!r}")
    chosen = inquiry_filter or InquiryFilter()
    shape, values = _parameters(chosen)
    paged = bool(offset) or limit is not None
    query = _statement("ids", shape, len(chosen.statuses), order, paged)
    if paged:
        values.update(offset=offset, limit=limit if limit is not None else -1)
    with db.reading() as session:
        return _records(session, list(session.scalars(query, values)))


def count_inquiries(db: Database, inquiry_filter: InquiryFilter | None = None) -> int:
    chosen = inquiry_filter or InquiryFilter()
    shape, values = _parameters(chosen)
    query = _statement("count", shape, len(chosen.statuses), DESK_ORDER, False)
    with db.reading() as session:
        return int(session.scalar(query, values) or 0)


def count_overdue(db: Database, now: datetime) -> int:
    """Open inquiries whose deadline passed before ``now``."""
    return count_inquiries(db, InquiryFilter(overdue_at=now))


def filter_choices(db: Database) -> InquiryChoices:
    """The assignees, offices and outlets that inquiries on record refer to, by name."""
    with db.reading() as session:
        assignees = session.execute(
            select(Contact.id, Contact.full_name)
            .where(Contact.id.in_(select(Inquiry.assignee_id)))
            .order_by(Contact.name_key, Contact.id)).all()
        offices = session.execute(
            select(Office.id, Office.name)
            .where(Office.id.in_(select(Inquiry.office_id)))
            .order_by(Office.name_key)).all()
        outlets = session.execute(
            select(Outlet.id, Outlet.name)
            .where(Outlet.id.in_(select(Journalist.outlet_id).join(
                Inquiry, Inquiry.journalist_id == Journalist.id)))
            .order_by(Outlet.name_key)).all()
    return InquiryChoices(tuple((r[0], r[1]) for r in assignees),
                          tuple((r[0], r[1]) for r in offices),
                          tuple((r[0], r[1]) for r in outlets))


# Checking -----------------------------------------------------------------------------------

def desk_rank(status: str, deadline: datetime | None) -> int:
    """0 open with a deadline, 1 open without, 2 finished (see ``Inquiry.desk_rank``)."""
    if InquiryStatus(status) not in OPEN_STATUSES:
        return 2
    return 0 if deadline is not None else 1


def _aware(field: str, value: datetime) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise InputError(Problem(field, value.isoformat(),
                                 "a date-time needs a time zone or UTC offset"))
    return value.astimezone(UTC)


def _zone(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    try:
        ZoneInfo(value.strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise InputError(Problem("Deadline zone", shown(value),
                                 "not an IANA time zone (e.g. Asia/Dushanbe)")) from None
    return value.strip()


def _text(text: str | None) -> str | None:
    """A question, response or note: kept as written, line breaks too; None when blank."""
    if text is None:
        return None
    return text.replace("\r\n", "\n").strip() or None


def _check_deadline(received: datetime, deadline: datetime | None) -> None:
    if deadline is not None and deadline < received:
        raise InputError(Problem(
            "Deadline", deadline.isoformat(timespec="minutes"),
            f"before the inquiry was received ({received.isoformat(timespec='minutes')})"))


def _topic(text: str) -> str:
    clean = optional_text(text)
    if not clean:
        raise InputError(Problem("Topic", text, "an inquiry needs a topic (a few words)"))
    return checked("Topic", clean, Inquiry.topic) or clean


def _assignee(session: Session, contact_id: int) -> Contact:
    contact = session.get(Contact, contact_id, options=[selectinload(Contact.office)])
    if contact is None:
        raise InputError(Problem("Assignee", str(contact_id), "no contact has this id"))
    if contact.archived:
        raise InputError(Problem("Assignee", str(contact_id),
                                 f"{contact.full_name} is archived"))
    return contact


def _releases(session: Session, release_ids: Sequence[int]) -> list[Release]:
    wanted = list(dict.fromkeys(release_ids))
    found = {r.id: r for r in session.scalars(select(Release).where(Release.id.in_(wanted)))}
    missing = [i for i in wanted if i not in found]
    if missing:
        raise InputError([Problem("Release", str(i), "no release has this id") for i in missing])
    return [found[i] for i in wanted]


def _follow_up(session: Session, inquiry: Inquiry, author: str, kind: str, text: str) -> None:
    inquiry.follow_ups.append(InquiryFollowUp(at=utc_now(), author=author, kind=kind, text=text))


# Writing ------------------------------------------------------------------------------------

def log_inquiry(db: Database, draft: InquiryDraft) -> InquiryRecord:
    """Record a new inquiry (and its journalist, reused when known); audited.

    Refuses with InputError (field, value, reason), writing nothing: a deadline before
    received, a bad email or phone, an assignee or release that does not exist.
    """
    topic = _topic(draft.topic)
    received = _aware("Received", draft.received_at) if draft.received_at else utc_now()
    deadline = _aware("Deadline", draft.deadline) if draft.deadline else None
    _check_deadline(received, deadline)
    zone = _zone(draft.deadline_zone) if deadline is not None else None
    country = resolve_country(draft.journalist_country, "Journalist country")
    language = (checked("Language", optional_text(draft.language), Inquiry.language)
                if draft.language else None)
    if language and len(language) > LANGUAGE_LIMIT:
        raise InputError(Problem("Language", shown(language), "not a language tag"))
    with db.transaction() as session:
        journalist, created = resolve_journalist(
            session, db.actor, name=draft.journalist, journalist_id=draft.journalist_id,
            outlet=draft.outlet, outlet_kind=draft.outlet_kind, email=draft.email,
            phone=draft.phone, country=country, beat=draft.beat)
        assignee = _assignee(session, draft.assignee_id) if draft.assignee_id else None
        releases = _releases(session, draft.release_ids)
        status = InquiryStatus.ASSIGNED if assignee else InquiryStatus.NEW
        now = utc_now()
        inquiry = Inquiry(
            journalist=journalist, channel=Channel(draft.channel).value, topic=topic,
            topic_key=fold(topic)[:300],
            question=checked("Question", _text(draft.question), Inquiry.question),
            language=language, received_at=received, deadline=deadline, deadline_zone=zone,
            status=status.value, desk_rank=desk_rank(status, deadline),
            assignee=assignee, office=assignee.office if assignee else None,
            notes=checked("Notes", _text(draft.notes), Inquiry.notes),
            releases=releases, created_at=now, updated_at=now)
        session.add(inquiry)
        session.flush()
        audit.record_change(session, db.actor, "inquiry", inquiry.id, "create", {
            "journalist": journalist.id, "journalist_created": created, "topic": topic,
            "status": status.value, "received_at": received.isoformat(),
            "deadline": deadline.isoformat() if deadline else None,
            "assignee": assignee.id if assignee else None,
            "releases": [r.id for r in releases]})
        session.flush()
        return _records(session, [inquiry.id])[0]


def _stale(db: Database, inquiry_id: int, if_version: int | None) -> ConflictError:
    """The refusal of a save that lost a race, naming who saved last and when."""
    with db.reading() as session:
        inquiry = session.get(Inquiry, inquiry_id)
        if inquiry is None:
            raise NotFoundError("inquiry", inquiry_id)
        last = audit.last_change(session, "inquiry", inquiry_id)
        expected = if_version if if_version is not None else inquiry.version - 1
        return ConflictError("inquiry", inquiry_id, expected, inquiry.version,
                             last.actor if last else None,
                             last.at.isoformat(timespec="seconds") if last else None)


def _apply_status(session: Session, db: Database, inquiry: Inquiry, changes: InquiryChanges,
                  diff: dict[str, object]) -> None:
    old = InquiryStatus(inquiry.status)
    new = changes.status
    if new is None:
        # Assigning a new inquiry (or unassigning one) moves it along by itself.
        if changes.assignee_id is not None and old == InquiryStatus.NEW:
            new = InquiryStatus.ASSIGNED
        elif changes.unassign and old == InquiryStatus.ASSIGNED:
            new = InquiryStatus.NEW
        else:
            return
    try:
        new = InquiryStatus(new)
    except ValueError:
        raise InputError(Problem("Status", str(new), "not a status (new, assigned, answered, "
                                                     "closed, declined)")) from None
    problem = transition_problem(old, new, changes.reason)
    if problem:
        raise InputError(Problem("Status", new.value, problem))
    if new == old:
        return
    if new == InquiryStatus.ASSIGNED and inquiry.assignee_id is None and not changes.assignee_id:
        raise InputError(Problem("Status", new.value, "assigned to nobody: give an assignee"))
    diff["status"] = [old.value, new.value]
    inquiry.status = new.value
    reopening = old not in OPEN_STATUSES and new in OPEN_STATUSES
    text = f"{old.value} → {new.value}"
    if changes.reason and changes.reason.strip():
        text += f": {changes.reason.strip()}"
    _follow_up(session, inquiry, db.actor, "reopen" if reopening else "status", text)
    if new == InquiryStatus.ANSWERED:
        answered = _aware("Answered at", changes.answered_at) if changes.answered_at else utc_now()
        if answered < inquiry.received_at:
            raise InputError(Problem("Answered at", answered.isoformat(timespec="minutes"),
                                     "before the inquiry was received"))
        diff["answered_at"] = [None, answered.isoformat()]
        inquiry.answered_at = answered
    elif reopening and inquiry.answered_at is not None:
        diff["answered_at"] = [inquiry.answered_at.isoformat(), None]
        inquiry.answered_at = None


def _apply_fields(session: Session, inquiry: Inquiry, changes: InquiryChanges,
                  diff: dict[str, object]) -> None:
    if changes.assignee_id is not None and changes.assignee_id != inquiry.assignee_id:
        contact = _assignee(session, changes.assignee_id)
        diff["assignee"] = [inquiry.assignee_id, contact.id]
        inquiry.assignee = contact
        if contact.office is not None:
            inquiry.office = contact.office
    elif changes.unassign and inquiry.assignee_id is not None:
        diff["assignee"] = [inquiry.assignee_id, None]
        inquiry.assignee = None
    if changes.topic is not None:
        topic = _topic(changes.topic)
        if topic != inquiry.topic:
            diff["topic"] = [inquiry.topic, topic]
            inquiry.topic, inquiry.topic_key = topic, fold(topic)[:300]
    for field, attr, value in (("Question", "question", changes.question),
                               ("Response", "response", changes.response),
                               ("Notes", "notes", changes.notes)):
        if value is None:
            continue
        column = getattr(Inquiry, attr)
        clean = checked(field, _text(value), column)
        if clean != getattr(inquiry, attr):
            diff[attr] = [getattr(inquiry, attr), clean]
            setattr(inquiry, attr, clean)
    if changes.deadline is not None:
        deadline = _aware("Deadline", changes.deadline)
        _check_deadline(inquiry.received_at, deadline)
        if deadline != inquiry.deadline:
            diff["deadline"] = [inquiry.deadline.isoformat() if inquiry.deadline else None,
                                deadline.isoformat()]
            inquiry.deadline = deadline
    if changes.deadline_zone is not None:
        zone = _zone(changes.deadline_zone)
        if zone != inquiry.deadline_zone:
            diff["deadline_zone"] = [inquiry.deadline_zone, zone]
            inquiry.deadline_zone = zone
    if changes.add_release_ids:
        known = {r.id for r in inquiry.releases}
        added = [r for r in _releases(session, changes.add_release_ids) if r.id not in known]
        if added:
            inquiry.releases.extend(added)
            diff["added_releases"] = [r.id for r in added]


def update_inquiry(db: Database, inquiry_id: int, changes: InquiryChanges,
                   if_version: int | None = None) -> InquiryRecord:
    """Apply ``changes``; with ``if_version``, refuse (ConflictError naming who and when) if
    somebody saved the inquiry since. A disallowed status change is an InputError.

    A note, a status change and a reason for reopening each become a dated follow-up; every
    save is one audited version.
    """
    try:
        with db.transaction() as session:
            inquiry = _load(session, inquiry_id, for_update=True)
            check_version(session, "inquiry", inquiry.id, inquiry.version, if_version)
            diff: dict[str, object] = {}
            with session.no_autoflush:  # one UPDATE, so one save is one version
                _apply_fields(session, inquiry, changes, diff)
                _apply_status(session, db, inquiry, changes, diff)
                if changes.note and changes.note.strip():
                    note = checked("Note", changes.note.strip(), InquiryFollowUp.text) or ""
                    _follow_up(session, inquiry, db.actor, "note", note)
                    diff["note"] = note
            if diff:
                inquiry.desk_rank = desk_rank(inquiry.status, inquiry.deadline)
                inquiry.updated_at = utc_now()  # also bumps the version column
                session.flush()
                audit.record_change(session, db.actor, "inquiry", inquiry.id, "update", diff)
                session.flush()
            return _records(session, [inquiry.id])[0]
    except StaleDataError as error:
        raise _stale(db, inquiry_id, if_version) from error


def suggest_assignees(db: Database, topic: str, journalist_country: str | None = None,
                      limit: int = 5) -> list[SuggestionRecord]:
    """Who should answer, ranked, with the reason: see ``inquiry_routing``."""
    from desktop.services.inquiry_routing import suggest

    return suggest(db, topic, journalist_country, limit)
