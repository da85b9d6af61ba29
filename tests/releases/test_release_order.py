"""Listing releases in each order, a page at a time, on both engines."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.db.models import Release
from desktop.services import releases
from desktop.services.database import Database

# (title, published_on, dateline, language): distinct first letters so every collation agrees.
ROWS = (
    ("Floods in the north", date(2024, 3, 1), "Dhaka", "en"),
    ("Appel aux donateurs", date(2025, 1, 15), "Niamey", "fr"),
    ("Migración en la frontera", None, "Bogotá", "es"),
    ("Census of displaced families", date(2023, 7, 9), None, "en"),
    ("Evacuation flights resume", date(2025, 1, 15), "Addis Ababa", None),
)


@pytest.fixture
def stored(db: Database) -> dict[str, int]:
    """Releases written directly: what they say is beside the point here, only their order."""
    ids = {}
    with db.transaction() as session:
        for n, (title, published, dateline, language) in enumerate(ROWS):
            row = Release(title=title, published_on=published, dateline=dateline,
                          language=language, body=title, source=f"/tmp/{n}.txt",
                          source_key=f"/tmp/{n}.txt", content_hash=f"{n:064d}")
            session.add(row)
            session.flush()
            ids[title] = row.id
    return ids


def _titles(db: Database, **order: object) -> list[str]:
    return [r.title for r in releases.list_releases(db, **order)]  # type: ignore[arg-type]


def test_by_date_newest_first_by_default_undated_last(db: Database,
                                                      stored: dict[str, int]) -> None:
    newest = _titles(db)
    # the two releases of 2025-01-15 tie: the newer id first
    assert newest == ["Evacuation flights resume", "Appel aux donateurs", "Floods in the north",
                      "Census of displaced families", "Migración en la frontera"]
    assert _titles(db, order_by="date", descending=True) == newest
    assert _titles(db, order_by="date", descending=False) == [
        "Census of displaced families", "Floods in the north", "Appel aux donateurs",
        "Evacuation flights resume", "Migración en la frontera"]


@pytest.mark.parametrize(("order_by", "expected"), [
    ("title", ["Appel aux donateurs", "Census of displaced families",
               "Evacuation flights resume", "Floods in the north", "Migración en la frontera"]),
    ("dateline", ["Addis Ababa", "Bogotá", "Dhaka", "Niamey", None]),
    ("language", ["en", "en", "es", "fr", None]),
])
def test_text_orders_run_a_to_z_with_missing_values_last_either_way(
        db: Database, stored: dict[str, int], order_by: str, expected: list[str | None]) -> None:
    field = {"title": "title", "dateline": "dateline", "language": "language"}[order_by]
    ascending = [getattr(r, field) for r in releases.list_releases(db, order_by=order_by)]
    assert ascending == expected
    descending = [getattr(r, field) for r in releases.list_releases(db, order_by=order_by,
                                                                     descending=True)]
    known = [v for v in expected if v is not None]
    assert descending == known[::-1] + [v for v in expected if v is None]


def test_pages_join_up_without_a_seam_in_every_order(db: Database,
                                                     stored: dict[str, int]) -> None:
    for order_by in releases.RELEASE_ORDERS:
        for descending in (False, True):
            whole = [r.id for r in releases.list_releases(db, order_by=order_by,
                                                          descending=descending)]
            paged = [r.id for offset in range(0, len(ROWS), 2)
                     for r in releases.list_releases(db, order_by=order_by,
                                                     descending=descending, offset=offset,
                                                     limit=2)]
            assert paged == whole and sorted(whole) == sorted(stored.values())


def test_by_contacts_most_first_by_default(db: Database) -> None:
    releases.load_demo(db)
    counts = [r.contact_count for r in releases.list_releases(db, order_by="contacts")]
    assert counts == sorted(counts, reverse=True)
    fewest = [r.contact_count for r in releases.list_releases(db, order_by="contacts",
                                                                descending=False)]
    assert fewest == sorted(counts)


def test_an_unknown_order_is_refused(db: Database) -> None:
    with pytest.raises(ValueError, match="order_by"):
        releases.list_releases(db, order_by="source")
