"""Contacts in an export's scope as records, streamed: three ordered reads merged in Python.

An export reads every contact in scope once, in id order, with its phones, emails and office,
and never needs the releases naming them. So instead of a statement per page of contacts
(``mapping.contact_records``, built for search's fifty rows and their releases), one statement
per table streams the whole scope ordered by contact (the phones and emails of contacts in
scope, found by a join on the same condition), and the three are merged as they arrive:
about a third of the CPU for a 100,000-contact export, and memory stays one batch per table.

Values come as the driver gives them where converting them per row would cost most:
timestamps and JSON lists are decoded once per distinct value (rows written together share
them), the rest as the columns' types read them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, Select, String, select, type_coerce
from sqlalchemy.engine import Connection

from desktop.db.models import Contact, Email, Office, Phone
from desktop.domain.emails import EmailKind
from desktop.domain.phones import PhoneCheck, PhoneKind
from desktop.domain.records import ContactRecord, EmailRecord, OfficeRecord, PhoneRecord

BATCH = 1000
"""Rows fetched per round trip from each of the three streams."""

_Rows = Select[*tuple[Any, ...]]
_PHONE_KINDS = {kind.value: kind for kind in PhoneKind}
_EMAIL_KINDS = {kind.value: kind for kind in EmailKind}


@lru_cache(maxsize=4096)
def _display(e164: str, extension: str | None) -> str | None:
    """Only for rows stored before ``phones.display`` existed: formatting parses the number."""
    return PhoneCheck(e164, e164, extension, PhoneKind.OFFICE, True).display


def _raw(column: Any) -> Any:
    """The column as the driver returns it: no per-row conversion by SQLAlchemy."""
    return type_coerce(column, String()).label(column.key)


def _contacts(condition: ColumnElement[bool]) -> _Rows:
    return (select(Contact.id, Contact.full_name, Contact.given_name, Contact.family_name,
                   Contact.title, Contact.office_id, Contact.country, _raw(Contact.languages),
                   _raw(Contact.tags), Contact.notes, Contact.archived, Contact.version,
                   _raw(Contact.created_at), _raw(Contact.updated_at))
            .where(condition).order_by(Contact.id))


# Phones and emails are ordered by the contact's id, not their own contact_id (the same value):
# so SQLite walks the contacts in order and sorts only each contact's few rows, where ordering
# by contact_id sorted every row in scope before giving the first (memory growing with the
# directory).
def _phones(condition: ColumnElement[bool]) -> _Rows:
    return (select(Phone.contact_id, Phone.e164, Phone.extension, Phone.display, Phone.kind,
                   Phone.valid, Phone.as_written, Phone.problem)
            .join(Contact, Contact.id == Phone.contact_id).where(condition)
            .order_by(Contact.id, Phone.position, Phone.id))


def _emails(condition: ColumnElement[bool]) -> _Rows:
    return (select(Email.contact_id, Email.address, Email.kind, Email.valid, Email.as_written,
                   Email.problem)
            .join(Contact, Contact.id == Email.contact_id).where(condition)
            .order_by(Contact.id, Email.position, Email.id))


def _streamed(connection: Connection, statement: _Rows) -> Iterator[Any]:
    """Rows one at a time, fetched a batch at a time (a server-side cursor on PostgreSQL)."""
    result = connection.execution_options(yield_per=BATCH).execute(statement)
    for batch in result.partitions():
        yield from batch


class _Decoded:
    """Timestamps and JSON lists as records hold them, each distinct raw value decoded once."""

    def __init__(self) -> None:
        self.moments: dict[Any, datetime] = {}
        self.lists: dict[Any, tuple[str, ...]] = {}

    def moment(self, value: Any) -> datetime:
        known = self.moments.get(value)
        if known is None:
            moment = value if isinstance(value, datetime) else datetime.fromisoformat(value)
            known = (moment.replace(tzinfo=UTC) if moment.tzinfo is None
                     else moment.astimezone(UTC))
            if len(self.moments) < 100_000:
                self.moments[value] = known
        return known

    def strings(self, value: Any) -> tuple[str, ...]:
        if value is None:
            return ()
        if not isinstance(value, str):  # PostgreSQL's driver decodes JSON itself
            return tuple(value)
        known = self.lists.get(value)
        if known is None:
            known = tuple(json.loads(value) or ())
            if len(self.lists) < 100_000:
                self.lists[value] = known
        return known


def offices(connection: Connection) -> dict[int, OfficeRecord]:
    """Every office, once per export (a few thousand at most, against 100,000 contacts)."""
    found: dict[int, OfficeRecord] = {}
    for row in connection.execute(
            select(Office.id, Office.name, Office.organisation, Office.country, Office.city,
                   Office.time_zone, Office.phone, Office.email, Office.version)):
        found[row[0]] = OfficeRecord(*row)
    return found


def stream_records(connection: Connection, condition: ColumnElement[bool],
                   offices_by_id: dict[int, OfficeRecord]) -> Iterator[ContactRecord]:
    """Every contact ``condition`` holds for, in id order, with its phones and emails."""
    decoded = _Decoded()
    phone_kinds, email_kinds = _PHONE_KINDS, _EMAIL_KINDS
    phones = _streamed(connection, _phones(condition))
    emails = _streamed(connection, _emails(condition))
    phone = next(phones, None)
    email = next(emails, None)
    for row in _streamed(connection, _contacts(condition)):
        contact_id = row[0]
        phone_records: list[PhoneRecord] = []
        while phone is not None and phone[0] <= contact_id:
            if phone[0] == contact_id:
                display = phone[3]
                if display is None and phone[1] is not None:
                    display = _display(phone[1], phone[2])
                phone_records.append(PhoneRecord(
                    phone[1], phone[2], display, phone_kinds[phone[4]], bool(phone[5]),
                    phone[6], phone[7]))
            phone = next(phones, None)
        email_records: list[EmailRecord] = []
        while email is not None and email[0] <= contact_id:
            if email[0] == contact_id:
                email_records.append(EmailRecord(
                    email[1], email_kinds[email[2]], bool(email[3]), email[4], email[5]))
            email = next(emails, None)
        yield ContactRecord(
            id=contact_id, name=row[1], given_name=row[2], family_name=row[3], title=row[4],
            office=offices_by_id.get(row[5]) if row[5] is not None else None,
            country=row[6], languages=decoded.strings(row[7]), tags=decoded.strings(row[8]),
            notes=row[9], archived=bool(row[10]), version=row[11],
            phones=tuple(phone_records), emails=tuple(email_records),
            created_at=decoded.moment(row[12]), updated_at=decoded.moment(row[13]))
