"""The inquiry log for a period as CSV or XLSX, through the Excel-safe writers."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from desktop.services.database import Database

EXPORT_FORMATS = ("csv", "xlsx")


def export_inquiries(db: Database, path: Path, fmt: str, *, since: datetime | None = None,
                     until: datetime | None = None) -> int:
    """Write the inquiries received in [since, until) to ``path``; returns how many."""
    raise NotImplementedError
