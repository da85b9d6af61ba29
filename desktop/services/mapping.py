"""ORM rows to frozen records: the only place that knows both shapes."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desktop.db.models import Contact, Email, Office, Phone, Release, ReleaseContact
from desktop.domain.emails import EmailKind
from desktop.domain.phones import PhoneCheck, PhoneKind
from desktop.domain.records import (
    ContactRecord,
    EmailRecord,
    OfficeRecord,
    PhoneRecord,
    ReleaseRef,
)


def office_record(office: Office) -> OfficeRecord:
    return OfficeRecord(
        id=office.id, name=office.name, organisation=office.organisation,
        country=office.country, city=office.city, time_zone=office.time_zone,
        phone=office.phone, email=office.email, version=office.version,
    )


def phone_record(phone: Phone) -> PhoneRecord:
    kind = PhoneKind(phone.kind)
    display = phone.display
    if display is None and phone.e164 is not None:  # a row written before it was stored
        display = _display(phone.e164, phone.extension)
    return PhoneRecord(
        e164=phone.e164, extension=phone.extension, display=display, kind=kind,
        valid=phone.valid, as_written=phone.as_written, problem=phone.problem,
    )


def email_record(email: Email) -> EmailRecord:
    return EmailRecord(
        address=email.address, kind=EmailKind(email.kind), valid=email.valid,
        as_written=email.as_written, problem=email.problem,
    )


def contact_record(contact: Contact, releases: tuple[ReleaseRef, ...] = ()) -> ContactRecord:
    return ContactRecord(
        id=contact.id,
        name=contact.full_name,
        given_name=contact.given_name,
        family_name=contact.family_name,
        title=contact.title,
        office=office_record(contact.office) if contact.office else None,
        country=contact.country,
        languages=tuple(contact.languages or ()),
        tags=tuple(contact.tags or ()),
        notes=contact.notes,
        archived=contact.archived,
        version=contact.version,
        phones=tuple(phone_record(p) for p in contact.phones),
        emails=tuple(email_record(e) for e in contact.emails),
        created_at=contact.created_at,
        updated_at=contact.updated_at,
        releases=releases,
    )


def releases_of_many(session: Session, contact_ids: Iterable[int],
                     ) -> dict[int, tuple[ReleaseRef, ...]]:
    """The releases naming each of these contacts, newest first, in one query."""
    ids = list(contact_ids)
    found: dict[int, list[ReleaseRef]] = defaultdict(list)
    if not ids:
        return {}
    rows = session.execute(
        select(ReleaseContact.contact_id, Release.id, Release.title, Release.published_on,
               ReleaseContact.role, ReleaseContact.snippet)
        .join(ReleaseContact, ReleaseContact.release_id == Release.id)
        .where(ReleaseContact.contact_id.in_(ids))
        .order_by(Release.published_on.desc().nulls_last(), Release.id.desc())
    ).all()
    for r in rows:
        found[r.contact_id].append(ReleaseRef(r.id, r.title, r.published_on, r.role, r.snippet))
    return {contact_id: tuple(refs) for contact_id, refs in found.items()}


def releases_of(session: Session, contact_id: int) -> tuple[ReleaseRef, ...]:
    """The releases naming this contact, newest first: a contact card's evidence."""
    return releases_of_many(session, [contact_id]).get(contact_id, ())


@lru_cache(maxsize=4096)
def _display(e164: str, extension: str | None) -> str | None:
    """Formatting parses the number: only for rows stored before ``phones.display`` existed."""
    return PhoneCheck(e164, e164, extension, PhoneKind.OFFICE, True).display


# One statement loads whole records as one JSON document: a list of
# [id, full_name, ..., updated_at, office, phones, emails, releases] per contact, the office a
# list or null and the others lists of lists. One decode in C replaces per-column conversion
# by the driver and SQLAlchemy (most of the cost for fifty rows of twenty columns); built once,
# so SQLAlchemy's compiled cache and the driver's statement cache both hit.
_CONTACT = ("c.id, c.full_name, c.given_name, c.family_name, c.title, c.country, {languages}, "
            "{tags}, c.notes, c.archived, c.version, c.created_at, c.updated_at")
_OFFICE = "o.id, o.name, o.organisation, o.country, o.city, o.time_zone, o.phone, o.email, " \
    "o.version"
_PHONE = "position, id, e164, extension, display, kind, valid, as_written, problem"
_EMAIL = "position, id, address, kind, valid, as_written, problem"
_RELEASE = "r.id, r.title, r.published_on, rc.role, rc.snippet"
_SQLITE = (
    # json() keeps each inner array JSON (not a quoted string) in the outer one. SQLite before
    # 3.44 has no ORDER BY inside an aggregate: positions travel along and Python sorts.
    "SELECT json_group_array(json_array("
    + _CONTACT.format(languages="json(c.languages)", tags="json(c.tags)") + ", "
    f"json((SELECT json_array({_OFFICE}) FROM offices o WHERE o.id = c.office_id)), "
    f"json((SELECT json_group_array(json_array({_PHONE})) FROM phones "
    "WHERE contact_id = c.id)), "
    f"json((SELECT json_group_array(json_array({_EMAIL})) FROM emails "
    "WHERE contact_id = c.id)), "
    f"json((SELECT json_group_array(json_array({_RELEASE})) FROM release_contacts rc "
    "JOIN releases r ON r.id = rc.release_id WHERE rc.contact_id = c.id)))) "
    "FROM contacts c WHERE c.id IN (SELECT value FROM json_each(:ids))"
)
_POSTGRES = (
    "SELECT CAST(json_agg(json_build_array("
    + _CONTACT.format(languages="c.languages", tags="c.tags") + ", "
    f"(SELECT json_build_array({_OFFICE}) FROM offices o WHERE o.id = c.office_id), "
    f"(SELECT json_agg(json_build_array({_PHONE}) ORDER BY position, id) "
    "FROM phones WHERE contact_id = c.id), "
    f"(SELECT json_agg(json_build_array({_EMAIL}) ORDER BY position, id) "
    "FROM emails WHERE contact_id = c.id), "
    f"(SELECT json_agg(json_build_array({_RELEASE}) ORDER BY r.published_on DESC NULLS LAST, "
    "r.id DESC) FROM release_contacts rc JOIN releases r ON r.id = rc.release_id "
    "WHERE rc.contact_id = c.id))) AS text) "
    "FROM contacts c WHERE c.id = ANY(CAST(:ids AS integer[]))"
)
_STATEMENTS = {"sqlite": text(_SQLITE), "postgresql": text(_POSTGRES)}


def _without_releases(statement: str) -> str:
    """The same statement with NULL where each contact's releases were gathered."""
    start = statement.index("json((SELECT json_group_array(json_array(r.id") \
        if statement is _SQLITE else statement.index("(SELECT json_agg(json_build_array(r.id")
    end = statement.index("FROM contacts c WHERE")
    closing = ")) " if statement is _SQLITE else ")) AS text) "  # the arrays' own ends
    return statement[:start] + "NULL" + closing + statement[end:]


_WITHOUT_RELEASES = {"sqlite": text(_without_releases(_SQLITE)),
                     "postgresql": text(_without_releases(_POSTGRES))}
_decode = json.JSONDecoder().raw_decode
_PHONE_KINDS = {kind.value: kind for kind in PhoneKind}
_EMAIL_KINDS = {kind.value: kind for kind in EmailKind}


def _timestamp(value: str) -> datetime:
    """As ``UtcDateTime`` reads it: PostgreSQL's JSON carries the offset, SQLite's text none."""
    moment = datetime.fromisoformat(value)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _first(item: list[Any]) -> Any:
    return item[0]


def _published(item: list[Any]) -> Any:
    return item[2] or ""


def contact_records(session: Session, contact_ids: Iterable[int], *,
                    releases: bool = True) -> dict[int, ContactRecord]:
    """Records for these contacts in one statement (no ORM, no number parsing).

    The same records as ``contact_record`` with their releases, many times cheaper: what search
    uses to answer within a frame. ``releases=False`` leaves each record's ``releases`` empty
    and skips reading them: for a list that does not show them (the card reads its own).
    """
    ids = list(dict.fromkeys(contact_ids))
    if not ids:
        return {}
    dialect = session.get_bind().dialect.name
    sqlite = dialect == "sqlite"
    statements = _STATEMENTS if releases else _WITHOUT_RELEASES
    document = session.execute(statements[dialect],
                               {"ids": json.dumps(ids) if sqlite else ids}).scalar()
    found: dict[int, ContactRecord] = {}
    offices: dict[int, OfficeRecord] = {}
    phone_kinds, email_kinds = _PHONE_KINDS, _EMAIL_KINDS
    stamps: dict[str, datetime] = {}  # rows written together share their timestamps

    def stamp(text: str) -> datetime:
        moment = stamps[text] = _timestamp(text)
        return moment

    for r in _decode(document)[0] if document else ():
        office = None
        if r[13] is not None:
            o = r[13]
            office = offices.get(o[0])
            if office is None:
                office = offices[o[0]] = OfficeRecord(*o)
        phone_rows, email_rows, links = r[14] or [], r[15] or [], r[16] or []
        if sqlite:
            if len(phone_rows) > 1:
                phone_rows.sort()  # by position, then id: as the ORM orders them
            if len(email_rows) > 1:
                email_rows.sort()
            if len(links) > 1:  # newest first, undated ("" sorts lowest) last, then newest id
                links.sort(key=_first, reverse=True)
                links.sort(key=_published, reverse=True)
        phones = tuple([
            PhoneRecord(p[2], p[3], p[4] if p[4] is not None or p[2] is None
                        else _display(p[2], p[3]),
                        phone_kinds[p[5]], bool(p[6]), p[7], p[8])
            for p in phone_rows])
        emails = tuple([EmailRecord(e[2], email_kinds[e[3]], bool(e[4]), e[5], e[6])
                        for e in email_rows])
        refs = tuple([
            ReleaseRef(x[0], x[1], date.fromisoformat(x[2]) if x[2] else None, x[3], x[4])
            for x in links])
        found[r[0]] = ContactRecord(
            id=r[0], name=r[1], given_name=r[2], family_name=r[3], title=r[4],
            office=office, country=r[5], languages=tuple(r[6] or ()), tags=tuple(r[7] or ()),
            notes=r[8], archived=bool(r[9]), version=r[10], phones=phones, emails=emails,
            created_at=stamps.get(r[11]) or stamp(r[11]),
            updated_at=stamps.get(r[12]) or stamp(r[12]), releases=refs)
    return found
