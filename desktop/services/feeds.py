"""Newsroom feeds: read an RSS/Atom feed, fetch each item not seen before, import its page.

A feed is remembered by its address (a web address or a feed file's path). An item counts as
seen once its page was imported; a page that could not be fetched or read (404, timeout, too
big) is reported and tried again at the next check, while the others are imported in one
transaction together with the record of what was seen. Fetching is bounded by
``formats.releases.fetch`` (timeouts, a size cap, http/https only).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.db.base import utc_now
from desktop.db.models import Feed, FeedItem
from desktop.domain.errors import InputError, NotFoundError, coded
from desktop.domain.refusals import english
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
from desktop.formats.releases.limits import megabytes
from desktop.formats.releases.model import ParsedRelease, ReleaseReadError
from desktop.formats.releases.refused import CodedReadError
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
    """Why the last check could not read the feed, in English; None when it could."""
    items_seen: int
    last_error_code: str | None = None
    """The same reason as a ``desktop.domain.refusals`` code the app translates."""
    last_error_params: Mapping[str, str | int] = field(default_factory=dict, compare=False,
                                                       hash=False)


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
    code: str | None = None
    """``error`` as a ``desktop.domain.refusals`` code (``fetch.timeout``, ``release.not_a_feed``,
    ``feed.no_file``, …) the app says in its language; None for a reason known only in English."""
    params: Mapping[str, str | int] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class Refusal:
    """Why a feed could not be read: the English (with the feed's address) and its code."""

    text: str
    code: str | None = None
    params: Mapping[str, str | int] = field(default_factory=dict)

    @classmethod
    def of(cls, error: Exception) -> Refusal:
        if isinstance(error, InputError) and len(error.problems) == 1:
            problem = error.problems[0]
            return cls(str(error), problem.code, dict(problem.params))
        code, params = getattr(error, "code", None), getattr(error, "params", {})
        return cls(str(error), code if isinstance(code, str) else None, dict(params))

    def stored(self) -> str:
        """What ``feeds.last_error`` keeps: JSON with the code when there is one, so the app can
        translate it later (old rows hold the plain English, read back as it is)."""
        if self.code is None:
            return self.text[:2000]
        stored = json.dumps({"code": self.code, "params": dict(self.params),
                             "text": self.text[:1000]}, ensure_ascii=False)
        return stored if len(stored) <= 2000 else self.text[:2000]

    @classmethod
    def from_stored(cls, stored: str | None) -> Refusal | None:
        if not stored:
            return None
        if stored.startswith("{"):
            try:
                value = json.loads(stored)
            except ValueError:
                value = None
            if isinstance(value, dict) and isinstance(value.get("code"), str):
                params = value.get("params")
                return cls(str(value.get("text") or ""), value["code"],
                           {str(k): v for k, v in params.items() if isinstance(v, str | int)}
                           if isinstance(params, dict) else {})
        return cls(stored)


@dataclass(frozen=True)
class Limits:
    """How long and how much one page may take; tests make these small."""

    timeout: float = TIMEOUT_SECONDS
    deadline: float = DEADLINE_SECONDS
    max_page_bytes: int = MAX_PAGE_BYTES


def _checked_location(location: str) -> str:
    location = location.strip()
    if not location:
        raise InputError(coded("Feed", location, "feed.empty", {}))
    if is_web_address(location):
        try:
            return check_web_address(location)
        except FetchError as error:
            raise InputError(coded("Feed", location, error.code, error.params)) from error
    if "://" in location:
        raise InputError(coded("Feed", location, "feed.not_web_or_file", {}))
    path = Path(location).expanduser()
    if not path.is_file():
        raise InputError(coded("Feed", location, "feed.no_file", {}))
    return str(path.resolve())


def _record(session: Session, feed: Feed) -> FeedRecord:
    seen = session.scalar(select(func.count(FeedItem.id)).where(FeedItem.feed_id == feed.id))
    error = Refusal.from_stored(feed.last_error)
    return FeedRecord(feed.id, feed.url, feed.title, feed.saved, feed.check_at_start,
                      feed.last_checked_at, error.text if error else None, int(seen or 0),
                      error.code if error else None, dict(error.params) if error else {})


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
            raise CodedReadError(location, "release.feed_too_big", size=megabytes(size),
                                 limit=megabytes(MAX_FEED_BYTES))
        return path.read_bytes()
    except OSError as error:
        raise CodedReadError(location, "release.unreadable",
                             detail=str(error.strerror or error)) from error


def _note_failure(db: Database, location: str, refusal: Refusal) -> None:
    with db.writing() as session:
        feed = _find_or_add(session, location)
        feed.last_checked_at, feed.last_error = utc_now(), refusal.stored()
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
        refusal = Refusal.of(error)
        return FeedReport(location, None, refusal.text, code=refusal.code,
                          params=refusal.params)
    try:
        feed = read_feed(_read_feed_bytes(location, limits), location)
    except (FetchError, ReleaseReadError) as error:
        refusal = Refusal.of(error)
        if not dry_run:
            _note_failure(db, location, refusal)
        return FeedReport(location, None, refusal.text, code=refusal.code,
                          params=refusal.params)
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
            failed.append(FileProblem(item.link, error.reason, error.code, error.params))
        except Exception as error:  # an extractor bug must not stop the other items
            params: dict[str, str | int] = {"detail": repr(error)}
            failed.append(FileProblem(item.link, english("release.extractor_failed", params),
                                      "release.extractor_failed", params))

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
