"""Checks every use case shares: optional text, lengths that fit the columns, versions.

Lengths are read from the model's columns, so a form, the command line and an import refuse
(or, for imports, cut) exactly what PostgreSQL would refuse — and SQLite, which would not,
never holds a value a PostgreSQL restore cannot take.
"""

from __future__ import annotations

import unicodedata

from sqlalchemy import String
from sqlalchemy.orm import InstrumentedAttribute, Session

from desktop.db.models import AuditEntry
from desktop.domain.errors import ConflictError, InputError, Problem
from desktop.domain.text import squeeze
from desktop.services import audit


def optional_text(text: str | None) -> str | None:
    """Squeezed text, or None for blank; None stays None ("leave as it is")."""
    return squeeze(text) or None if text is not None else None


def _limit(column: InstrumentedAttribute[str] | InstrumentedAttribute[str | None]) -> int | None:
    kind = column.property.columns[0].type
    return kind.length if isinstance(kind, String) else None


def checked(field: str, value: str | None,
            column: InstrumentedAttribute[str] | InstrumentedAttribute[str | None]
            ) -> str | None:
    """Refuse text longer than its column, or holding control characters (bidi overrides too)."""
    if value is None:
        return None
    limit = _limit(column)
    if limit is not None and len(value) > limit:
        raise InputError(Problem(field, value[:40] + "…",
                                 f"longer than {limit} characters ({len(value)})"))
    if any(unicodedata.category(ch) in ("Cc", "Cf") and ch not in "\t\n\u200d" for ch in value):
        raise InputError(Problem(field, value, "contains invisible control characters"))
    return value


def fitted(value: str | None,
           column: InstrumentedAttribute[str] | InstrumentedAttribute[str | None]) -> str | None:
    """Cut text from an import to its column: kept as far as it fits, never refused."""
    limit = _limit(column)
    return value[:limit] if value is not None and limit is not None else value


def check_version(session: Session, entity: str, key: int, current: int,
                  expected: int | None) -> None:
    """Refuse a stale write, naming who changed the record last and when."""
    if expected is None or current == expected:
        return
    last: AuditEntry | None = audit.last_change(session, entity, key)
    raise ConflictError(entity, key, expected, current, last.actor if last else None,
                        last.at.isoformat(timespec="seconds") if last else None)
