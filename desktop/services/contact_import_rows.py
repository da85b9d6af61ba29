"""New contacts of an import written with Core executemany: the fast path for big files.

The ORM's unit of work costs about a millisecond per contact with its numbers, addresses and
audit entry; these multi-row INSERTs write the same rows (same columns, same defaults, same
audit trail) in a fraction of that, which is what lets 100,000 cards import in seconds.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Sequence
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import Table, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from desktop.db.models import AuditEntry, Contact, Email, Office, Phone
from desktop.domain.emails import EmailCheck, EmailKind
from desktop.domain.phones import PhoneCheck, PhoneKind
from desktop.domain.records import ContactRecord, EmailRecord, PhoneRecord
from desktop.domain.text import fold, squeeze
from desktop.formats.contact_card import ParsedCard
from desktop.search import documents, index
from desktop.services.contact_import_merge import (
    _notes,
    _text,
    _unique_emails,
    _unique_phones,
    email_key,
    phone_key,
)
from desktop.services.contact_rules import split_name
from desktop.services.guards import fitted as _fitted
from desktop.services.mapping import office_record


def fitted(value: str | None,
           column: InstrumentedAttribute[str] | InstrumentedAttribute[str | None]) -> str | None:
    """guards.fitted with its fast path: printable text that fits its column is returned as is
    (printable text holds no control or format character to remove)."""
    if value is None:
        return None
    key = id(column)  # the models' attributes live as long as the program
    limit = _LIMITS.get(key)
    if limit is None:
        limit = _LIMITS[key] = getattr(column.property.columns[0].type, "length", 0) or 0
    if value.isprintable() and (not limit or len(value) <= limit):
        return value
    return _fitted(value, column)


_LIMITS: dict[int, int] = {}


class Person(NamedTuple):
    """What a card makes of a new contact before it has an id, an office and a country:
    pure, so a large import's reading process works it out (contact_import_pipeline)."""

    name: str
    given_name: str | None
    family_name: str | None
    title: str | None
    name_key: str
    """Contact.name_key: the folded name as written to the column."""
    languages: tuple[str, ...]
    tags: tuple[str, ...]
    notes: str | None
    phones: tuple[PhoneCheck, ...]
    emails: tuple[EmailCheck, ...]
    phone_columns: tuple[tuple[Any, ...], ...]
    """Each number's row from "e164" on, in ``_PHONE_COLUMNS`` order."""
    email_columns: tuple[tuple[Any, ...], ...]
    """Each address's row from "address" on, in ``_EMAIL_COLUMNS`` order."""
    document: documents.PersonFields
    keys: tuple[str, ...]
    """The matching keys its stored numbers and addresses give (contact_import_seen)."""
    languages_json: str
    tags_json: str
    """The languages and tags columns as the JSON the database stores."""
    audit_json: str
    """Its audit entry's changes ("create": name, source, numbers, addresses) as JSON."""


def import_source(file_name: str) -> str:
    """The source an import's audit entries name: "import: officers.vcf"."""
    return f"import: {file_name}"


class NewContact(NamedTuple):
    """A contact to create, everything validated and cut to its columns."""

    person: Person
    office: Office | None
    country: str | None


def person(name: str, given: str | None, family: str | None, title: str | None,
           languages: Sequence[str], tags: Sequence[str], notes: str | None,
           phones: Sequence[PhoneCheck], emails: Sequence[EmailCheck], source: str,
           folded: str | None = None) -> Person:
    """A new contact's own values, cut to their columns, with its rows, document fields,
    matching keys and the JSON of its columns and audit entry (all pure: the reading process
    works them out while the writer is behind). ``folded``: ``fold(name)`` if the caller has
    it (the card's name_key), so the name is folded once for its key and its search words."""
    full = fitted(squeeze(name), _FULL_NAME) or name[:1]
    if folded is None or full != name:
        folded = fold(full)
    if not (given or family):
        given, family = split_name(full)  # nameparser only when the file gave no parts
    title = fitted(title, _TITLE)
    phone_columns = tuple([
        (c.e164, fitted(c.extension, _EXTENSION) if c.extension else c.extension,
         _PHONE_KINDS[c.kind], fitted(c.as_written, _PHONE_WRITTEN) or "", c.valid, c.problem,
         display(c))
        for c in phones])
    email_columns = tuple([
        (c.address, _EMAIL_KINDS[c.kind], fitted(c.as_written, _EMAIL_WRITTEN) or "",
         c.valid, c.problem) for c in emails])
    keys = [key for r in phone_columns if (key := phone_key(r[0], r[1], r[2]))]
    keys += [email_key(r[0]) for r in email_columns if r[0]]
    changes = ('{"name": ' + _quoted(full) + ', "source": ' + _quoted(source)
               + ', "phones": ' + _json_list([c.e164 or c.as_written for c in phones])
               + ', "emails": ' + _json_list([c.address or c.as_written for c in emails])
               + "}")
    return Person(
        full, fitted(given, _GIVEN_NAME), fitted(family, _FAMILY_NAME), title,
        fitted(folded, _NAME_KEY) or "", tuple(languages), tuple(tags), notes,
        tuple(phones), tuple(emails), phone_columns, email_columns,
        documents.person_fields(full, title, [(r[0], r[3]) for r in phone_columns],
                                [(r[0], r[2]) for r in email_columns], folded),
        tuple(keys), _json_list(languages), _json_list(tags), changes)


_FULL_NAME, _TITLE, _GIVEN_NAME, _FAMILY_NAME, _NAME_KEY = (
    Contact.full_name, Contact.title, Contact.given_name, Contact.family_name, Contact.name_key)
_EXTENSION, _PHONE_WRITTEN, _EMAIL_WRITTEN = Phone.extension, Phone.as_written, Email.as_written
"""The columns a new person's values are cut to, looked up once: each ``Contact.title`` is a
Python-level descriptor call (ten a person)."""


_quoted: Callable[[str], str] = json.encoder.encode_basestring_ascii
"""A string as json.dumps writes it (ASCII, escaped): the C function json.dumps itself calls
for each string, without setting up an encoder per call (about 5 µs a person)."""


def _json_list(values: Sequence[str]) -> str:
    """json.dumps(list(values)) for strings (the same text: ", " between, ASCII escapes)."""
    return "[" + ", ".join(map(_quoted, values)) + "]" if values else "[]"


def card_person(card: ParsedCard, phones: Sequence[PhoneCheck], emails: Sequence[EmailCheck],
                source: str, name_key: str | None = None) -> Person:
    """The person a cleaned card with its checked numbers and addresses creates
    (``name_key``: ``fold(card.name)`` if the caller has it)."""
    return person(card.name, card.given_name, card.family_name, _text(card.title),
                  card.languages, card.tags, _notes(card.notes), _unique_phones(phones),
                  _unique_emails(emails), source, name_key)


_PHONE_COLUMNS = ("contact_id", "position", "e164", "extension", "kind", "as_written", "valid",
                  "problem", "display")
_EMAIL_COLUMNS = ("contact_id", "position", "address", "kind", "as_written", "valid", "problem")
_CONTACT_COLUMNS = ("id", "full_name", "name_key", "given_name", "family_name", "title",
                    "office_id", "country", "languages", "tags", "notes", "archived", "version",
                    "created_at", "updated_at")
_AUDIT_COLUMNS = ("at", "actor", "entity", "entity_id", "action", "changes")


def display(check: PhoneCheck) -> str | None:
    """``check.display``, formatted once per number and extension (a file repeats its
    switchboards); bounded, so memory stays flat."""
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


_PHONE_KINDS = {kind: kind.value for kind in PhoneKind}
_EMAIL_KINDS = {kind: kind.value for kind in EmailKind}
"""Each kind's text, looked up (an enum's ``.value`` is a slow property on Python 3.11)."""


def _table(model: type[Contact | Phone | Email | AuditEntry]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


_PLACEHOLDERS = {"qmark": "?", "format": "%s", "pyformat": "%s"}
"""The positional placeholder of each driver paramstyle (sqlite3: qmark, psycopg: pyformat)."""


def write_rows(session: Session, table: Table, columns: Sequence[str],
               rows: Sequence[Sequence[Any]], dumped: Collection[str] = ()) -> None:
    """INSERT ``rows`` (tuples in ``columns`` order) through the driver's executemany.

    SQLAlchemy's compiled executemany processes every parameter of every row in Python (about
    a tenth of an import); here each column's bind processor (a UTC datetime made naive text on
    SQLite, JSON dumped) runs only where the column has one, and the statement text is built
    from the table's own column names, never from values. The JSON columns named in
    ``dumped`` hold their JSON text already (made where the row's values were: json.dumps, as
    the column's own processor would): it is handed to the driver as it is.
    """
    if not rows:
        return
    connection = session.connection()
    dialect = connection.dialect
    processors = [(i, p) for i, name in enumerate(columns)
                  if (p := (_dumped_processor(dialect) if name in dumped
                            else table.c[name].type._cached_bind_processor(dialect)))
                  is not None]
    if processors:
        # Column by column, each distinct value processed once (the batch's time, True and
        # False). Values equal by == bind alike for these columns' types (an aware time is
        # made UTC, a Boolean 0 or 1), so a hashable column is looked up by value, in C;
        # others (JSON given as objects) by object: every row is alive until the statement
        # ran, so no id is reused meanwhile.
        values: list[Sequence[Any]] = list(zip(*rows, strict=True))
        for i, process in processors:
            column = values[i]
            try:
                distinct = set(column)
            except TypeError:
                by_id = {key: process(value)
                         for key, value in {id(v): v for v in column}.items()}
                values[i] = [by_id[id(v)] for v in column]
            else:
                values[i] = list(map({v: process(v) for v in distinct}.__getitem__, column))
        rows = list(zip(*values, strict=True))
    mark = _PLACEHOLDERS[dialect.paramstyle]
    preparer = dialect.identifier_preparer
    statement = (f"INSERT INTO {preparer.format_table(table)} "
                 f"({', '.join(preparer.quote(name) for name in columns)}) "
                 f"VALUES ({', '.join([mark] * len(columns))})")
    connection.exec_driver_sql(statement, rows if isinstance(rows, list) else list(rows))


def _dumped_processor(dialect: Any) -> Callable[[str], Any] | None:
    """What JSON text needs before the driver takes it for a JSON column: nothing for sqlite3
    (the column's processor ends with the text too), psycopg's Json wrapper on PostgreSQL
    (which SQLAlchemy's processor makes around the value), told the text is dumped already."""
    if dialect.name != "postgresql":
        return None
    from psycopg.types.json import Json

    return lambda text: Json(text, dumps=_as_is)


def _as_is(text: str) -> str:
    return text


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


_NOWHERE: tuple[None, None, None, None] = (None, None, None, None)


def insert_contacts(session: Session, actor: str, news: Sequence[NewContact],
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
        contact_id, p.name, p.name_key, p.given_name, p.family_name, p.title,
        n.office.id if n.office else None, n.country, p.languages_json, p.tags_json,
        p.notes, False, 1, now, now,
    ) for contact_id, n in zip(ids, news, strict=True) for p in (n.person,)],
        dumped=("languages", "tags"))
    phone_rows: list[tuple[Any, ...]] = []
    email_rows: list[tuple[Any, ...]] = []
    audit_rows: list[tuple[Any, ...]] = []
    records: list[ContactRecord] = []
    found: list[documents.ContactDocument] = []
    places: dict[Office, tuple[str | None, str | None, str | None, str | None]] = {}
    """Each office's name, organisation, city and country: read once, not per person (an
    ORM attribute costs a descriptor call)."""
    for contact_id, new in zip(ids, news, strict=True):
        p = new.person
        phones = [(contact_id, i, *columns) for i, columns in enumerate(p.phone_columns)]
        emails = [(contact_id, i, *columns) for i, columns in enumerate(p.email_columns)]
        phone_rows += phones
        email_rows += emails
        audit_rows.append((now, actor, "contact", contact_id, "create", p.audit_json))
        office = new.office
        if office is None:
            place: tuple[str | None, str | None, str | None, str | None] = _NOWHERE
        else:
            place = places.get(office) or places.setdefault(
                office, (office.name, office.organisation, office.city, office.country))
        found.append(documents.assemble(contact_id, False, p.document, new.country, *place))
        if not keep_records:
            continue
        records.append(ContactRecord(
            id=contact_id, name=p.name, given_name=p.given_name,
            family_name=p.family_name, title=p.title,
            office=office_record(office) if office else None, country=new.country,
            languages=p.languages, tags=p.tags, notes=p.notes, archived=False,
            version=1,
            phones=tuple(PhoneRecord(r[2], r[3], r[8], c.kind, c.valid, r[5], c.problem)
                         for r, c in zip(phones, p.phones, strict=True)),
            emails=tuple(EmailRecord(c.address, c.kind, c.valid, r[4], c.problem)
                         for r, c in zip(emails, p.emails, strict=True)),
            created_at=now, updated_at=now))
    write_rows(session, _table(Phone), _PHONE_COLUMNS, phone_rows)
    write_rows(session, _table(Email), _EMAIL_COLUMNS, email_rows)
    write_rows(session, _table(AuditEntry), _AUDIT_COLUMNS, audit_rows, dumped=("changes",))
    index.add_contacts(session, found)
    return ids, records
