"""Putting a contact back exactly as it was: what Undo needs.

Undo must not re-validate: a number kept as written because it did not validate has to come
back kept as written and flagged, with its kind and its text, not be refused.
"""

from __future__ import annotations

from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from desktop.db.base import utc_now
from desktop.db.models import Contact, Email, Office, Phone
from desktop.domain.errors import ConflictError, NotFoundError
from desktop.domain.records import ContactRecord
from desktop.domain.text import fold
from desktop.search import index
from desktop.services import audit
from desktop.services.contact_rules import split_name
from desktop.services.database import Database
from desktop.services.guards import check_version
from desktop.services.mapping import contact_record, releases_of


def _load(session: Session, contact_id: int) -> Contact:
    contact = session.get(Contact, contact_id, options=[
        selectinload(Contact.phones), selectinload(Contact.emails), selectinload(Contact.office)])
    if contact is None:
        raise NotFoundError("contact", contact_id)
    return contact


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
            audit.record_change(session, db.actor, "contact", contact.id, "restore", {
                "from_version": before.version, "to_state_of_version": snapshot.version,
                "phones": [p.e164 or p.as_written for p in snapshot.phones],
                "emails": [e.address or e.as_written for e in snapshot.emails]})
            index.refresh_contacts(session, [contact.id])
            return contact_record(contact, releases_of(session, contact.id))
    except StaleDataError as error:
        raise ConflictError("contact", snapshot.id, if_version or 0, -1, None, None) from error
