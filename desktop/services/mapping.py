"""ORM rows to frozen records: the only place that knows both shapes."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from sqlalchemy import select
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
    display = PhoneCheck(phone.as_written, phone.e164, phone.extension, kind, phone.valid).display
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


@lru_cache(maxsize=65536)
def _display(e164: str, extension: str | None) -> str | None:
    """Formatting a number parses it (tens of microseconds): search shows the same ones often."""
    return PhoneCheck(e164, e164, extension, PhoneKind.OFFICE, True).display


def contact_records(session: Session, contact_ids: Iterable[int]) -> dict[int, ContactRecord]:
    """Records for these contacts through Core (five small queries, no ORM identity map).

    The same records as ``contact_record`` with their releases, several times cheaper: what
    search uses to answer within a frame.
    """
    ids = list(contact_ids)
    if not ids:
        return {}
    contacts = Contact.__table__
    rows = session.execute(select(contacts).where(contacts.c.id.in_(ids))).mappings().all()
    office_ids = {r["office_id"] for r in rows if r["office_id"] is not None}
    offices: dict[int, OfficeRecord] = {}
    if office_ids:
        table = Office.__table__
        for o in session.execute(select(table).where(table.c.id.in_(office_ids))).mappings():
            offices[o["id"]] = OfficeRecord(
                id=o["id"], name=o["name"], organisation=o["organisation"],
                country=o["country"], city=o["city"], time_zone=o["time_zone"],
                phone=o["phone"], email=o["email"], version=o["version"])
    phones: dict[int, list[PhoneRecord]] = defaultdict(list)
    table = Phone.__table__
    for p in session.execute(select(table).where(table.c.contact_id.in_(ids))
                             .order_by(table.c.contact_id, table.c.position)).mappings():
        phones[p["contact_id"]].append(PhoneRecord(
            e164=p["e164"], extension=p["extension"],
            display=_display(p["e164"], p["extension"]) if p["e164"] else None,
            kind=PhoneKind(p["kind"]), valid=p["valid"], as_written=p["as_written"],
            problem=p["problem"]))
    emails: dict[int, list[EmailRecord]] = defaultdict(list)
    table = Email.__table__
    for e in session.execute(select(table).where(table.c.contact_id.in_(ids))
                             .order_by(table.c.contact_id, table.c.position)).mappings():
        emails[e["contact_id"]].append(EmailRecord(
            address=e["address"], kind=EmailKind(e["kind"]), valid=e["valid"],
            as_written=e["as_written"], problem=e["problem"]))
    releases = releases_of_many(session, ids)
    return {r["id"]: _contact_from_row(r, offices, phones, emails, releases) for r in rows}


def _contact_from_row(r: Any, offices: dict[int, OfficeRecord],
                      phones: dict[int, list[PhoneRecord]], emails: dict[int, list[EmailRecord]],
                      releases: dict[int, tuple[ReleaseRef, ...]]) -> ContactRecord:
    return ContactRecord(
        id=r["id"], name=r["full_name"], given_name=r["given_name"],
        family_name=r["family_name"], title=r["title"],
        office=offices.get(r["office_id"]) if r["office_id"] is not None else None,
        country=r["country"], languages=tuple(r["languages"] or ()),
        tags=tuple(r["tags"] or ()), notes=r["notes"], archived=r["archived"],
        version=r["version"], phones=tuple(phones.get(r["id"], ())),
        emails=tuple(emails.get(r["id"], ())), created_at=r["created_at"],
        updated_at=r["updated_at"], releases=releases.get(r["id"], ()),
    )
