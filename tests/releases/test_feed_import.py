"""Importing newsroom feeds on both engines: new items once, failures reported and retried."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.domain.errors import InputError
from desktop.services import contacts, feeds, releases
from desktop.services.database import Database
from tests.releases.feed_server import Newsroom, atom, newsroom, release_page, rss

QUICK = feeds.Limits(timeout=0.5, deadline=2.0, max_page_bytes=256 * 1024)
PEOPLE = {
    "/water.html": ("Water back on in three districts", "water is back on",
                    "Ines Varga", "+36 1 555 0199", "ines.varga@lakeside.example.org"),
    "/pumps.html": ("New pumps for the east bank", "new pumps are running",
                    "Tamas Orban", "+36 1 555 0177", "tamas.orban@lakeside.example.org"),
}


@pytest.fixture
def room() -> Iterator[Newsroom]:
    with newsroom() as served:
        for path, (title, what, name, phone, email) in PEOPLE.items():
            served.page(path, release_page(title, what, name, phone, email))
        served.slow_paths.add("/slow.html")
        served.huge_paths.add("/huge.html")
        items = [("/water.html", "Water"), ("/pumps.html", "Pumps"), ("/slow.html", "Slow"),
                 ("/missing.html", "Missing"), ("/huge.html", "Huge")]
        served.page("/feed.xml", rss(served.base, items), "application/rss+xml")
        yield served


def test_new_items_are_imported_and_bad_pages_reported_without_stopping_the_rest(
        db: Database, room: Newsroom) -> None:
    steps: list[tuple[int, int, str]] = []
    report = feeds.check_feed(db, f"{room.base}/feed.xml", limits=QUICK,
                              progress=lambda done, total, label: steps.append(
                                  (done, total, label)))
    assert report.error is None and report.title == "Lakeside newsroom"
    assert report.items == 5 and report.seen_before == 0
    assert report.imported.created == 2 and report.imported.written
    failed = {Path(f.path).name: f.error for f in report.failed}
    assert set(failed) == {"slow.html", "missing.html", "huge.html"}
    assert "no answer within 0.5 s" in failed["slow.html"]
    assert "404" in failed["missing.html"]
    assert "more than the 0.2 MB" in failed["huge.html"]
    assert steps[-1][0] == steps[-1][1]
    sources = {r.source for r in releases.list_releases(db)}
    assert sources == {f"{room.base}/water.html", f"{room.base}/pumps.html"}
    names = {c.name for c in contacts.list_contacts(db)}
    assert names == {"Ines Varga", "Tamas Orban"}


def test_a_second_check_fetches_only_what_it_has_not_imported(
        db: Database, room: Newsroom) -> None:
    feeds.check_feed(db, f"{room.base}/feed.xml", limits=QUICK)
    room.requests.clear()
    again = feeds.check_feed(db, f"{room.base}/feed.xml", limits=QUICK)
    assert again.seen_before == 2 and again.imported.releases == ()
    assert "/water.html" not in room.requests and "/missing.html" in room.requests
    room.page("/missing.html", release_page("Late release", "a late page came", "Ana Lenk",
                                            "+36 1 555 0111", "ana.lenk@lakeside.example.org"))
    third = feeds.check_feed(db, f"{room.base}/feed.xml", limits=QUICK)
    assert third.imported.created == 1 and third.seen_before == 2
    assert releases.count_releases(db) == 3


def test_a_dry_run_imports_and_remembers_nothing(db: Database, room: Newsroom) -> None:
    report = feeds.check_feed(db, f"{room.base}/feed.xml", limits=QUICK, dry_run=True)
    assert report.imported.created == 2 and not report.imported.written
    assert releases.count_releases(db) == 0
    assert feeds.list_feeds(db, saved_only=False) == []


def test_a_feed_file_and_an_atom_feed_are_read(db: Database, room: Newsroom,
                                               tmp_path: Path) -> None:
    feed_file = tmp_path / "lakeside.atom"
    feed_file.write_text(atom(room.base, [("/water.html", "Water")]), encoding="utf-8")
    report = feeds.check_feed(db, str(feed_file), limits=QUICK)
    assert report.error is None and report.imported.created == 1
    (feed,) = feeds.list_feeds(db, saved_only=False)
    assert feed.url == str(feed_file.resolve()) and feed.items_seen == 1 and not feed.saved


def test_an_unreadable_feed_is_reported_and_noted(db: Database, room: Newsroom) -> None:
    room.page("/notafeed.txt", "hello", "text/plain")
    report = feeds.check_feed(db, f"{room.base}/notafeed.txt", limits=QUICK)
    assert report.error is not None and "not an RSS or Atom feed" in report.error
    gone = feeds.check_feed(db, f"{room.base}/nothing.xml", limits=QUICK)
    assert gone.error is not None and "404" in gone.error
    noted = {f.url: f.last_error for f in feeds.list_feeds(db, saved_only=False)}
    assert "404" in (noted[f"{room.base}/nothing.xml"] or "")
    bad = feeds.check_feed(db, "gopher://example.org/feed", limits=QUICK)
    assert bad.error is not None and "http" in bad.error


def test_saved_feeds_are_listed_checked_and_forgotten(db: Database, room: Newsroom) -> None:
    saved = feeds.save_feed(db, f"{room.base}/feed.xml", check_at_start=True)
    assert [f.url for f in feeds.list_feeds(db)] == [f"{room.base}/feed.xml"]
    with pytest.raises(InputError, match="Feed"):
        feeds.save_feed(db, "ftp://example.org/feed.xml")
    (report,) = feeds.check_saved_feeds(db, at_start=True, limits=QUICK)
    assert report.imported.created == 2
    feeds.set_check_at_start(db, saved.id, False)
    assert feeds.check_saved_feeds(db, at_start=True, limits=QUICK) == []
    feeds.forget_feed(db, saved.id)
    assert feeds.list_feeds(db) == []
    again = feeds.save_feed(db, f"{room.base}/feed.xml")
    assert again.items_seen == 2


def test_cancelling_between_pages_writes_nothing(db: Database, room: Newsroom) -> None:
    report = feeds.check_feed(db, f"{room.base}/feed.xml", limits=QUICK,
                              should_cancel=lambda: True)
    assert report.cancelled and releases.count_releases(db) == 0


def test_two_officers_checking_the_same_feed_at_once_both_succeed(
        db: Database, room: Newsroom, monkeypatch: pytest.MonkeyPatch) -> None:
    """The second check read "seen" before the first wrote: it finds the pages unchanged."""
    url = f"{room.base}/feed.xml"
    real_import = feeds.import_parsed

    def first_check_lands_in_between(*args: Any, **kwargs: Any) -> releases.ImportReport:
        monkeypatch.setattr(feeds, "import_parsed", real_import)
        feeds.check_feed(db, url, limits=QUICK)
        return real_import(*args, **kwargs)

    monkeypatch.setattr(feeds, "import_parsed", first_check_lands_in_between)
    second = feeds.check_feed(db, url, limits=QUICK)
    assert second.imported.written and second.imported.unchanged == 2
    (feed,) = feeds.list_feeds(db, saved_only=False)
    assert feed.items_seen == 2 and releases.count_releases(db) == 2


def test_a_page_a_reader_refuses_is_reported_with_its_code(db: Database) -> None:
    """The app renders a refused page's reason in its own language from the code."""
    with newsroom() as served:
        served.page("/empty.html", "")
        served.page("/feed.xml", rss(served.base, [("/empty.html", "Empty")]),
                    "application/rss+xml")
        report = feeds.check_feed(db, f"{served.base}/feed.xml", limits=QUICK)
    [problem] = report.failed
    assert problem.code and problem.code.startswith("release.") and problem.error
