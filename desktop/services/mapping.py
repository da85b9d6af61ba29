"""ORM rows to frozen records: the only place that knows both shapes."""

from __future__ import annotations

from desktop.db.models import Contact, Email, Office, Phone
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
