"""Journalists: found by name, outlet, beat, email or number through the search index."""

from __future__ import annotations

from desktop.domain.inquiries import JournalistRecord
from desktop.services.database import Database


def get_journalist(db: Database, journalist_id: int) -> JournalistRecord:
    raise NotImplementedError


def list_journalists(db: Database, *, offset: int = 0,
                     limit: int | None = None) -> list[JournalistRecord]:
    """Journalists by name."""
    raise NotImplementedError


def search_journalists(db: Database, query: str, *, limit: int = 20) -> list[JournalistRecord]:
    """Journalists whose name, outlet, beat, email or number match ``query`` (prefixes too)."""
    raise NotImplementedError
