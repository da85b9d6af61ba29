"""Reading feeds and fetching pages: bounded in time and size, http(s) only, errors named."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.formats.releases import ReleaseReadError
from desktop.formats.releases.feed import FeedItem, read_feed, read_page
from desktop.formats.releases.fetch import FetchError, fetch
from tests.releases.feed_server import Newsroom, atom, newsroom, release_page, rss


@pytest.fixture
def room() -> Iterator[Newsroom]:
    with newsroom() as served:
        yield served


def test_rss_and_atom_items_are_read_with_their_keys_and_links(room: Newsroom) -> None:
    items = [("/a.html", "Water back on"), ("/b.html", "New pumps")]
    feed = read_feed(rss(room.base, items).encode(), "feed.xml")
    assert feed.title == "Lakeside newsroom"
    assert [(i.link, i.title) for i in feed.items] == [
        (f"{room.base}/a.html", "Water back on"), (f"{room.base}/b.html", "New pumps")]
    assert feed.items[0].key == f"{room.base}/a.html"
    assert feed.items[0].published_on is not None
    atom_feed = read_feed(atom(room.base, items).encode(), "atom.xml")
    assert [i.key for i in atom_feed.items] == ["urn:lake:/a.html", "urn:lake:/b.html"]


def test_something_that_is_not_a_feed_is_refused_by_name() -> None:
    with pytest.raises(ReleaseReadError, match=r"notes\.txt: not an RSS or Atom feed"):
        read_feed(b"just some words, not a feed", "notes.txt")


def test_a_page_is_fetched_and_read_as_a_release(room: Newsroom) -> None:
    room.page("/a.html", release_page("Water back on", "water is back on", "Ines Varga",
                                      "+36 1 555 0199", "ines.varga@lakeside.example.org"))
    page = fetch(f"{room.base}/a.html")
    assert page.content_type == "text/html" and page.charset == "utf-8"
    release = read_page(page, FeedItem("k", page.url, "Water back on", None))
    assert release.source == f"{room.base}/a.html" and release.title == "Water back on"
    assert [p.name for p in release.media_contacts] == ["Ines Varga"]


def test_a_missing_page_is_reported_with_the_status(room: Newsroom) -> None:
    with pytest.raises(FetchError, match=r"/gone\.html: the server answered 404"):
        fetch(f"{room.base}/gone.html")


def test_a_slow_page_is_abandoned_after_the_timeout(room: Newsroom) -> None:
    room.slow_paths.add("/slow.html")
    with pytest.raises(FetchError, match=r"/slow\.html: no answer within 0\.3 s"):
        fetch(f"{room.base}/slow.html", timeout=0.3)


def test_a_huge_page_is_cut_off_at_the_size_cap(room: Newsroom) -> None:
    room.huge_paths.add("/huge.html")
    with pytest.raises(FetchError, match=r"/huge\.html: the page is more than the 1\.0 MB"):
        fetch(f"{room.base}/huge.html", max_bytes=1024 * 1024)
    room.page("/declared.html", "x" * 5000)
    with pytest.raises(FetchError, match=r"/declared\.html: the page is 0\.0 MB, more than"):
        fetch(f"{room.base}/declared.html", max_bytes=1000)


def test_only_http_and_https_are_fetched_even_through_a_redirect(room: Newsroom) -> None:
    with pytest.raises(FetchError, match=r"only http:// and https://"):
        fetch("file:///etc/passwd")
    with pytest.raises(FetchError, match=r"only http:// and https://"):
        fetch("ftp://example.org/release.txt")
    room.page("/away", "ftp://example.org/release.txt", status=302)
    with pytest.raises(FetchError, match=r"redirected to ftp://example\.org/release\.txt"):
        fetch(f"{room.base}/away")
    room.page("/local", "file:///etc/passwd", status=302)
    with pytest.raises(FetchError, match=r"/local: .*file:///etc/passwd"):
        fetch(f"{room.base}/local")
