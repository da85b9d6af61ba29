"""The audit trail: every change a service makes is written beside it, in the same transaction."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.db.base import utc_now
from desktop.db.models import AuditEntry
from desktop.domain.records import AuditRecord
from desktop.services.database import Database

CHANGES_CHANNEL = "pressdesk_changes"
"""The PostgreSQL NOTIFY channel every change is announced on (live refresh)."""
_NOTIFIED = "pressdesk_notified"


def record_change(session: Session, actor: str, entity: str, entity_id: int, action: str,
                  changes: dict[str, Any] | None = None) -> None:
    session.add(AuditEntry(at=utc_now(), actor=actor, entity=entity, entity_id=entity_id,
                           action=action, changes=changes or {}))
    if session.get_bind().dialect.name == "postgresql":
        # Open windows elsewhere refresh (services/changes.py); delivered only if this commits.
        # Once per transaction: an import of 20,000 cards sends one, not 20,000 round trips.
        transaction = session.get_transaction()
        if session.info.get(_NOTIFIED) is not transaction:
            session.execute(select(func.pg_notify(CHANGES_CHANNEL, entity)))
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
