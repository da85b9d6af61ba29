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

SHOWN = 60
"""Characters of a refused value echoed back: enough to recognise it, never 100 KB."""
TAG_LIMIT = 100
LANGUAGE_LIMIT = 35
"""The longest language tag BCP 47 writes in practice ("zh-Hant-TW-x-…" stays far below)."""
_ALLOWED_CONTROLS = "\t\n\u200d"  # tab, line break, the zero-width joiner of emoji and scripts


def shown(value: str) -> str:
    """A value as a refusal quotes it: cut to ``SHOWN`` characters."""
    return value if len(value) <= SHOWN else value[:SHOWN] + "…"


def _invisible(ch: str) -> bool:
    """Control and format characters (ESC, bidi overrides such as U+202E) but tab and newline."""
    return unicodedata.category(ch) in ("Cc", "Cf") and ch not in _ALLOWED_CONTROLS


def visible(text: str) -> str:
    """``text`` without invisible control characters: what an import keeps of a value."""
    return "".join(ch for ch in text if not _invisible(ch))


def optional_text(text: str | None) -> str | None:
    """Squeezed text, or None for blank; None stays None ("leave as it is")."""
    return squeeze(text) or None if text is not None else None


def _limit(column: InstrumentedAttribute[str] | InstrumentedAttribute[str | None]) -> int | None:
    kind = column.property.columns[0].type
    return kind.length if isinstance(kind, String) else None


def _check(field: str, value: str, limit: int | None) -> str:
    if limit is not None and len(value) > limit:
        raise InputError(Problem(field, shown(value),
                                 f"longer than {limit} characters ({len(value)})"))
    if any(_invisible(ch) for ch in value):
        raise InputError(Problem(field, shown(value), "contains invisible control characters"))
    return value


def checked(field: str, value: str | None,
            column: InstrumentedAttribute[str] | InstrumentedAttribute[str | None]
            ) -> str | None:
    """Refuse text longer than its column, or holding control characters (bidi overrides too)."""
    return None if value is None else _check(field, value, _limit(column))


def checked_words(field: str, values: tuple[str, ...], limit: int) -> tuple[str, ...]:
    """Tags and languages: each squeezed, blank ones dropped, the same rules as any field."""
    return tuple(_check(field, squeeze(v), limit) for v in values if squeeze(v))


def fitted(value: str | None,
           column: InstrumentedAttribute[str] | InstrumentedAttribute[str | None]) -> str | None:
    """Text from an import: invisible control characters removed, cut to its column.

    The same rules as :func:`checked`, applied by repairing rather than refusing: one bad
    value must not sink a whole import, and what is stored is what a form would accept.
    """
    if value is None:
        return None
    value = visible(value)
    limit = _limit(column)
    return value[:limit] if limit is not None else value


def check_version(session: Session, entity: str, key: int, current: int,
                  expected: int | None) -> None:
    """Refuse a stale write, naming who changed the record last and when."""
    if expected is None or current == expected:
        return
    last: AuditEntry | None = audit.last_change(session, entity, key)
    raise ConflictError(entity, key, expected, current, last.actor if last else None,
                        last.at.isoformat(timespec="seconds") if last else None)
