"""Several Press Desk processes writing one database at once: nothing lost, no traceback."""

from __future__ import annotations

import json
from pathlib import Path

from tests.reliability.processes import run, run_together

CORPUS = Path(__file__).resolve().parents[1] / "data" / "releases" / "corpus"
RELEASES = sorted(str(p) for p in CORPUS.glob("*.txt"))[:6]


def _contact(home: Path, url: str) -> dict[str, object]:
    result = run(home, url, "contacts", "show", "1", "--json")
    assert result.code == 0, result.err
    return dict(json.loads(result.out))


def test_plain_updates_racing_on_one_contact_are_all_applied(db_url: str,
                                                             tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert run(home, db_url, "contacts", "add", "--name", "Race Target").code == 0
    writers = 4
    results = run_together(home, db_url, [
        ["contacts", "update", "1", "--title", f"Title from writer {n}"]
        for n in range(writers)])
    for result in results:
        assert result.code == 0, result.err
        assert "Traceback" not in result.err
    assert _contact(home, db_url)["version"] == 1 + writers  # no update lost or refused


def test_racing_if_version_updates_one_wins_the_others_told_the_real_version(
        db_url: str, tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert run(home, db_url, "contacts", "add", "--name", "Race Target").code == 0
    results = run_together(home, db_url, [
        ["contacts", "update", "1", "--if-version", "1", "--title", f"Title {n}"]
        for n in range(4)])
    winners = [r for r in results if r.code == 0]
    losers = [r for r in results if r.code != 0]
    assert len(winners) == 1, [r.err for r in results]
    for loser in losers:
        assert loser.code == 1 and "Traceback" not in loser.err
        assert "is at version 2, not 1" in loser.err, loser.err
    assert _contact(home, db_url)["version"] == 2


def test_two_identical_imports_at_once_end_created_and_unchanged(db_url: str,
                                                                 tmp_path: Path) -> None:
    home = tmp_path / "home"
    results = run_together(home, db_url, [["releases", "import", *RELEASES, "--json"]] * 2)
    for result in results:
        assert result.code == 0, result.err
        assert "Traceback" not in result.err and "locked" not in result.err
    reports = sorted((json.loads(r.out) for r in results), key=lambda r: -r["created"])
    assert reports[0]["created"] == len(RELEASES)
    assert reports[1]["unchanged"] == len(RELEASES) and reports[1]["created"] == 0
    listed = json.loads(run(home, db_url, "contacts", "list", "--json").out)["contacts"]
    names = [c["name"] for c in listed]
    assert names and len(names) == len(set(names))  # no duplicate contact


def test_overlapping_imports_at_once_create_no_duplicate_contact(db_url: str,
                                                                 tmp_path: Path) -> None:
    home = tmp_path / "home"
    first, second = RELEASES[:4], RELEASES[2:]
    results = run_together(home, db_url, [["releases", "import", *first],
                                          ["releases", "import", *second]])
    for result in results:
        assert result.code == 0, result.err
        assert "Traceback" not in result.err and "locked" not in result.err
    listed = json.loads(run(home, db_url, "contacts", "list", "--json").out)["contacts"]
    names = [c["name"] for c in listed]
    assert names and len(names) == len(set(names))
    releases = json.loads(run(home, db_url, "releases", "list", "--json").out)
    assert len(releases["releases"]) == len(RELEASES)


def test_a_write_during_a_long_import_waits_instead_of_failing(db_url: str,
                                                               tmp_path: Path) -> None:
    home = tmp_path / "home"
    many = sorted(str(p) for p in CORPUS.glob("*.txt"))
    results = run_together(home, db_url, [["releases", "import", *many],
                                          ["contacts", "add", "--name", "Written Meanwhile"]])
    for result in results:
        assert result.code == 0, result.err
        assert "locked" not in result.err
