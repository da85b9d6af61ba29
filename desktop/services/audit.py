"""The audit trail: every change a service makes is written beside it, in the same transaction."""

from __future__ import annotations

import os
import weakref
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import event, func, or_, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from desktop.db.base import utc_now
from desktop.db.models import AuditEntry, Contact, Inquiry, Journalist, Office, Release
from desktop.domain.records import AuditRecord
from desktop.domain.text import fold
from desktop.services.database import Database

CHANGES_CHANNEL = "pressdesk_changes"
"""The PostgreSQL NOTIFY channel every change is announced on (live refresh)."""
_NOTIFIED = "pressdesk_notified"
_PENDING = "pressdesk_own_entries"

_own_entries: weakref.WeakKeyDictionary[Engine, set[int]] = weakref.WeakKeyDictionary()
"""Audit ids this process committed, per engine: live refresh skips the window's own saves."""


def writer_token(engine: Engine) -> str:
    """Names this process's engine in NOTIFY payloads, so its own listener can skip them."""
    return f"{os.getpid()}.{id(engine)}"


def watch_own_entries(engine: Engine) -> None:
    """Start remembering the audit ids this process commits through ``engine`` (only while a
    live refresh watches it: a command-line import keeps no such list)."""
    _own_entries.setdefault(engine, set())


def take_own_entries(engine: Engine) -> set[int]:
    """The ids of audit entries this process committed through ``engine`` since last asked."""
    entries = _own_entries.get(engine)
    if not entries:
        return set()
    _own_entries[engine] = set()
    return entries


def _remember_own(session: Session, entry: AuditEntry) -> None:
    """Keep ``entry`` until its transaction ends: committed, its id counts as our own."""
    engine = session.get_bind()
    if not isinstance(engine, Engine) or engine not in _own_entries:
        return  # nobody watches this engine's changes
    pending: list[AuditEntry] | None = session.info.get(_PENDING)
    if pending is None:
        pending = session.info[_PENDING] = []

        def committed(done: Session) -> None:
            entries = done.info.pop(_PENDING, [])
            if engine in _own_entries:
                _own_entries[engine].update(e.id for e in entries if e.id is not None)

        def rolled_back(done: Session, _previous_transaction: object) -> None:
            done.info.pop(_PENDING, None)

        event.listen(session, "after_commit", committed, once=True)
        event.listen(session, "after_soft_rollback", rolled_back, once=True)
    pending.append(entry)


def record_change(session: Session, actor: str, entity: str, entity_id: int, action: str,
                  changes: dict[str, Any] | None = None) -> None:
    entry = AuditEntry(at=utc_now(), actor=actor, entity=entity, entity_id=entity_id,
                       action=action, changes=changes or {})
    session.add(entry)
    _remember_own(session, entry)
    bind = session.get_bind()
    if bind.dialect.name == "postgresql":
        # Open windows elsewhere refresh (services/changes.py); delivered only if this commits.
        # Once per transaction: an import of 20,000 cards sends one, not 20,000 round trips.
        transaction = session.get_transaction()
        if session.info.get(_NOTIFIED) is not transaction:
            token = writer_token(bind) if isinstance(bind, Engine) else ""
            session.execute(select(func.pg_notify(CHANGES_CHANNEL, f"{entity} {token}")))
            session.info[_NOTIFIED] = transaction


def last_change(session: Session, entity: str, entity_id: int) -> AuditEntry | None:
    return session.scalars(
        select(AuditEntry)
        .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
        .order_by(AuditEntry.id.desc())
        .limit(1)
    ).first()


def history(db: Database, entity: str, entity_id: int) -> list[AuditRecord]:
    """Every recorded change of one record, oldest first."""
    with db.reading() as session:
        rows = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
            .order_by(AuditEntry.id)
        )
        return [AuditRecord(r.id, r.at, r.actor, r.entity, r.entity_id, r.action, dict(r.changes))
                for r in rows]


# The audit view ---------------------------------------------------------------------------------
PAGE = 100
"""Rows per page of the audit view (keyset paging: as fast deep into the history as on top)."""


@dataclass(frozen=True)
class AuditFilter:
    """What the audit view shows; empty fields filter nothing.

    ``text`` matches the changed contact's name or office, or the changed office's name
    (accents and case folded); ``kinds`` are actions ("create", "update", "restore", ...).
    """

    actor: str | None = None
    text: str = ""
    since: datetime | None = None
    until: datetime | None = None
    kinds: tuple[str, ...] = ()
    entity: str | None = None
    entity_id: int | None = None


@dataclass(frozen=True)
class AuditRow:
    """One change with the name of what it changed (as it is called now)."""

    entry: AuditRecord
    subject: str


def _text_condition(text: str) -> Any:
    key = fold(text.strip())
    offices = select(Office.id).where(Office.name_key.contains(key, autoescape=True))
    contacts = select(Contact.id).where(or_(Contact.name_key.contains(key, autoescape=True),
                                            Contact.office_id.in_(offices)))
    return or_((AuditEntry.entity == "contact") & AuditEntry.entity_id.in_(contacts),
               (AuditEntry.entity == "office") & AuditEntry.entity_id.in_(offices))


_SUBJECTS: tuple[tuple[str, Any, Any], ...] = (
    ("contact", Contact.id, Contact.full_name), ("office", Office.id, Office.name),
    ("release", Release.id, Release.title), ("inquiry", Inquiry.id, Inquiry.topic),
    ("journalist", Journalist.id, Journalist.full_name))


def _subjects(session: Session, entries: list[AuditEntry]) -> dict[tuple[str, int], str]:
    """The current names of the records a page of entries changed (one query per kind)."""
    names: dict[tuple[str, int], str] = {}
    for entity, id_column, name_column in _SUBJECTS:
        ids = {e.entity_id for e in entries if e.entity == entity}
        if ids:
            for row_id, name in session.execute(select(id_column, name_column)
                                                .where(id_column.in_(ids))):
                names[(entity, row_id)] = str(name)
    return names


def list_changes(db: Database, where: AuditFilter = AuditFilter(), *,
                 before_id: int | None = None, limit: int = PAGE) -> list[AuditRow]:
    """Changes newest first, a page at a time: ``before_id`` is the last id of the page above."""
    query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if before_id is not None:
        query = query.where(AuditEntry.id < before_id)
    if where.actor:
        query = query.where(AuditEntry.actor == where.actor)
    if where.text.strip():
        query = query.where(_text_condition(where.text))
    if where.since is not None:
        query = query.where(AuditEntry.at >= where.since)
    if where.until is not None:
        query = query.where(AuditEntry.at < where.until)
    if where.kinds:
        query = query.where(AuditEntry.action.in_(where.kinds))
    if where.entity is not None:
        query = query.where(AuditEntry.entity == where.entity)
    if where.entity_id is not None:
        query = query.where(AuditEntry.entity_id == where.entity_id)
    with db.reading() as session:
        entries = list(session.scalars(query))
        names = _subjects(session, entries)
        return [AuditRow(AuditRecord(e.id, e.at, e.actor, e.entity, e.entity_id, e.action,
                                     dict(e.changes)),
                         names.get((e.entity, e.entity_id), f"{e.entity} {e.entity_id}"))
                for e in entries]


def actors(db: Database) -> list[str]:
    """Everyone who changed something (the audit view's "who" filter)."""
    with db.reading() as session:
        return sorted(session.scalars(select(AuditEntry.actor).distinct()))


def kinds(db: Database) -> list[str]:
    """Every kind of change on record (create, update, archive, restore, ...)."""
    with db.reading() as session:
        return sorted(session.scalars(select(AuditEntry.action).distinct()))
