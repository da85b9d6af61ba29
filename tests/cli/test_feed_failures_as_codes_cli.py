"""`releases import --feed … --json` gives why a feed or a page failed as a code with its
parameters too, beside the English (scripts can act on "fetch.status" 404 without parsing)."""

from __future__ import annotations

from pathlib import Path

from tests.cli.conftest import Runner
from tests.releases.feed_server import newsroom, rss


def test_failures_carry_their_code_and_parameters(cli: Runner, tmp_path: Path) -> None:
    with newsroom() as room:
        feed = tmp_path / "lakeside.rss"
        feed.write_text(rss(room.base, [("/gone.html", "Gone")]), encoding="utf-8")
        checked = cli("releases", "import", "--feed", str(feed), "--json").json()["feeds"][0]
        (failed,) = checked["failed"]
        assert failed["error"] == "the server answered 404 Not Found"  # the English stays
        assert failed["code"] == "fetch.status" and failed["params"]["status"] == 404
        assert checked["code"] is None and checked["error"] is None
        missing = cli("releases", "import", "--feed", f"{room.base}/nothing.xml", "--json")
    (gone,) = missing.json()["feeds"]
    assert missing.code == 1 and "404" in gone["error"]
    assert gone["code"] == "fetch.status" and gone["params"]["status"] == 404
