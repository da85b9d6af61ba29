"""Alembic migrations on both engines: complete, reversible, guarded."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from desktop.db import migrate
from desktop.db.base import Base
from desktop.db.engine import make_engine
from desktop.db.models import include_in_schema_comparison
from desktop.domain.errors import DatabaseError
from desktop.services.contacts import ContactDraft, add_contact, list_contacts
from desktop.services.database import open_database


def test_migrations_build_exactly_the_declared_schema(empty_db_url: str) -> None:
    engine = make_engine(empty_db_url)
    migrate.upgrade(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_object": include_in_schema_comparison})
        diff = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert diff == []


def test_every_migration_goes_down_and_up_again(empty_db_url: str) -> None:
    engine = make_engine(empty_db_url)
    config = migrate.alembic_config(engine)
    command.upgrade(config, "head")
    command.downgrade(config, "base")
    assert migrate.current_revision(engine) is None
    command.upgrade(config, "head")
    assert migrate.is_current(engine)
    engine.dispose()


def test_an_old_file_is_backed_up_then_upgraded_keeping_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    command.upgrade(migrate.alembic_config(engine), "0001")
    engine.dispose()
    db = open_database(f"sqlite:///{path}", upgrade=False)
    with db.engine.begin() as connection:  # rows written by the 0001-era app
        connection.execute(text(
            "INSERT INTO contacts (full_name, name_key, languages, tags, archived, version, "
            "created_at, updated_at) VALUES ('Old Timer', 'old timer', '[]', '[]', 0, 1, "
            "'2025-01-01 00:00:00', '2025-01-01 00:00:00')"))
    db.dispose()
    result = migrate.upgrade(make_engine(f"sqlite:///{path}"))
    assert result.from_revision == "0001" and result.to_revision == migrate.head_revision()
    assert result.backup is not None and result.backup.exists()
    old = make_engine(f"sqlite:///{result.backup}")
    assert migrate.current_revision(old) == "0001"
    old.dispose()
    upgraded = open_database(f"sqlite:///{path}")
    assert [c.name for c in list_contacts(upgraded)] == ["Old Timer"]
    upgraded.dispose()


def test_a_database_from_a_newer_press_desk_is_refused(db_url: str) -> None:
    db = open_database(db_url)
    add_contact(db, ContactDraft(name="Kept Safe"))
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    db.dispose()
    with pytest.raises(DatabaseError, match="newer Press Desk"):
        open_database(db_url)


def test_the_fast_revision_check_knows_the_newest_migration(db_url: str) -> None:
    from desktop.db import revision

    assert migrate.head_revision() == revision.HEAD
    engine = make_engine(db_url)
    assert revision.stored_revision(engine) == revision.HEAD
    engine.dispose()


def test_an_empty_database_has_no_revision(empty_db_url: str) -> None:
    from desktop.db import revision

    engine = make_engine(empty_db_url)
    assert revision.stored_revision(engine) is None
    engine.dispose()
