"""Keeping the search index in step with the directory.

Services call these inside the same transaction as the change, so the index never lags and a
rolled-back change leaves no trace in it. Each call costs a few small statements; bulk imports
pass many ids at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from types import ModuleType

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.models import Contact
from desktop.search import documents, fuzzy, journalists, postgres, sqlite


def backend(session: Session) -> ModuleType:
    """The module that speaks this session's engine: ``sqlite`` or ``postgres``."""
    return sqlite if session.get_bind().dialect.name == "sqlite" else postgres


def refresh_contacts(session: Session, contact_ids: Iterable[int]) -> None:
    """Re-index these contacts (after a create, update, archive or a new release link)."""
    ids = sorted(set(contact_ids))
    if not ids:
        return
    engine = backend(session)
    for start in range(0, len(ids), documents.CHUNK):
        chunk = ids[start:start + documents.CHUNK]
        found = list(documents.load(session, chunk))
        gone = set(chunk) - {d.contact_id for d in found}
        engine.write_contacts(session, found, gone)


def add_contacts(session: Session, found: Sequence[documents.ContactDocument]) -> None:
    """Index contacts just created, from documents the caller built (documents.build) out of
    the rows it wrote: a bulk import need not read them back.

    New documents only: nothing is deleted first (a new contact has no row to replace; on
    SQLite that delete was a lookup per id in the FTS table). On SQLite the rows go in through
    the driver's executemany, without SQLAlchemy's per-row parameter processing.
    """
    if not found:
        return
    if session.get_bind().dialect.name != "sqlite":
        postgres.write_contacts(session, found, ())  # an upsert, no delete when none is gone
        return
    connection = session.connection()
    connection.exec_driver_sql(_SQLITE_INSERT, [
        (d.contact_id, d.name, d.office, d.city, d.country, d.title, d.phone, d.email,
         int(d.archived)) for d in found])
    terms = sorted({term for d in found for term in d.name_terms()})
    if terms:
        connection.exec_driver_sql(_SQLITE_TERM, [(term,) for term in terms])


assert documents.FIELDS == ("name", "office", "city", "country", "title", "phone", "email")
_SQLITE_INSERT = (f"INSERT INTO search_contacts (rowid, {', '.join(documents.FIELDS)}, archived) "
                  f"VALUES ({', '.join('?' * (len(documents.FIELDS) + 2))})")
"""search.sqlite's contact row (rowid = contact id, the fields in FIELDS order, archived)."""
_SQLITE_TERM = "INSERT INTO search_terms (term) VALUES (?) ON CONFLICT (term) DO NOTHING"


def refresh_releases(session: Session, release_ids: Iterable[int]) -> None:
    """Re-index these releases' title and body."""
    ids = sorted(set(release_ids))
    if ids:
        backend(session).write_releases(session, ids)


def forget_releases(session: Session, release_ids: Iterable[int]) -> None:
    """Drop these releases from the index (before they are deleted or replaced)."""
    ids = sorted(set(release_ids))
    if ids:
        backend(session).forget_releases(session, ids)


def rebuild_all(session: Session) -> None:
    """Index the whole directory from scratch: the migration backfill and bulk loads use it."""
    engine = backend(session)
    engine.clear(session)
    fuzzy.forget_vocabulary(session)
    ids = list(session.scalars(select(Contact.id).order_by(Contact.id)))
    for start in range(0, len(ids), documents.CHUNK):
        chunk = ids[start:start + documents.CHUNK]
        engine.write_contacts(session, list(documents.load(session, chunk)), ())
    engine.index_all_releases(session)
    engine.optimize(session)
    journalists.rebuild(session)  # a kind of its own since 0005
