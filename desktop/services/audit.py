"""The audit trail: every change a service makes is written beside it, in the same transaction."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.base import utc_now
from desktop.db.models import AuditEntry
from desktop.domain.records import AuditRecord
from desktop.services.database import Database


def record_change(session: Session, actor: str, entity: str, entity_id: int, action: str,
                  changes: dict[str, Any] | None = None) -> None:
    session.add(AuditEntry(at=utc_now(), actor=actor, entity=entity, entity_id=entity_id,
                           action=action, changes=changes or {}))


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
