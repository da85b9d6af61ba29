"""A US advisory's form header set in capitals over the headline ("MEDIA ADVISORY PHOTO
OPPORTUNITY DAY AND TIME") opens with the kind of text; it is the form's furniture, not a
headline over its sub-headline, so the line under it heads the release. Text invented."""

from __future__ import annotations

from desktop.formats.releases.article import read_article


def test_the_form_header_over_the_headline_is_not_it() -> None:
    text = (
        "MEDIA ADVISORY PHOTO OPPORTUNITY DAY AND TIME\n\n"
        "A walk by the water: the city opens its new harbour promenade to everyone\n"
        "The city invites residents to the opening of the harbour promenade on Friday. The "
        "mayor and the harbour board will cut the ribbon at the old pier.\n\nWHAT:\n\nWHEN:\n"
    )
    assert read_article(text).title == (
        "A walk by the water: the city opens its new harbour promenade to everyone")
