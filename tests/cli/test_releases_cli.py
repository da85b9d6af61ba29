"""``pressdesk releases …`` and ``pressdesk demo``."""

from __future__ import annotations

from pathlib import Path

from desktop.services.releases import demo_paths
from tests.cli.conftest import Runner

TAJIK = next(p for p in demo_paths() if p.name.startswith("tajikistan"))


def test_import_prints_the_documented_json_shape(cli: Runner) -> None:
    result = cli("releases", "import", str(TAJIK), "--json")
    assert result.code == 0, result.err
    document = result.json()
    assert document["errors"] == []
    (release,) = document["releases"]
    assert release["language"] == "fr" and release["dateline"] == "Douchanbé"
    assert release["published_on"] is None and release["path"] == str(TAJIK)
    (contact,) = release["contacts"]
    assert contact["name"] == "Abdulfattoh Shafiev" and contact["office"] == "OIM Tadjikistan"
    assert contact["country"] == "TJ" and contact["created"] is True and contact["title"] is None
    assert contact["phones"][0] | {"problem": None} == {
        "e164": "+992487010222", "extension": None, "display": "+992 48 701 0222",
        "kind": "office", "valid": True, "as_written": "+992 48 701 02 22", "problem": None}
    assert contact["emails"][0]["address"] == "abdulfattoh@inbox.ru"
    assert contact["emails"][0]["kind"] == "work"


def test_dry_run_writes_nothing(cli: Runner) -> None:
    result = cli("releases", "import", str(TAJIK), "--dry-run")
    assert result.code == 0 and "Dry run" in result.out
    assert cli("releases", "list", "--json").json() == {"releases": []}


def test_a_broken_file_exits_1_naming_it_and_nothing_is_written(
        cli: Runner, tmp_path: Path) -> None:
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK nonsense")
    result = cli("releases", "import", str(TAJIK), str(broken))
    assert result.code == 1 and "broken.docx" in result.err
    assert "Nothing was written" in result.out
    assert cli("contacts", "list", "--json").json() == {"contacts": []}


def test_demo_then_list_and_show(cli: Runner) -> None:
    assert cli("demo").code == 0
    listed = cli("releases", "list", "--json").json()["releases"]
    assert len(listed) == len(demo_paths())
    tajik = next(r for r in listed if "Almaty" in r["title"])
    shown = cli("releases", "show", str(tajik["id"]), "--json").json()
    assert "Almaty" in shown["body"]
    assert [c["name"] for c in shown["contacts"]] == ["Abdulfattoh Shafiev"]
    assert all("phones" in c for c in shown["contacts"])
    assert [(c["name"], c["role"]) for c in shown["quoted"]] == [("Cristina Tranca", "quoted")]
    assert len(tajik["contacts"]) == tajik["contact_count"] == 1
    text = cli("releases", "show", str(tajik["id"]))
    assert text.code == 0 and "[media_contact]" in text.out
    contact_id = next(c["id"] for c in shown["contacts"] if c["role"] == "media_contact")
    card = cli("contacts", "show", str(contact_id), "--json").json()
    assert [r["id"] for r in card["releases"]] == [tajik["id"]]
    assert "Abdulfattoh Shafiev" in card["releases"][0]["snippet"]


def test_demo_twice_changes_nothing(cli: Runner) -> None:
    cli("demo")
    again = cli("demo", "--json").json()
    assert again["unchanged"] == len(demo_paths()) and again["created"] == 0


RELEASE_KEYS = {"id", "path", "title", "language", "dateline", "published_on", "contacts"}
CONTACT_KEYS = {"id", "name", "title", "office", "country", "created", "phones", "emails"}
PHONE_KEYS = {"e164", "extension", "display", "kind", "valid", "as_written"}


def test_every_sample_comes_out_in_the_documented_shape(cli: Runner) -> None:
    document = cli("releases", "import", *map(str, demo_paths()), "--json").json()
    assert document["errors"] == [] and len(document["releases"]) == len(demo_paths())
    for release in document["releases"]:
        assert release.keys() >= RELEASE_KEYS, release["path"]
        assert release["contacts"], release["path"]
        for contact in release["contacts"]:
            assert contact.keys() >= CONTACT_KEYS
            assert isinstance(contact["id"], int) and contact["created"] is True
            assert contact["phones"] and all(p.keys() >= PHONE_KEYS for p in contact["phones"])
            assert all({"address", "kind"} <= e.keys() for e in contact["emails"])


def test_a_dry_run_ends_with_a_summary_line(cli: Runner) -> None:
    result = cli("releases", "import", str(TAJIK), "--dry-run")
    assert result.out.strip().splitlines()[-1] == (
        "Dry run: 1 created, 0 updated, 0 unchanged; nothing was written.")


def test_a_folder_is_imported_and_other_files_reported_as_skipped(
        cli: Runner, tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    (folder / "older").mkdir(parents=True)
    (folder / "older" / TAJIK.name).write_bytes(TAJIK.read_bytes())
    (folder / "banner.png").write_bytes(b"\x89PNG")
    result = cli("releases", "import", str(folder))
    assert result.code == 0, result.err
    assert f"skipped   {folder / 'banner.png'}: not a release file" in result.out
    assert result.out.strip().splitlines()[-1] == "1 created, 0 updated, 0 unchanged, 1 skipped."
    document = cli("releases", "import", str(folder), "--json").json()
    assert document["unchanged"] == 1 and document["skipped"][0]["path"].endswith("banner.png")


def test_file_names_and_titles_with_control_characters_are_printed_escaped(
        cli: Runner, tmp_path: Path) -> None:
    odd = tmp_path / "evil\nname\x1b[2J.txt"
    odd.write_text("\x1b[31mRed title\n\n" + TAJIK.read_text(encoding="utf-8"), encoding="utf-8")
    result = cli("releases", "import", str(odd))
    assert result.code == 0, result.err
    assert "\x1b" not in result.out and "evil\\nname\\x1b[2J.txt" in result.out
    missing = cli("releases", "import", str(tmp_path / "gone\x1b.txt"))
    assert missing.code == 1 and "\x1b" not in missing.err and "gone\\x1b.txt" in missing.err


def test_import_needs_a_path_or_a_feed(cli: Runner) -> None:
    result = cli("releases", "import")
    assert result.code == 2 and "--feed" in result.err


def test_a_feed_is_imported_with_failed_pages_reported_and_only_new_items_fetched(
        cli: Runner, tmp_path: Path) -> None:
    from tests.releases.feed_server import newsroom, release_page, rss

    with newsroom() as room:
        room.page("/a.html", release_page("Water back on", "water is back on", "Ines Varga",
                                          "+36 1 555 0199", "ines.varga@lakeside.example.org"))
        feed = tmp_path / "lakeside.rss"
        feed.write_text(rss(room.base, [("/a.html", "Water"), ("/gone.html", "Gone")]),
                        encoding="utf-8")
        first = cli("releases", "import", "--feed", str(feed))
        assert first.code == 0, first.err
        assert "created   " + f"{room.base}/a.html" in first.out
        assert f"failed    {room.base}/gone.html: the server answered 404" in first.out
        assert first.out.strip().splitlines()[-1] == (
            "2 item(s): 0 seen before, imported 1 (1 created, 0 updated, 0 unchanged), "
            "1 failed.")
        assert "tried again next time" in first.err
        document = cli("releases", "import", "--feed", str(feed), "--json").json()
        (checked,) = document["feeds"]
        assert checked["seen_before"] == 1 and checked["releases"] == []
        assert checked["failed"][0]["url"] == f"{room.base}/gone.html"
        listed = cli("releases", "list", "--json").json()["releases"]
        assert [r["path"] for r in listed] == [f"{room.base}/a.html"]
    unreadable = cli("releases", "import", "--feed", str(tmp_path / "nope.rss"))
    assert unreadable.code == 1 and "nope.rss" in unreadable.err
    both = cli("releases", "import", str(feed), "--feed", str(feed))
    assert both.code == 2
