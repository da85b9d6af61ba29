"""New contacts of an import written with Core executemany: the fast path for big files.

The ORM's unit of work costs about a millisecond per contact with its numbers, addresses and
audit entry; these multi-row INSERTs write the same rows (same columns, same defaults, same
audit trail) in a fraction of that, which is what lets 100,000 cards import in seconds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Table, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from desktop.db.models import AuditEntry, Contact, Email, Office, Phone
from desktop.domain.emails import EmailCheck, EmailKind
from desktop.domain.phones import PhoneCheck, PhoneKind
from desktop.domain.records import ContactRecord, EmailRecord, PhoneRecord
from desktop.domain.text import fold, squeeze
from desktop.search import documents, index
from desktop.services.contact_rules import split_name
from desktop.services.guards import fitted as _fitted
from desktop.services.mapping import office_record


def fitted(value: str | None,
           column: InstrumentedAttribute[str] | InstrumentedAttribute[str | None]) -> str | None:
    """guards.fitted with its fast path: printable text that fits its column is returned as is
    (printable text holds no control or format character to remove)."""
    if value is None:
        return None
    key = f"{column.class_.__name__}.{column.key}"
    limit = _LIMITS.get(key)
    if limit is None:
        limit = _LIMITS[key] = getattr(column.property.columns[0].type, "length", 0) or 0
    if value.isprintable() and (not limit or len(value) <= limit):
        return value
    return _fitted(value, column)


_LIMITS: dict[str, int] = {}


@dataclass(frozen=True)
class NewContact:
    """A contact to create, everything validated and cut to its columns."""

    name: str
    given_name: str | None
    family_name: str | None
    title: str | None
    office: Office | None
    country: str | None
    languages: tuple[str, ...]
    tags: tuple[str, ...]
    notes: str | None
    phones: tuple[PhoneCheck, ...]
    emails: tuple[EmailCheck, ...]


def new_contact(name: str, given: str | None, family: str | None, title: str | None,
                office: Office | None, country: str | None, languages: Sequence[str],
                tags: Sequence[str], notes: str | None, phones: Sequence[PhoneCheck],
                emails: Sequence[EmailCheck]) -> NewContact:
    full = fitted(squeeze(name), Contact.full_name) or name[:1]
    if not (given or family):
        given, family = split_name(full)  # nameparser only when the file gave no parts
    return NewContact(
        full, fitted(given, Contact.given_name), fitted(family, Contact.family_name),
        fitted(title, Contact.title), office, country, tuple(languages), tuple(tags), notes,
        tuple(phones), tuple(emails))


_PHONE_COLUMNS = ("contact_id", "position", "e164", "extension", "kind", "as_written", "valid",
                  "problem", "display")
_EMAIL_COLUMNS = ("contact_id", "position", "address", "kind", "as_written", "valid", "problem")
_CONTACT_COLUMNS = ("id", "full_name", "name_key", "given_name", "family_name", "title",
                    "office_id", "country", "languages", "tags", "notes", "archived", "version",
                    "created_at", "updated_at")
_NONE: list[str] = []
"""The one empty list every contact without languages or tags shares (written, never changed):
its JSON is made once a batch."""
_AUDIT_COLUMNS = ("at", "actor", "entity", "entity_id", "action", "changes")


def _phone_row(contact_id: int, position: int, check: PhoneCheck) -> tuple[Any, ...]:
    """A phones row in ``_PHONE_COLUMNS`` order."""
    return (contact_id, position, check.e164, fitted(check.extension, Phone.extension),
            _PHONE_KINDS[check.kind], fitted(check.as_written, Phone.as_written) or "",
            check.valid, check.problem, display(check))


def display(check: PhoneCheck) -> str | None:
    """``check.display``, formatted once per number and extension (a file repeats its
    switchboards); bounded, so memory stays flat. The reading process of a large import
    formats them (contact_import_pipeline) and the writer is told (``known_display``)."""
    if check.e164 is None:
        return None
    key = (check.e164, check.extension)
    found = _DISPLAYS.get(key)
    if found is None:
        if len(_DISPLAYS) >= 20_000:
            _DISPLAYS.clear()
        found = _DISPLAYS[key] = check.display or ""
    return found or None


_DISPLAYS: dict[tuple[str, str | None], str] = {}


def known_display(check: PhoneCheck, text: str | None) -> None:
    """Remember ``text`` as ``check``'s display, formatted by the reading process."""
    if check.e164 is None:
        return
    if len(_DISPLAYS) >= 20_000:
        _DISPLAYS.clear()
    _DISPLAYS[(check.e164, check.extension)] = text or ""


_PHONE_KINDS = {kind: kind.value for kind in PhoneKind}
_EMAIL_KINDS = {kind: kind.value for kind in EmailKind}
"""Each kind's text, looked up (an enum's ``.value`` is a slow property on Python 3.11)."""


def _email_row(contact_id: int, position: int, check: EmailCheck) -> tuple[Any, ...]:
    """An emails row in ``_EMAIL_COLUMNS`` order."""
    return (contact_id, position, check.address, _EMAIL_KINDS[check.kind],
            fitted(check.as_written, Email.as_written) or "", check.valid, check.problem)


def _table(model: type[Contact | Phone | Email | AuditEntry]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


_PLACEHOLDERS = {"qmark": "?", "format": "%s", "pyformat": "%s"}
"""The positional placeholder of each driver paramstyle (sqlite3: qmark, psycopg: pyformat)."""


def write_rows(session: Session, table: Table, columns: Sequence[str],
               rows: Sequence[Sequence[Any]]) -> None:
    """INSERT ``rows`` (tuples in ``columns`` order) through the driver's executemany.

    SQLAlchemy's compiled executemany processes every parameter of every row in Python (about
    a tenth of an import); here each column's bind processor (a UTC datetime made naive text on
    SQLite, JSON dumped) runs only where the column has one, and the statement text is built
    from the table's own column names, never from values.
    """
    if not rows:
        return
    connection = session.connection()
    dialect = connection.dialect
    processors = [(i, p) for i, name in enumerate(columns)
                  if (p := table.c[name].type._cached_bind_processor(dialect)) is not None]
    if processors:
        # One object shared by many rows (the batch's time, the empty list) is processed once:
        # every row is alive until the statement ran, so no id is reused meanwhile.
        done: list[dict[int, Any]] = [{} for _ in processors]
        fixed: list[Sequence[Any]] = []
        for row in rows:
            values = list(row)
            for (i, process), memo in zip(processors, done, strict=True):
                value = values[i]
                key = id(value)
                if key in memo:
                    values[i] = memo[key]
                else:
                    values[i] = memo[key] = process(value)
            fixed.append(values)
        rows = fixed
    mark = _PLACEHOLDERS[dialect.paramstyle]
    preparer = dialect.identifier_preparer
    statement = (f"INSERT INTO {preparer.format_table(table)} "
                 f"({', '.join(preparer.quote(name) for name in columns)}) "
                 f"VALUES ({', '.join([mark] * len(columns))})")
    connection.exec_driver_sql(statement, [tuple(row) for row in rows])


def allocate_ids(session: Session, table: Table, count: int) -> list[int]:
    """``count`` fresh primary keys for ``table``, so rows go in by plain executemany.

    An INSERT … RETURNING that must give ids in parameter order runs one row at a time on
    SQLite; numbering the rows first lets every engine insert a batch in one call. SQLite
    (inside the import's BEGIN IMMEDIATE, no AUTOINCREMENT) gives the ids after the largest,
    as it would itself; PostgreSQL takes them from the column's sequence.
    """
    if count <= 0:
        return []
    if session.get_bind().dialect.name == "sqlite":
        start = session.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()
        return list(range(start + 1, start + count + 1))
    sequence = func.pg_get_serial_sequence(table.name, "id")
    return sorted(session.execute(
        select(func.nextval(sequence)).select_from(func.generate_series(1, count))).scalars())


def insert_contacts(session: Session, actor: str, source: str, news: Sequence[NewContact],
                    now: datetime, keep_records: bool = True
                    ) -> tuple[list[int], list[ContactRecord]]:
    """Insert ``news`` with their numbers, addresses, audit entries and search documents.

    Returns the new ids in order and, with ``keep_records``, the records. The documents are
    built from the rows just written (documents.build, as a read-back would), not read back.
    """
    if not news:
        return [], []
    table = _table(Contact)
    ids = allocate_ids(session, table, len(news))
    write_rows(session, table, _CONTACT_COLUMNS, [(
        contact_id, n.name, fitted(fold(n.name), Contact.name_key) or "", n.given_name,
        n.family_name, n.title, n.office.id if n.office else None, n.country,
        list(n.languages) if n.languages else _NONE, list(n.tags) if n.tags else _NONE, n.notes,
        False, 1, now, now,
    ) for contact_id, n in zip(ids, news, strict=True)])
    phone_rows: list[tuple[Any, ...]] = []
    email_rows: list[tuple[Any, ...]] = []
    audit_rows: list[tuple[Any, ...]] = []
    records: list[ContactRecord] = []
    found: list[documents.ContactDocument] = []
    for contact_id, new in zip(ids, news, strict=True):
        phones = [_phone_row(contact_id, i, p) for i, p in enumerate(new.phones)]
        emails = [_email_row(contact_id, i, e) for i, e in enumerate(new.emails)]
        phone_rows += phones
        email_rows += emails
        audit_rows.append((now, actor, "contact", contact_id, "create", {
            "name": new.name, "source": source,
            "phones": [p.e164 or p.as_written for p in new.phones],
            "emails": [e.address or e.as_written for e in new.emails]}))
        office = new.office
        found.append(documents.build(
            contact_id, False, new.name, new.title, new.country,
            office.name if office else None, office.organisation if office else None,
            office.city if office else None, office.country if office else None,
            [(r[2], r[5]) for r in phones], [(r[2], r[4]) for r in emails]))
        if not keep_records:
            continue
        records.append(ContactRecord(
            id=contact_id, name=new.name, given_name=new.given_name,
            family_name=new.family_name, title=new.title,
            office=office_record(office) if office else None, country=new.country,
            languages=new.languages, tags=new.tags, notes=new.notes, archived=False,
            version=1,
            phones=tuple(PhoneRecord(r[2], r[3], r[8], p.kind, p.valid, r[5], p.problem)
                         for r, p in zip(phones, new.phones, strict=True)),
            emails=tuple(EmailRecord(e.address, e.kind, e.valid, r[4], e.problem)
                         for r, e in zip(emails, new.emails, strict=True)),
            created_at=now, updated_at=now))
    write_rows(session, _table(Phone), _PHONE_COLUMNS, phone_rows)
    write_rows(session, _table(Email), _EMAIL_COLUMNS, email_rows)
    write_rows(session, _table(AuditEntry), _AUDIT_COLUMNS, audit_rows)
    index.add_contacts(session, found)
    return ids, records
