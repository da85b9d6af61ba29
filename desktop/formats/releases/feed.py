"""Newsroom feeds (RSS and Atom) through feedparser: which releases a feed announces.

Each item is known by its id (its guid), else its link: that key is what the directory
remembers, so a release is fetched once however often the feed is checked. Pages fetched for
an item are read by the same readers as files (HTML, PDF or text by their media type).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.formats.releases.fetch import Fetched, is_web_address
from desktop.formats.releases.limits import MB, megabytes
from desktop.formats.releases.model import ParsedRelease
from desktop.formats.releases.refused import CodedReadError

MAX_FEED_BYTES = 4 * MB
MAX_FEED_ITEMS = 200
"""Items read from one feed per check, newest first as the feed lists them."""


@dataclass(frozen=True)
class FeedItem:
    key: str
    link: str
    title: str
    published_on: date | None


@dataclass(frozen=True)
class Feed:
    title: str
    items: tuple[FeedItem, ...]


def _why(reason: object) -> str:
    """The XML parser's own words ("mismatched tag") without its "<unknown>:2:19:" position,
    which counts a line feedparser adds; the app translates the usual ones."""
    message = getattr(reason, "getMessage", None)
    if callable(message):
        return str(message())
    return str(reason)


def read_feed(data: bytes, source: str) -> Feed:
    """Parse RSS or Atom; ``ReleaseReadError`` naming ``source`` when it is neither."""
    import feedparser  # only when a feed is read

    if len(data) > MAX_FEED_BYTES:
        raise CodedReadError(source, "release.feed_too_big", size=megabytes(len(data)),
                          limit=megabytes(MAX_FEED_BYTES))
    parsed = feedparser.parse(data, resolve_relative_uris=False, sanitize_html=False)
    entries = list(parsed.get("entries") or [])
    if not parsed.get("version") and not entries:
        reason = parsed.get("bozo_exception")
        if reason:
            raise CodedReadError(source, "release.not_a_feed_because", detail=_why(reason))
        raise CodedReadError(source, "release.not_a_feed")
    items = []
    seen: set[str] = set()
    for entry in entries[:MAX_FEED_ITEMS]:
        link = str(entry.get("link") or "").strip()
        if not is_web_address(link):
            continue
        key = str(entry.get("id") or link).strip()[:1000]
        if key in seen:
            continue
        seen.add(key)
        when = entry.get("published_parsed") or entry.get("updated_parsed")
        items.append(FeedItem(key, link, " ".join(str(entry.get("title") or "").split()),
                              date(when.tm_year, when.tm_mon, when.tm_mday) if when else None))
    title = " ".join(str(parsed.get("feed", {}).get("title") or "").split())
    return Feed(title or source, tuple(items))


def read_page(page: Fetched, item: FeedItem) -> ParsedRelease:
    """The release a fetched page holds, with the page's URL as its source."""
    from desktop.formats.releases.sources import (
        decode_text,
        parse_html_bounded,
        parse_text_bounded,
    )

    source = page.url
    kind = page.content_type
    if kind == "application/pdf" or page.body.startswith(b"%PDF-"):
        from desktop.formats.releases.pdf import read_pdf  # pdfminer only when a PDF comes

        return read_pdf(page.body, source)
    if page.charset:
        try:
            text = page.body.decode(page.charset)
        except (LookupError, UnicodeDecodeError):
            text = decode_text(page.body, source)
    else:
        text = decode_text(page.body, source)
    if kind in {"text/plain", "text/markdown"}:
        return parse_text_bounded(text, source, title_hint=item.title or None,
                                  date_hint=item.published_on)
    if kind and "html" not in kind and "xml" not in kind:
        raise CodedReadError(source, "release.page_kind", kind=kind)
    return parse_html_bounded(text, source, date_hint=item.published_on)

