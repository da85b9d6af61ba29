"""Who should answer an inquiry: people named in matching releases, officers of the office in
the country named, and those who answered similar inquiries before, ranked, with reasons."""

from __future__ import annotations

from desktop.domain.inquiries import SuggestionRecord
from desktop.services.database import Database


def suggest(db: Database, topic: str, journalist_country: str | None = None,
            limit: int = 5) -> list[SuggestionRecord]:
    raise NotImplementedError
