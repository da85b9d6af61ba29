"""`--db` on a file Press Desk did not make, or cannot write: refused or read-only, untouched."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.db import engine as engine_module
from desktop.domain.errors import DatabaseError
from desktop.services.contacts import ContactDraft, add_contact, list_contacts
from desktop.services.database import open_database


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _siblings(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


def test_another_applications_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        connection.execute("INSERT INTO notes (body) VALUES ('mine')")
    connection.close()
    before, files = _digest(path), _siblings(path)
    with pytest.raises(DatabaseError, match=r"not a Press Desk database.*notes"):
        open_database(f"sqlite:///{path}")
    assert _digest(path) == before and _siblings(path) == files  # no tables, no -wal, no .bak
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    connection.close()


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("shopping list\n" * 200)
    with pytest.raises(DatabaseError, match="not a Press Desk database"):
        open_database(f"sqlite:///{path}")
    assert path.read_text() == "shopping list\n" * 200


def test_an_empty_file_becomes_a_press_desk_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.touch()
    db = open_database(f"sqlite:///{path}")
    add_contact(db, ContactDraft(name="First Person"))
    assert [c.name for c in list_contacts(db)] == ["First Person"]
    db.dispose()


def test_a_newer_press_desk_file_is_not_switched_to_wal(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    db = open_database(f"sqlite:///{path}")
    add_contact(db, ContactDraft(name="Kept Safe"))
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    db.dispose()
    plain = sqlite3.connect(path)
    plain.execute("PRAGMA journal_mode = DELETE")
    plain.close()
    before = _digest(path)
    with pytest.raises(DatabaseError, match="newer Press Desk"):
        open_database(f"sqlite:///{path}")
    assert _digest(path) == before
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    connection.close()


def test_a_file_on_a_read_only_medium_is_listed_read_only(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "cdrom.sqlite3"
    db = open_database(f"sqlite:///{path}")
    add_contact(db, ContactDraft(name="On The Disc"))
    db.dispose()
    # Root ignores file modes, so the medium's answer is what the test controls.
    monkeypatch.setattr(engine_module, "on_read_only_medium", lambda _path: True)
    before = _digest(path)
    db = open_database(f"sqlite:///{path}")
    try:
        assert db.read_only
        assert [c.name for c in list_contacts(db)] == ["On The Disc"]
        with pytest.raises(DatabaseError, match="read-only medium"):
            add_contact(db, ContactDraft(name="Refused"))
    finally:
        db.dispose()
    assert _digest(path) == before


@pytest.mark.parametrize("url, shown, hidden", [
    ("postgresql://user:p@ss@localhost/db", "%40", "ss@localhost"),
    ("postgresql://user:secret@localhost:abc/db", "port", "secret"),
    ("postgresql://user:secret@localhost:99999/db", "99999", "secret"),
    ("postgresql+asyncpg://user:secret@localhost/db", "postgresql+psycopg", "secret"),
    ("postgresql+psycopg2://user:secret@localhost/db", "postgresql+psycopg", "secret"),
    ("mysql://user:secret@localhost/db", "only sqlite", "secret"),
])
def test_bad_urls_are_refused_plainly_without_the_password(url: str, shown: str,
                                                           hidden: str) -> None:
    with pytest.raises(DatabaseError) as refused:
        open_database(url)
    assert shown in str(refused.value) and hidden not in str(refused.value)


def test_a_refused_password_is_never_echoed(postgres_server: str) -> None:
    from sqlalchemy.engine import make_url

    url = make_url(postgres_server).set(password="Wr0ng-Secret").render_as_string(
        hide_password=False)
    with pytest.raises(DatabaseError) as refused:
        open_database(url)
    assert "Wr0ng-Secret" not in str(refused.value)
