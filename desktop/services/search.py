"""Quick lookup: the right press officer as you type, with why each one matched.

The index finds and ranks (``desktop.search``); this use case loads only the hit rows and
hands back frozen records, with the releases each person is named in.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.records import ContactRecord
from desktop.search import finder
from desktop.services.database import Database
from desktop.services.mapping import contact_records


@dataclass(frozen=True)
class SearchHit:
    contact: ContactRecord
    matched: str
    """A few words on why: "name", "office", "country: Tajikistan", "phone", "email",
    "release: <title>", "similar name"."""
    score: float


def search_contacts(db: Database, query: str, *, limit: int = 50,
                    include_archived: bool = False) -> list[SearchHit]:
    """Contacts for ``query``, best first; archived ones only if asked, and then last."""
    if not query.strip() or limit < 1:
        return []
    with db.reading() as session:
        ranked = finder.find(session, query, limit=limit, include_archived=include_archived)
        if not ranked:
            return []
        records = contact_records(session, [hit.contact_id for hit in ranked])
        return [
            SearchHit(records[hit.contact_id], hit.matched, hit.score)
            for hit in ranked if hit.contact_id in records  # an index row outliving its contact
        ]
