"""Keeping the search index in step with the directory.

Services call these inside the same transaction as the change, so the index never lags.
(Filled in by the search work: until then they do nothing.)
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session


def refresh_contacts(session: Session, contact_ids: Iterable[int]) -> None:
    """Re-index these contacts (after a create, update, archive or a new release link)."""


def refresh_releases(session: Session, release_ids: Iterable[int]) -> None:
    """Re-index these releases' title and body."""


def forget_releases(session: Session, release_ids: Iterable[int]) -> None:
    """Drop these releases from the index (before they are deleted or replaced)."""
