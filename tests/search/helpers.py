"""Test helpers: contacts through the real service, releases inserted directly.

The release import service is built elsewhere; until then a release is a row plus its links,
indexed with the same hooks that service will call.
"""

from __future__ import annotations

import hashlib
from datetime import date

from desktop.db.base import utc_now
from desktop.db.models import Release, ReleaseContact
from desktop.search import index
from desktop.services.database import Database
from desktop.services.search import SearchHit


def add_release(db: Database, title: str, body: str, contact_ids: list[int],
                published_on: date | None = None) -> int:
    with db.transaction() as session:
        release = Release(
            title=title, body=body, published_on=published_on, language="en",
            source=f"{title}.txt", source_key=title.casefold(),
            content_hash=hashlib.sha256((title + body).encode()).hexdigest(),
            imported_at=utc_now(), updated_at=utc_now(),
        )
        session.add(release)
        session.flush()
        for contact_id in contact_ids:
            session.add(ReleaseContact(release_id=release.id, contact_id=contact_id,
                                       role="media_contact", person_name=f"contact {contact_id}",
                                       snippet=title))
        session.flush()
        index.refresh_releases(session, [release.id])
        index.refresh_contacts(session, contact_ids)
        return release.id


def names(hits: list[SearchHit]) -> list[str]:
    return [hit.contact.name for hit in hits]
