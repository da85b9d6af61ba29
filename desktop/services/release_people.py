"""Turning the people a release names into directory contacts: matched, never duplicated.

The same person is recognised by any of their valid E.164 numbers, any address, or the same
name in the same office. A known person gains new numbers and addresses (old ones are kept);
what does not validate is kept as written and flagged for review, never dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.base import utc_now
from desktop.db.models import Contact, Office
from desktop.domain.emails import EmailCheck
from desktop.domain.phones import PhoneCheck
from desktop.domain.text import fold, squeeze
from desktop.formats.releases.model import ExtractedPerson
from desktop.formats.releases.review_notes import flag_kept
from desktop.services import audit
from desktop.services.contact_rules import (
    email_row,
    owner_of_email,
    owner_of_phone,
    phone_row,
    split_name,
)
from desktop.services.guards import fitted
from desktop.services.offices import find_or_create_office


@dataclass
class PersonOutcome:
    """What happened to one person of a release, for the report and the audit trail."""

    contact: Contact | None
    action: str  # "create" | "update" | "unchanged" | "quoted"
    changes: list[str] = field(default_factory=list)
    flagged: list[str] = field(default_factory=list)


def _match(session: Session, person: ExtractedPerson, office: Office | None) -> Contact | None:
    for phone in person.phones:
        if phone.e164 and (owner := owner_of_phone(session, phone.e164, None)):
            return owner
    for email in person.emails:
        if email.address and (owner := owner_of_email(session, email.address, None)):
            return owner
    query = select(Contact).where(Contact.name_key == fold(person.name))
    query = query.where(Contact.office_id == office.id) if office else query.where(
        Contact.office_id.is_(None))
    return session.scalars(query.order_by(Contact.id).limit(1)).first()


def _flags(phones: tuple[PhoneCheck, ...], emails: tuple[EmailCheck, ...]) -> list[str]:
    flagged: list[str] = [flag_kept(f"phone {p.as_written!r}: {p.problem}", "phone", p)
                          for p in phones if not p.valid]
    flagged += [flag_kept(f"email {e.as_written!r}: {e.problem}", "email", e)
                for e in emails if not e.valid]
    return flagged  # English strings that carry their codes (ReviewNote)


def _merge(contact: Contact, person: ExtractedPerson, office: Office | None) -> list[str]:
    """Add what the release says that the contact lacks; keep everything it already has."""
    changes: list[str] = []
    known_phones = {p.e164 for p in contact.phones if p.e164}
    known_written = {squeeze(p.as_written) for p in contact.phones}
    position = max((p.position for p in contact.phones), default=-1) + 1
    for phone in person.phones:
        if (phone.e164 and phone.e164 in known_phones) or (
                not phone.e164 and squeeze(phone.as_written) in known_written):
            continue
        contact.phones.append(phone_row(phone, position))
        position += 1
        known_phones.add(phone.e164 or "")
        known_written.add(squeeze(phone.as_written))
        changes.append(f"added phone {phone.e164 or phone.as_written}")
    known_emails = {e.address for e in contact.emails if e.address}
    known_email_text = {e.as_written.lower() for e in contact.emails}
    position = max((e.position for e in contact.emails), default=-1) + 1
    for email in person.emails:
        if (email.address and email.address in known_emails) or (
                not email.address and email.as_written.lower() in known_email_text):
            continue
        contact.emails.append(email_row(email, position))
        position += 1
        known_emails.add(email.address or "")
        known_email_text.add(email.as_written.lower())
        changes.append(f"added email {email.address or email.as_written}")
    if person.title and not contact.title:
        contact.title = fitted(person.title, Contact.title)
        changes.append(f"title set to {person.title!r}")
    if office is not None and contact.office_id is None:
        contact.office = office
        changes.append(f"office set to {office.name!r}")
    if person.country and not contact.country:
        contact.country = person.country
        changes.append(f"country set to {person.country}")
    return changes


def _create(session: Session, person: ExtractedPerson, office: Office | None) -> Contact:
    given, family = split_name(person.name)
    now = utc_now()
    contact = Contact(
        full_name=fitted(squeeze(person.name), Contact.full_name) or person.name[:1],
        name_key=fitted(fold(person.name), Contact.name_key) or "",
        given_name=given, family_name=family,
        title=fitted(person.title, Contact.title), office=office,
        country=person.country or (office.country if office else None),
        languages=[], tags=[], notes=None, archived=False, created_at=now, updated_at=now,
        phones=[phone_row(p, i) for i, p in enumerate(person.phones)],
        emails=[email_row(e, i) for i, e in enumerate(person.emails)],
    )
    session.add(contact)
    return contact


def apply_person(session: Session, actor: str, person: ExtractedPerson,
                 release_title: str) -> PersonOutcome:
    """Create or update the directory contact for one media contact of a release."""
    office = (find_or_create_office(session, actor, person.office, person.country, strict=False)
              if person.office else None)
    flagged = _flags(person.phones, person.emails)
    with session.no_autoflush:
        contact = _match(session, person, office)
    if contact is None:
        contact = _create(session, person, office)
        session.flush()
        audit.record_change(session, actor, "contact", contact.id, "create", {
            "name": contact.full_name, "source": f"release: {release_title}",
            "phones": [p.e164 or p.as_written for p in person.phones],
            "emails": [e.address or e.as_written for e in person.emails],
        })
        return PersonOutcome(contact, "create", [], flagged)
    with session.no_autoflush:
        changes = _merge(contact, person, office)
    if not changes:
        return PersonOutcome(contact, "unchanged", [], flagged)
    contact.updated_at = utc_now()
    session.flush()
    audit.record_change(session, actor, "contact", contact.id, "update",
                        {"source": f"release: {release_title}", "changes": changes})
    return PersonOutcome(contact, "update", changes, flagged)


def find_quoted(session: Session, person: ExtractedPerson) -> Contact | None:
    """A quoted person is linked to a contact only when the name alone is unambiguous."""
    matches = session.scalars(
        select(Contact).where(Contact.name_key == fold(person.name)).limit(2)).all()
    return matches[0] if len(matches) == 1 else None
