"""The desk's figures for a period: per week, time to answer, on time vs late, overdue now."""

from __future__ import annotations

from datetime import datetime

from desktop.domain.inquiries import InquirySummary
from desktop.services.database import Database


def summarize(db: Database, since: datetime | None, until: datetime | None, *,
              now: datetime | None = None) -> InquirySummary:
    """Inquiries received in [since, until); ``now`` (default: now) decides what is overdue."""
    raise NotImplementedError
