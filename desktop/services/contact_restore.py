"""Putting a contact back exactly as it was: what Undo needs.

Undo must not re-validate: a number kept as written because it did not validate has to come
back kept as written and flagged, with its kind and its text, not be refused.
"""

from __future__ import annotations

from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from desktop.db.base import utc_now
from desktop.db.models import Contact, Email, Office, Phone
from desktop.domain.errors import NotFoundError
from desktop.domain.records import ContactRecord, EmailRecord, PhoneRecord
from desktop.domain.text import fold
from desktop.search import index
from desktop.services import audit
from desktop.services.contact_rules import split_name
from desktop.services.database import Database
from desktop.services.guards import check_version
from desktop.services.mapping import contact_record, releases_of


def _load(session: Session, contact_id: int) -> Contact:
    """The contact, locked until the restore commits (a racing save waits, then is refused)."""
    contact = session.get(Contact, contact_id, options=[
        selectinload(Contact.phones), selectinload(Contact.emails), selectinload(Contact.office)],
        with_for_update=True)
    if contact is None:
        raise NotFoundError("contact", contact_id)
    return contact


def _phone_key(phone: PhoneRecord) -> str:
    return phone.e164 or phone.as_written


def _email_key(email: EmailRecord) -> str:
    return email.address or email.as_written


def record_diff(before: ContactRecord, after: ContactRecord) -> dict[str, object]:
    """What changed between two states, in the audit's words: ``field: [old, new]`` and the
    numbers and addresses added and removed (as ``update`` writes them), so the audit view
    shows old -> new and an earlier version can be worked out again."""
    diff: dict[str, object] = {}
    pairs: tuple[tuple[str, object, object], ...] = (
        ("name", before.name, after.name), ("title", before.title, after.title),
        ("office", before.office.name if before.office else None,
         after.office.name if after.office else None),
        ("country", before.country, after.country), ("notes", before.notes, after.notes),
        ("languages", list(before.languages), list(after.languages)),
        ("tags", list(before.tags), list(after.tags)),
        ("archived", before.archived, after.archived))
    for name, old, new in pairs:
        if old != new:
            diff[name] = [old, new]
    for kind, old_keys, new_keys in (
            ("phones", [_phone_key(p) for p in before.phones],
             [_phone_key(p) for p in after.phones]),
            ("emails", [_email_key(e) for e in before.emails],
             [_email_key(e) for e in after.emails])):
        removed = [k for k in old_keys if k not in new_keys]
        added = [k for k in new_keys if k not in old_keys]
        if removed:
            diff[f"removed_{kind}"] = removed
        if added:
            diff[f"added_{kind}"] = added
    return diff


def restore_contact(db: Database, snapshot: ContactRecord,
                    if_version: int | None = None) -> ContactRecord:
    """Make the contact match ``snapshot`` (fields, office, phones, emails, archived flag)."""
    try:
        with db.transaction() as session:
            contact = _load(session, snapshot.id)
            check_version(session, "contact", contact.id, contact.version, if_version)
            office = session.get(Office, snapshot.office.id) if snapshot.office else None
            with session.no_autoflush:
                before = contact_record(contact)
                contact.full_name, contact.name_key = snapshot.name, fold(snapshot.name)
                contact.given_name, contact.family_name = split_name(snapshot.name)
                contact.title, contact.notes = snapshot.title, snapshot.notes
                contact.office, contact.country = office, snapshot.country
                contact.languages, contact.tags = list(snapshot.languages), list(snapshot.tags)
                contact.archived = snapshot.archived
                contact.phones = [
                    Phone(position=n, e164=p.e164, extension=p.extension, kind=p.kind.value,
                          as_written=p.as_written, valid=p.valid, problem=p.problem,
                          display=p.display)
                    for n, p in enumerate(snapshot.phones)]
                contact.emails = [
                    Email(position=n, address=e.address, kind=e.kind.value,
                          as_written=e.as_written, valid=e.valid, problem=e.problem)
                    for n, e in enumerate(snapshot.emails)]
                contact.updated_at = utc_now()
            session.flush()
            after = contact_record(contact, releases_of(session, contact.id))
            audit.record_change(session, db.actor, "contact", contact.id, "restore", {
                "from_version": before.version, "to_state_of_version": snapshot.version,
                "phones": [p.e164 or p.as_written for p in snapshot.phones],
                "emails": [e.address or e.as_written for e in snapshot.emails],
                "changed": record_diff(before, after)})
            index.refresh_contacts(session, [contact.id])
            return after
    except StaleDataError as error:
        from desktop.services.contacts import stale_refusal

        raise stale_refusal(db, snapshot.id, if_version) from error
