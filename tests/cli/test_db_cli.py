"""``pressdesk db …`` and the global options."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main
from tests.cli.conftest import Runner


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.startswith("pressdesk ")


def test_check_reports_a_healthy_database(cli: Runner) -> None:
    result = cli("db", "check", "--json")
    assert result.code == 0
    report = result.json()
    assert report["ok"] is True and report["revision"] == report["head"]
    assert "orphaned references" in report["checks"]


def test_upgrade_on_a_current_database_changes_nothing(cli: Runner) -> None:
    result = cli("db", "upgrade", "--json")
    assert result.code == 0 and result.json()["from"] == result.json()["to"]


def test_backup_and_restore_round_trip(cli: Runner, tmp_path: Path) -> None:
    cli("contacts", "add", "--name", "Hiwot Bekele", "--office", "IOM Ethiopia",
        "--phone", "+251 11 661 1117")
    backup = tmp_path / "backup.sqlite3"
    assert cli("db", "backup", str(backup)).code == 0
    cli("contacts", "add", "--name", "Added Later", "--country", "FR")
    restored = cli("db", "restore", str(backup), "--json")
    assert restored.code == 0 and restored.json()["rows"]["contacts"] == 1
    names = [c["name"] for c in cli("contacts", "list", "--json").json()["contacts"]]
    assert names == ["Hiwot Bekele"]
    after = cli("contacts", "add", "--name", "Next One", "--json")
    assert after.code == 0, after.err  # ids continue after the restored rows
    assert cli("db", "check").code == 0


def test_backup_refuses_to_overwrite(cli: Runner, tmp_path: Path) -> None:
    target = tmp_path / "exists.sqlite3"
    target.write_text("keep me")
    result = cli("db", "backup", str(target))
    assert result.code == 1 and "already exists" in result.err
    assert target.read_text() == "keep me"


def test_restore_refuses_a_file_that_is_not_a_backup(cli: Runner, tmp_path: Path) -> None:
    cli("contacts", "add", "--name", "Hiwot Bekele")
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("not a database at all" * 100)
    result = cli("db", "restore", str(junk))
    assert result.code == 1 and "not a Press Desk backup" in result.err
    assert len(cli("contacts", "list", "--json").json()["contacts"]) == 1


def test_environment_variable_chooses_the_database(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'env.sqlite3'}"
    monkeypatch.setenv("PRESSDESK_DATABASE_URL", url)
    assert main(["contacts", "add", "--name", "Env Person"]) == 0
    assert (tmp_path / "env.sqlite3").exists()


def test_default_database_lives_in_the_user_data_dir(
        isolated_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["contacts", "list"]) == 0
    assert (isolated_home / "data" / "pressdesk.sqlite3").exists()


def test_unsupported_url_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", "mysql://x/y", "contacts", "list"]) == 1
    assert "only sqlite" in capsys.readouterr().err


def test_a_newer_database_is_refused_by_every_command(cli: Runner, db_url: str) -> None:
    from sqlalchemy import text

    from desktop.db.engine import make_engine

    cli("contacts", "add", "--name", "Kept Safe")
    engine = make_engine(db_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    engine.dispose()
    for command in (["contacts", "list"], ["db", "upgrade"], ["db", "check"]):
        result = cli(*command)
        assert result.code == 1 and "newer Press Desk" in result.err, command


def test_check_finds_orphaned_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import sqlite3

    url = f"sqlite:///{tmp_path / 'damaged.sqlite3'}"
    added = main(["--db", url, "contacts", "add", "--name", "A", "--phone", "+33 6 12 34 56 78"])
    assert added == 0
    with sqlite3.connect(tmp_path / "damaged.sqlite3") as raw:  # foreign keys off by default
        raw.execute("DELETE FROM contacts")
    capsys.readouterr()
    assert main(["--db", url, "db", "check"]) == 1
    assert "phones" in capsys.readouterr().out


def test_search_works_after_a_restore(cli: Runner, tmp_path: Path) -> None:
    cli("contacts", "add", "--name", "Hiwot Bekele", "--office", "IOM Ethiopia")
    backup = tmp_path / "backup.sqlite3"
    assert cli("db", "backup", str(backup)).code == 0
    cli("contacts", "add", "--name", "Later Person")
    assert cli("db", "restore", str(backup)).code == 0
    found = cli("contacts", "search", "hiwot", "--json").json()["results"]
    assert [r["name"] for r in found] == ["Hiwot Bekele"]
    assert cli("contacts", "search", "later", "--json").json()["results"] == []


def test_backup_paths_with_url_characters_are_taken_literally(cli: Runner, tmp_path: Path) -> None:
    cli("contacts", "add", "--name", "Hiwot Bekele")
    folder = tmp_path / "backups"
    folder.mkdir()
    for name in ("q?mode=ro.sqlite3", "pct%20x.sqlite3"):
        target = folder / name
        assert cli("db", "backup", str(target)).code == 0
        assert target.is_file()
        again = cli("db", "backup", str(target))
        assert again.code == 1 and "already exists" in again.err
    assert sorted(p.name for p in folder.iterdir()) == ["pct%20x.sqlite3", "q?mode=ro.sqlite3"]


def test_a_restore_is_audited(cli: Runner, tmp_path: Path, db_url: str) -> None:
    from desktop.services import audit
    from desktop.services.database import open_database

    cli("contacts", "add", "--name", "Hiwot Bekele")
    backup = tmp_path / "b.sqlite3"
    cli("db", "backup", str(backup))
    assert cli("db", "restore", str(backup)).code == 0
    db = open_database(db_url)
    (entry,) = audit.history(db, "database", 0)
    db.dispose()
    assert entry.action == "restore" and entry.changes["source"] == str(backup)


@pytest.mark.parametrize("make", ["folder", "garbage", "bad-server"])
def test_a_database_that_cannot_be_opened_is_refused_without_a_traceback(
        make: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    if make == "folder":
        target = str(tmp_path)
    elif make == "garbage":
        (tmp_path / "g.db").write_bytes(b"\x00garbage" * 100)
        target = str(tmp_path / "g.db")
    else:
        target = "postgresql+psycopg://nobody:wrong@127.0.0.1:1/none"
    assert main(["--db", target, "contacts", "list"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("pressdesk: refused:") and "Traceback" not in err
