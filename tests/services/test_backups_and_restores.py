"""Nothing lost: daily backups with rotation; restores and backups that refuse bad files whole."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event, func, select

from desktop.db.models import AuditEntry
from desktop.domain.errors import InputError
from desktop.services import maintenance
from desktop.services.backups import daily_backup
from desktop.services.contacts import ContactDraft, add_contact, list_contacts
from desktop.services.database import Database, open_database


@pytest.fixture
def filled(db: Database) -> Database:
    add_contact(db, ContactDraft(name="Hiwot Bekele", office="IOM Ethiopia",
                                 phones=("+251 11 661 1117",)))
    add_contact(db, ContactDraft(name="Ana Souza", country="BR"))
    return db


def _state(db: Database) -> tuple[list[str], int]:
    with db.reading() as session:
        audits = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
    return [c.name for c in list_contacts(db)], audits


def _a_backup(tmp_path: Path, names: tuple[str, ...] = ("From Backup",)) -> Path:
    """A real Press Desk backup made from its own SQLite database."""
    source = open_database(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    for name in names:
        add_contact(source, ContactDraft(name=name))
    path = tmp_path / "backup.sqlite3"
    maintenance.backup(source, path)
    source.dispose()
    return path


def test_a_daily_backup_is_made_once_a_day_and_old_ones_rotate(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'live.sqlite3'}")
    add_contact(db, ContactDraft(name="Hiwot Bekele"))
    folder = tmp_path / "backups"
    today = date(2026, 11, 29)
    for age in range(1, 21):  # three weeks of earlier copies
        day = today - timedelta(days=age)
        (folder / f"pressdesk-{day.isoformat()}.sqlite3").parent.mkdir(exist_ok=True)
        (folder / f"pressdesk-{day.isoformat()}.sqlite3").write_bytes(b"old")
    (folder / "notes.txt").write_text("not ours")
    first = daily_backup(db, keep_days=7, folder=folder, today=today)
    assert first.made == folder / "pressdesk-2026-11-29.sqlite3"
    kept = sorted(p.name for p in folder.glob("pressdesk-*.sqlite3"))
    assert kept == [f"pressdesk-{(today - timedelta(days=a)).isoformat()}.sqlite3"
                    for a in range(6, -1, -1)]
    assert (folder / "notes.txt").exists()
    again = daily_backup(db, keep_days=7, folder=folder, today=today)
    assert again.made is None and again.removed == ()
    # The copy is a whole Press Desk database: it restores.
    other = open_database(f"sqlite:///{tmp_path / 'elsewhere.sqlite3'}")
    maintenance.restore(other, first.made)
    assert [c.name for c in list_contacts(other)] == ["Hiwot Bekele"]
    other.dispose()
    db.dispose()


def test_daily_backups_can_be_turned_off_and_skip_servers(db: Database, tmp_path: Path) -> None:
    result = daily_backup(db, keep_days=0 if db.backend == "sqlite" else 7,
                          folder=tmp_path / "b")
    assert result.made is None and result.skipped
    assert not (tmp_path / "b").exists() or not any((tmp_path / "b").iterdir())


def test_restore_refuses_another_applications_database(filled: Database, tmp_path: Path) -> None:
    before = _state(filled)
    other = tmp_path / "other-app.db"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    connection.close()
    with pytest.raises(InputError, match="not a Press Desk backup") as refused:
        maintenance.restore(filled, other)
    assert str(other) in str(refused.value)
    assert _state(filled) == before


def test_restore_refuses_a_truncated_backup(filled: Database, tmp_path: Path) -> None:
    backup = _a_backup(tmp_path, tuple(f"Person {n}" for n in range(300)))
    data = backup.read_bytes()
    backup.write_bytes(data[: len(data) // 2])
    before = _state(filled)
    with pytest.raises(InputError) as refused:
        maintenance.restore(filled, backup)
    assert str(backup) in str(refused.value)
    assert _state(filled) == before


def test_restore_refuses_a_backup_with_a_corrupt_page(filled: Database, tmp_path: Path) -> None:
    backup = _a_backup(tmp_path, tuple(f"Person {n}" for n in range(300)))
    data = bytearray(backup.read_bytes())
    page = 4096
    for offset in range(page * 3 + 8, page * 3 + 200):  # scribble over a b-tree page
        data[offset] = 0xA5
    backup.write_bytes(bytes(data))
    before = _state(filled)
    with pytest.raises(InputError, match=r"damaged|not a Press Desk backup") as refused:
        maintenance.restore(filled, backup)
    assert str(backup) in str(refused.value)
    assert _state(filled) == before


def test_restore_refuses_a_backup_with_orphan_rows(filled: Database, tmp_path: Path) -> None:
    backup = _a_backup(tmp_path)
    with sqlite3.connect(backup) as connection:
        connection.execute("PRAGMA foreign_keys = OFF")
        connection.execute("INSERT INTO phones (contact_id, position, e164, kind, valid, "
                           "as_written) VALUES (999, 0, '+33145681000', 'office', 1, 'x')")
    connection.close()
    before = _state(filled)
    with pytest.raises(InputError, match="point to missing") as refused:
        maintenance.restore(filled, backup)
    assert str(backup) in str(refused.value)
    assert _state(filled) == before


def test_restore_refuses_a_backup_from_a_newer_press_desk(filled: Database,
                                                          tmp_path: Path) -> None:
    backup = _a_backup(tmp_path)
    with sqlite3.connect(backup) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()
    before = _state(filled)
    with pytest.raises(InputError, match="newer Press Desk"):
        maintenance.restore(filled, backup)
    assert _state(filled) == before


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Backup files that can hold only a few pages: SQLite's "database or disk is full"."""
    real = maintenance.make_engine

    def small(url: Any, **options: Any) -> Engine:
        engine = real(url, **options)

        @event.listens_for(engine, "connect")
        def limit(dbapi_connection: Any, _record: object) -> None:
            dbapi_connection.execute("PRAGMA max_page_count = 40")

        return engine

    monkeypatch.setattr(maintenance, "make_engine", small)
    yield


def test_a_backup_onto_a_full_disk_leaves_nothing_behind(filled: Database, tmp_path: Path,
                                                         full_disk: None) -> None:
    for n in range(150):
        add_contact(filled, ContactDraft(name=f"Person {n}", notes="x" * 1500))
    folder = tmp_path / "usb"
    folder.mkdir()
    target = folder / "backup.sqlite3"
    with pytest.raises(InputError, match="cannot be written") as refused:
        maintenance.backup(filled, target)
    assert str(target) in str(refused.value)
    assert list(folder.iterdir()) == []


def test_a_killed_backups_leftovers_are_swept_by_the_next_one(filled: Database,
                                                              tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    dead = 2 ** 22 + 12345  # above pid_max on common systems: no such process
    leftovers = [folder / f".old.sqlite3.{dead}.partial{suffix}"
                 for suffix in ("", "-wal", "-shm")]
    for leftover in leftovers:
        leftover.write_bytes(b"half")
    maintenance.backup(filled, folder / "new.sqlite3")
    assert sorted(p.name for p in folder.iterdir()) == ["new.sqlite3"]


def test_a_backup_that_cannot_be_opened_names_the_backup_file(filled: Database,
                                                              tmp_path: Path) -> None:
    target = tmp_path / ("n" * 300 + ".sqlite3")  # longer than a file name may be
    with pytest.raises(InputError, match="Backup file") as refused:
        maintenance.backup(filled, target)
    assert "cannot be written" in str(refused.value)
