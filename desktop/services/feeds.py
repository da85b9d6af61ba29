"""Newsroom feeds: read an RSS/Atom feed, fetch each item not seen before, import its page.

A feed is remembered by its address (a web address or a feed file's path). An item counts as
seen once its page was imported; a page that could not be fetched or read (404, timeout, too
big) is reported and tried again at the next check, while the others are imported in one
transaction together with the record of what was seen. Fetching is bounded by
``formats.releases.fetch`` (timeouts, a size cap, http/https only).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.db.base import utc_now
from desktop.db.models import Feed, FeedItem
from desktop.domain.errors import InputError, NotFoundError, Problem
from desktop.formats.releases.feed import MAX_FEED_BYTES, read_feed, read_page
from desktop.formats.releases.fetch import (
    DEADLINE_SECONDS,
    MAX_PAGE_BYTES,
    TIMEOUT_SECONDS,
    FetchError,
    check_web_address,
    fetch,
    is_web_address,
)
from desktop.formats.releases.limits import too_big
from desktop.formats.releases.model import ParsedRelease, ReleaseReadError
from desktop.services.database import Database
from desktop.services.releases import (
    FileProblem,
    ImportReport,
    ReleaseOutcome,
    import_parsed,
    read_problem,
    source_key,
)

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class FeedRecord:
    id: int
    url: str
    title: str | None
    saved: bool
    check_at_start: bool
    last_checked_at: datetime | None
    last_error: str | None
    items_seen: int


@dataclass(frozen=True)
class FeedReport:
    url: str
    title: str | None
    error: str | None
    """Why the feed itself could not be read; None when it was."""
    items: int = 0
    """Items the feed lists (up to ``MAX_FEED_ITEMS``)."""
    seen_before: int = 0
    imported: ImportReport = field(default_factory=lambda: ImportReport((), (), False))
    failed: tuple[FileProblem, ...] = ()
    """Pages not imported this time (tried again at the next check)."""
    cancelled: bool = False


@dataclass(frozen=True)
class Limits:
    """How long and how much one page may take; tests make these small."""

    timeout: float = TIMEOUT_SECONDS
    deadline: float = DEADLINE_SECONDS
    max_page_bytes: int = MAX_PAGE_BYTES


def _checked_location(location: str) -> str:
    location = location.strip()
    if not location:
        raise InputError(Problem("Feed", location, "give a feed's web address or file"))
    if is_web_address(location):
        try:
            return check_web_address(location)
        except FetchError as error:
            raise InputError(Problem("Feed", location, str(error))) from error
    if "://" in location:
        raise InputError(Problem("Feed", location, "only http:// and https:// addresses "
                                                   "or a feed file on this computer"))
    path = Path(location).expanduser()
    if not path.is_file():
        raise InputError(Problem("Feed", location, "no such file, and not an http(s) address"))
    return str(path.resolve())


def _record(session: Session, feed: Feed) -> FeedRecord:
    seen = session.scalar(select(func.count(FeedItem.id)).where(FeedItem.feed_id == feed.id))
    return FeedRecord(feed.id, feed.url, feed.title, feed.saved, feed.check_at_start,
                      feed.last_checked_at, feed.last_error, int(seen or 0))


def _find(session: Session, location: str) -> Feed | None:
    return session.scalars(select(Feed).where(Feed.url_key == source_key(location))).first()


def _find_or_add(session: Session, location: str) -> Feed:
    feed = _find(session, location)
    if feed is None:
        feed = Feed(url=location, url_key=source_key(location), saved=False, check_at_start=False,
                    created_at=utc_now())
        session.add(feed)
        session.flush()
    return feed


def list_feeds(db: Database, *, saved_only: bool = True) -> list[FeedRecord]:
    """Feeds saved in Settings (or every feed ever checked), oldest first."""
    with db.reading() as session:
        query = select(Feed).order_by(Feed.id)
        if saved_only:
            query = query.where(Feed.saved.is_(True))
        return [_record(session, feed) for feed in session.scalars(query)]


def save_feed(db: Database, location: str, *, check_at_start: bool = False) -> FeedRecord:
    """Save a feed for "Check feeds" (what it has already seen is kept)."""
    location = _checked_location(location)
    with db.writing() as session:
        feed = _find_or_add(session, location)
        feed.saved, feed.check_at_start = True, check_at_start
        session.flush()
        record = _record(session, feed)
        session.commit()
        return record


def set_check_at_start(db: Database, feed_id: int, check: bool) -> FeedRecord:
    with db.writing() as session:
        feed = session.get(Feed, feed_id)
        if feed is None:
            raise NotFoundError("feed", feed_id)
        feed.check_at_start = check
        session.flush()
        record = _record(session, feed)
        session.commit()
        return record


def forget_feed(db: Database, feed_id: int) -> None:
    """Take a feed off the saved list; what it has seen stays, so re-adding fetches nothing old."""
    with db.writing() as session:
        feed = session.get(Feed, feed_id)
        if feed is None:
            raise NotFoundError("feed", feed_id)
        feed.saved = feed.check_at_start = False
        session.commit()


def _read_feed_bytes(location: str, limits: Limits) -> bytes:
    if is_web_address(location):
        return fetch(location, timeout=limits.timeout, deadline=limits.deadline,
                     max_bytes=MAX_FEED_BYTES).body
    path = Path(location)
    try:
        size = path.stat().st_size
        if size > MAX_FEED_BYTES:
            raise ReleaseReadError(too_big(location, "the feed", size, MAX_FEED_BYTES))
        return path.read_bytes()
    except OSError as error:
        raise ReleaseReadError(f"{location}: cannot be read ({error.strerror or error})") from error


def _note_failure(db: Database, location: str, error: str) -> None:
    with db.writing() as session:
        feed = _find_or_add(session, location)
        feed.last_checked_at, feed.last_error = utc_now(), error[:2000]
        session.commit()


def check_feed(db: Database, location: str, *, dry_run: bool = False,
               progress: Progress | None = None,
               should_cancel: Callable[[], bool] | None = None,
               limits: Limits | None = None) -> FeedReport:
    """Import the pages of the feed's items not seen before; see the module docstring."""
    limits = limits or Limits()
    try:
        location = _checked_location(location)
    except InputError as error:
        return FeedReport(location, None, str(error))
    try:
        feed = read_feed(_read_feed_bytes(location, limits), location)
    except (FetchError, ReleaseReadError) as error:
        if not dry_run:
            _note_failure(db, location, str(error))
        return FeedReport(location, None, str(error))
    with db.reading() as session:
        known = _find(session, location)
        seen = set(session.scalars(select(FeedItem.item_key).where(
            FeedItem.feed_id == known.id))) if known is not None else set()
    new = [item for item in feed.items if item.key[:500] not in seen]
    total = len(new) * 2
    parsed: list[tuple[str, ParsedRelease]] = []
    keys: dict[str, tuple[str, str]] = {}
    failed: list[FileProblem] = []
    for number, item in enumerate(new):
        if should_cancel and should_cancel():
            return FeedReport(location, feed.title, None, len(feed.items),
                              len(feed.items) - len(new), cancelled=True)
        if progress:
            progress(number, total, item.link)
        try:
            page = fetch(item.link, timeout=limits.timeout, deadline=limits.deadline,
                         max_bytes=limits.max_page_bytes)
            parsed.append((item.link, read_page(page, item)))
            keys[item.link] = (item.key[:500], item.link)
        except ReleaseReadError as error:  # with its code: the app says it in its language
            failed.append(read_problem(item.link, error))
        except FetchError as error:
            failed.append(FileProblem(item.link, str(error).removeprefix(f"{item.link}: ")))
        except Exception as error:  # an extractor bug must not stop the other items
            failed.append(FileProblem(item.link, f"could not be read as a release: {error!r}"))

    def remember(session: Session, outcomes: Sequence[ReleaseOutcome]) -> None:
        row = _find_or_add(session, location)
        row.title = feed.title[:300] if feed.title else row.title
        row.last_checked_at, row.last_error = utc_now(), None
        # Another officer may have checked the same feed meanwhile: theirs is already there.
        recorded = set(session.scalars(select(FeedItem.item_key).where(
            FeedItem.feed_id == row.id)))
        for outcome in outcomes:
            key, link = keys[outcome.path]
            if key in recorded:
                continue
            recorded.add(key)
            session.add(FeedItem(feed_id=row.id, item_key=key, link=link,
                                 release_id=outcome.release_id, seen_at=utc_now()))

    report = import_parsed(db, parsed, dry_run=dry_run, progress=progress,
                           should_cancel=should_cancel, after=remember,
                           done_before=len(new), total=total)
    return FeedReport(location, feed.title, None, len(feed.items), len(feed.items) - len(new),
                      report, tuple(failed), report.cancelled)


def check_saved_feeds(db: Database, *, at_start: bool = False,
                      progress: Progress | None = None,
                      should_cancel: Callable[[], bool] | None = None,
                      limits: Limits | None = None) -> list[FeedReport]:
    """Check every saved feed (only those ticked "at start" when ``at_start``), one by one."""
    feeds = [f for f in list_feeds(db) if f.check_at_start or not at_start]
    reports = []
    for number, feed in enumerate(feeds):
        if should_cancel and should_cancel():
            break

        def step(done: int, total: int, label: str, number: int = number) -> None:
            if progress:
                share = done / total if total else 1.0
                progress(int((number + share) * 100), len(feeds) * 100, label)

        reports.append(check_feed(db, feed.url, progress=step, should_cancel=should_cancel,
                                  limits=limits))
    if progress:
        progress(len(feeds) * 100, len(feeds) * 100, "")
    return reports
