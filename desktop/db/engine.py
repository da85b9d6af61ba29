"""One Engine per database, set up the same way for the CLI, the GUI and the tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from desktop.domain.errors import DatabaseError


def sqlite_url(path: Path | str) -> URL:
    """The URL of a SQLite file, whatever characters its path holds ("?", "%", spaces)."""
    return URL.create("sqlite", database=str(path))


def normalise_url(url: str | URL) -> URL:
    """Accept ``postgresql://`` and ``postgres://`` (through psycopg 3) and a plain file path."""
    if isinstance(url, str) and "://" not in url:
        return sqlite_url(Path(url).expanduser())
    try:
        parsed = make_url(url) if isinstance(url, str) else url
    except ArgumentError as error:
        raise DatabaseError(f"Database URL {url!r} cannot be read: {error}") from error
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise DatabaseError(
            f"Database URL {parsed.render_as_string(hide_password=True)!r}: "
            "only sqlite:///PATH and postgresql+psycopg://… are supported"
        )
    return parsed


def sqlite_path(url: URL) -> Path | None:
    """The file behind a SQLite URL, or None for PostgreSQL and in-memory databases."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database).expanduser()


def _sqlite_pragmas(dbapi_connection: Any, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute("PRAGMA busy_timeout = 5000")
    # A 64 MiB page cache: at 100k contacts the default 2 MiB makes searches evict each other.
    cursor.execute("PRAGMA cache_size = -65536")
    cursor.close()


def make_engine(url: str | URL) -> Engine:
    """Create the engine: WAL and foreign keys on SQLite, pre-ping and psycopg 3 on PostgreSQL."""
    parsed = normalise_url(url)
    path = sqlite_path(parsed)
    if path is not None:
        if path.is_dir():
            raise DatabaseError(f"Database {str(path)!r} is a folder, not a database file")
        engine = create_engine(parsed)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(parsed, pool_pre_ping=True, connect_args={"connect_timeout": 10})


def describe(url: str | URL) -> str:
    """A URL fit to show a person: the password hidden."""
    return normalise_url(url).render_as_string(hide_password=True)
