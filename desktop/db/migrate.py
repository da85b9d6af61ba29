"""Schema upgrades through Alembic, with a backup first and a refusal of newer databases."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from desktop.db.engine import sqlite_path
from desktop.domain.errors import DatabaseError

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


def _scripts() -> ScriptDirectory:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return ScriptDirectory.from_config(config)


def head_revision() -> str:
    head = _scripts().get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


@dataclass(frozen=True)
class UpgradeResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def known_revisions() -> frozenset[str]:
    return frozenset(script.revision for script in _scripts().walk_revisions())


def refuse_unknown(revision: str | None) -> None:
    """Refuse a database written by a newer Press Desk: its revision is unknown to us."""
    if revision is not None and revision not in known_revisions():
        raise DatabaseError(
            f"This database is at schema revision {revision}, which this version of Press Desk "
            "does not know: it was made by a newer Press Desk. Update Press Desk to open it."
        )


def check_not_newer(engine: Engine) -> str | None:
    """The database's revision, refused when a newer Press Desk wrote it."""
    revision = current_revision(engine)
    refuse_unknown(revision)
    return revision


def backup_sqlite_file(source: Path, target: Path) -> Path:
    """Copy a live SQLite database consistently (the backup API, not a file copy under WAL)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target


def upgrade(engine: Engine) -> UpgradeResult:
    """Bring the schema to the newest revision; back up a SQLite file before changing it."""
    revision = check_not_newer(engine)
    head = head_revision()
    if revision == head:
        return UpgradeResult(revision, head, None)
    backup: Path | None = None
    path = sqlite_path(engine.url)
    if revision is not None and path is not None and path.exists():
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        backup = backup_sqlite_file(path, path.with_name(f"{path.name}.{revision}.{stamp}.bak"))
    command.upgrade(alembic_config(engine), "head")
    return UpgradeResult(revision, head, backup)


def is_current(engine: Engine) -> bool:
    return current_revision(engine) == head_revision()
