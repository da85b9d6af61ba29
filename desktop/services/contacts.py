"""Contacts: add, change, archive and read people, every change audited and versioned."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import String, func, literal, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from desktop.db.base import utc_now
from desktop.db.models import Contact, Office
from desktop.domain.errors import ConflictError, InputError, NotFoundError, Problem
from desktop.domain.records import ContactRecord
from desktop.domain.text import fold
from desktop.search import index
from desktop.services import audit
from desktop.services.contact_rules import (
    clean_name,
    email_row,
    find_email,
    find_phone,
    phone_row,
    read_phones_and_emails,
    refuse_duplicates,
    split_name,
)
from desktop.services.database import Database
from desktop.services.guards import (
    LANGUAGE_LIMIT,
    TAG_LIMIT,
    check_version,
    checked,
    checked_words,
    optional_text,
)
from desktop.services.mapping import contact_record, contact_records, releases_of
from desktop.services.offices import find_or_create_office, resolve_country


@dataclass(frozen=True)
class ContactDraft:
    """A new contact as a form or the command line gives it, before validation."""

    name: str
    title: str | None = None
    office: str | None = None
    country: str | None = None
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    notes: str | None = None
    allow_duplicate: bool = False


@dataclass(frozen=True)
class ContactChanges:
    """What to change on a contact; None leaves a field as it is, "" clears it."""

    name: str | None = None
    title: str | None = None
    office: str | None = None
    country: str | None = None
    notes: str | None = None
    languages: tuple[str, ...] | None = None
    tags: tuple[str, ...] | None = None
    add_phones: tuple[str, ...] = ()
    remove_phones: tuple[str, ...] = ()
    add_emails: tuple[str, ...] = ()
    remove_emails: tuple[str, ...] = ()
    allow_duplicate: bool = False


def _title(text: str | None) -> str | None:
    return checked("Title", optional_text(text), Contact.title)


def _notes(text: str | None) -> str | None:
    return checked("Notes", optional_text(text), Contact.notes)


def _languages(values: tuple[str, ...] | None) -> tuple[str, ...] | None:
    return None if values is None else checked_words("Language", values, LANGUAGE_LIMIT)


def _tags(values: tuple[str, ...] | None) -> tuple[str, ...] | None:
    return None if values is None else checked_words("Tag", values, TAG_LIMIT)


def _load(session: Session, contact_id: int, *, for_update: bool = False) -> Contact:
    """The contact with its numbers; ``for_update`` locks the row until the save commits.

    The lock makes a second saver wait and then read the saved version, so a racing
    ``--if-version`` is refused with the real version and a plain update is applied, not
    refused (SQLite writers are already one at a time: ``BEGIN IMMEDIATE``).
    """
    contact = session.get(
        Contact, contact_id,
        options=[selectinload(Contact.phones), selectinload(Contact.emails),
                 selectinload(Contact.office)],
        with_for_update=for_update,
    )
    if contact is None:
        raise NotFoundError("contact", contact_id)
    return contact


def _check_version(session: Session, contact: Contact, if_version: int | None) -> None:
    check_version(session, "contact", contact.id, contact.version, if_version)


def stale_refusal(db: Database, contact_id: int, if_version: int | None) -> ConflictError:
    """The refusal of a save that lost a race, with the version the contact is really at."""
    with db.reading() as session:
        contact = session.get(Contact, contact_id)
        if contact is None:
            raise NotFoundError("contact", contact_id)
        last = audit.last_change(session, "contact", contact_id)
        expected = if_version if if_version is not None else contact.version - 1
        return ConflictError("contact", contact_id, expected, contact.version,
                             last.actor if last else None,
                             last.at.isoformat(timespec="seconds") if last else None)


def add_contact(db: Database, draft: ContactDraft) -> ContactRecord:
    """Create a person; refuse (naming field, value, reason) anything that does not validate."""
    name = clean_name(draft.name)
    country = resolve_country(draft.country)
    with db.transaction() as session:
        office = (find_or_create_office(session, db.actor, draft.office, country)
                  if draft.office and draft.office.strip() else None)
        if country and office and office.country and office.country != country:
            raise InputError(Problem("Country", draft.country or "",
                                     f"office {office.name!r} is in {office.country}"))
        region = country or (office.country if office else None)
        phones, emails = read_phones_and_emails(draft.phones, draft.emails, region)
        if not draft.allow_duplicate:
            refuse_duplicates(session, phones, emails)
        given, family = split_name(name)
        now = utc_now()
        contact = Contact(
            full_name=name, name_key=fold(name), given_name=given, family_name=family,
            title=_title(draft.title), office=office, country=region,
            languages=list(checked_words("Language", draft.languages, LANGUAGE_LIMIT)),
            tags=list(checked_words("Tag", draft.tags, TAG_LIMIT)),
            notes=_notes(draft.notes),
            archived=False, created_at=now, updated_at=now,
            phones=[phone_row(p, i) for i, p in enumerate(phones)],
            emails=[email_row(e, i) for i, e in enumerate(emails)],
        )
        session.add(contact)
        session.flush()
        audit.record_change(session, db.actor, "contact", contact.id, "create", {
            "name": name, "office": office.name if office else None, "country": region,
            "phones": [p.e164 for p in phones], "emails": [e.address for e in emails],
        })
        index.refresh_contacts(session, [contact.id])
        return contact_record(contact)


def _apply_fields(session: Session, db: Database, contact: Contact,
                  changes: ContactChanges, diff: dict[str, object]) -> None:
    # The office first: creating one flushes, and the contact must not be dirty yet, or one
    # save would write (and version) the contact twice.
    country = resolve_country(changes.country) if changes.country else None
    if changes.office is not None:
        old = contact.office.name if contact.office else None
        office = (find_or_create_office(session, db.actor, changes.office, country)
                  if changes.office.strip() else None)
        if (office.name if office else None) != old:
            diff["office"] = [old, office.name if office else None]
            contact.office = office
            if country is None and office is not None and office.country:
                country = office.country
    office_country = contact.office.country if contact.office else None
    if changes.country == "":
        country = office_country  # cleared: the office's country, if it has one, else none
        if country != contact.country:
            diff["country"] = [contact.country, country]
            contact.country = country
    elif country is not None:
        if office_country and country != office_country:
            raise InputError(Problem("Country", changes.country or "",
                                     f"office {contact.office.name!r} is in {office_country}"
                                     if contact.office else "does not match the office"))
        if country != contact.country:
            diff["country"] = [contact.country, country]
            contact.country = country
    if changes.name is not None:
        name = clean_name(changes.name)
        if name != contact.full_name:
            diff["name"] = [contact.full_name, name]
            contact.full_name, contact.name_key = name, fold(name)
            contact.given_name, contact.family_name = split_name(name)
    if changes.title is not None and _title(changes.title) != contact.title:
        diff["title"] = [contact.title, _title(changes.title)]
        contact.title = _title(changes.title)
    if changes.notes is not None and _notes(changes.notes) != contact.notes:
        diff["notes"] = [contact.notes, _notes(changes.notes)]
        contact.notes = _notes(changes.notes)
    for attr, new in (("languages", _languages(changes.languages)),
                      ("tags", _tags(changes.tags))):
        if new is not None and list(new) != list(getattr(contact, attr)):
            diff[attr] = [list(getattr(contact, attr)), list(new)]
            setattr(contact, attr, list(new))


def _apply_phones_and_emails(session: Session, contact: Contact, changes: ContactChanges,
                             diff: dict[str, object]) -> None:
    problems: list[Problem] = []
    removed_phones: list[str] = []
    removed_emails: list[str] = []
    for text in changes.remove_phones:
        phone = find_phone(contact, text)
        if phone is None:
            have = ", ".join(p.e164 or p.as_written for p in contact.phones) or "none"
            problems.append(Problem("Phone", text, f"contact {contact.id} has no such number "
                                                   f"(its numbers: {have})"))
        else:
            contact.phones.remove(phone)
            removed_phones.append(phone.e164 or phone.as_written)
    for text in changes.remove_emails:
        email = find_email(contact, text)
        if email is None:
            have = ", ".join(e.address or e.as_written for e in contact.emails) or "none"
            problems.append(Problem("Email", text, f"contact {contact.id} has no such address "
                                                   f"(its addresses: {have})"))
        else:
            contact.emails.remove(email)
            removed_emails.append(email.address or email.as_written)
    if problems:
        raise InputError(problems)
    if removed_phones:
        diff["removed_phones"] = removed_phones
    if removed_emails:
        diff["removed_emails"] = removed_emails
    phones, emails = read_phones_and_emails(changes.add_phones, changes.add_emails,
                                            contact.country)
    known_phones = {p.e164 for p in contact.phones}
    known_emails = {e.address for e in contact.emails}
    phones = [p for p in phones if p.e164 not in known_phones]
    emails = [e for e in emails if e.address not in known_emails]
    if not changes.allow_duplicate:
        refuse_duplicates(session, phones, emails, exclude=contact.id)
    start = max((p.position for p in contact.phones), default=-1) + 1
    for offset, check in enumerate(phones):
        contact.phones.append(phone_row(check, start + offset))
    start = max((e.position for e in contact.emails), default=-1) + 1
    for offset, email_check in enumerate(emails):
        contact.emails.append(email_row(email_check, start + offset))
    if phones:
        diff["added_phones"] = [p.e164 for p in phones]
    if emails:
        diff["added_emails"] = [e.address for e in emails]


def update_contact(db: Database, contact_id: int, changes: ContactChanges,
                   if_version: int | None = None) -> ContactRecord:
    """Apply ``changes``; with ``if_version``, refuse if someone saved the contact since."""
    try:
        with db.transaction() as session:
            contact = _load(session, contact_id, for_update=True)
            _check_version(session, contact, if_version)
            diff: dict[str, object] = {}
            with session.no_autoflush:  # one UPDATE, so one save is one version
                _apply_fields(session, db, contact, changes, diff)
                _apply_phones_and_emails(session, contact, changes, diff)
            if diff:
                contact.updated_at = utc_now()  # also bumps the version column
                session.flush()
                audit.record_change(session, db.actor, "contact", contact.id, "update", diff)
                index.refresh_contacts(session, [contact.id])
            return contact_record(contact, releases_of(session, contact.id))
    except StaleDataError as error:
        raise stale_refusal(db, contact_id, if_version) from error


def set_archived(db: Database, contact_id: int, archived: bool = True,
                 if_version: int | None = None) -> ContactRecord:
    """Archive (or bring back) a contact: archived people leave search and lists, not history."""
    try:
        with db.transaction() as session:
            contact = _load(session, contact_id, for_update=True)
            _check_version(session, contact, if_version)
            if contact.archived != archived:
                contact.archived = archived
                contact.updated_at = utc_now()
                session.flush()
                audit.record_change(session, db.actor, "contact", contact.id,
                                    "archive" if archived else "unarchive", {})
                index.refresh_contacts(session, [contact.id])
            return contact_record(contact, releases_of(session, contact.id))
    except StaleDataError as error:
        raise stale_refusal(db, contact_id, if_version) from error


def get_contact(db: Database, contact_id: int) -> ContactRecord:
    with db.reading() as session:
        contact = _load(session, contact_id)
        return contact_record(contact, releases_of(session, contact.id))


CONTACT_ORDERS = ("name", "office", "country", "title", "updated")
"""The orders ``list_contacts`` can page in."""


def _order_key(order_by: str) -> Any:
    """The SQL sort value of ``order_by`` (ties broken by id), as a column expression.

    Text keys are the folded keys the services store (names, offices) or ``lower()`` of the
    value, with no value sorting as "" so that keyset comparisons never meet NULL.
    """
    offices = Office.__table__.c
    contacts = Contact.__table__.c
    if order_by == "name":
        return contacts.name_key
    if order_by == "office":
        return func.coalesce(offices.name_key, "")
    if order_by == "country":
        return func.coalesce(contacts.country, offices.country, "")
    if order_by == "title":
        return func.lower(func.coalesce(contacts.title, ""))
    if order_by == "updated":
        return contacts.updated_at
    raise ValueError(f"order_by must be one of {', '.join(CONTACT_ORDERS)}, not {order_by!r}")


def _after_value(order_by: str, value: Any) -> Any:
    """The previous page's last sort value as the database compares it."""
    if order_by in ("name", "office"):
        return fold(value or "")[:200]
    if order_by == "country":
        return (value or "").upper()
    if order_by == "title":
        return func.lower(literal(value or "", String))
    return literal(value, Contact.__table__.c.updated_at.type)


def list_contacts(db: Database, *, include_archived: bool = False, offset: int = 0,
                  limit: int | None = None, office_id: int | None = None,
                  after: tuple[Any, int] | None = None, order_by: str = "name",
                  descending: bool = False) -> list[ContactRecord]:
    """Contacts a page at a time, by ``order_by`` (see CONTACT_ORDERS), ties broken by id.

    ``after`` is the (sort value, id) of the last row of the previous page: keyset paging,
    which stays fast deep into 100k rows where OFFSET would scan everything before it. The sort
    value is what the record shows for that order: its name, its office's name, its country
    code (the contact's, else its office's), its title, or its ``updated_at``; None where the
    record has none (no office, no title, no country), which sorts first ascending.
    """
    key = _order_key(order_by)
    contacts = Contact.__table__.c
    query = select(contacts.id)
    if order_by in ("office", "country"):
        query = query.outerjoin(Office.__table__, Office.__table__.c.id == contacts.office_id)
    if descending:
        query = query.order_by(key.desc(), contacts.id.desc())
    else:
        query = query.order_by(key, contacts.id)
    if after is not None:
        value = _after_value(order_by, after[0])
        if descending:
            query = query.where((key < value) | ((key == value) & (contacts.id < after[1])))
        else:
            query = query.where((key > value) | ((key == value) & (contacts.id > after[1])))
    if not include_archived:
        # IS NOT true rather than = false: SQLite would otherwise pick the archived index and
        # sort all 100k rows for every page instead of walking the name index (0.2 ms vs 30).
        query = query.where(contacts.archived.is_not(True))
    if office_id is not None:
        query = query.where(contacts.office_id == office_id)
    if offset:
        query = query.offset(offset)
    if limit is not None:
        query = query.limit(limit)
    with db.reading() as session:
        # One small keyset query on the contacts table, then whole records in one statement:
        # no ORM identity map, which the list would throw away at once.
        ids = list(session.scalars(query))
        records = contact_records(session, ids)
    return [records[i] for i in ids if i in records]


def count_contacts(db: Database, *, include_archived: bool = False) -> int:
    with db.reading() as session:
        query = select(func.count(Contact.id))
        if not include_archived:
            query = query.where(Contact.archived.is_(False))
        return int(session.scalar(query) or 0)
