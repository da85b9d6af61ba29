"""Company releases' datelines: two places joined by "and" ("NASHVILLE, Tennessee, and ST.
LOUIS (July 24, 2031) —", "CAMBRIDGE, MA and Bethesda, MD, — …") are one dateline, as written;
a date then a full stop before the place ("July 1, 2031. Franklin, Tenn. – …") still gives the
place. A country named with "and" ("Trinidad and Tobago") stays part of its city's place. Text
invented."""

from __future__ import annotations

from desktop.formats.releases.article import dateline_of

_STORY = "The two companies today announced an agreement to build a new hospital in the region."


def test_two_places_joined_by_and() -> None:
    found = dateline_of(f"NASHVILLE, Tennessee, and ST. LOUIS (July 24, 2031) — {_STORY}")
    assert found is not None and found[0] == "NASHVILLE, Tennessee, and ST. LOUIS"
    found = dateline_of(f"CAMBRIDGE, MA and Bethesda, MD, — June 1, 2031 - {_STORY}")
    assert found is not None and found[0] == "CAMBRIDGE, MA and Bethesda, MD"


def test_a_place_after_the_date_and_a_full_stop() -> None:
    found = dateline_of(f"July 1, 2031. Franklin, Tenn. – {_STORY}")
    assert found is not None and found[0] == "Franklin, Tenn."


def test_a_country_named_with_and() -> None:
    found = dateline_of(f"PORT OF SPAIN, Trinidad and Tobago, 3 May 2031 – {_STORY}")
    assert found is not None and found[0].startswith("Port Of Spain")
