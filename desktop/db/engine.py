"""One Engine per database, set up the same way for the CLI, the GUI and the tests.

On SQLite, Press Desk emits its own ``BEGIN``: a transaction that will write starts with
``BEGIN IMMEDIATE`` (execution option ``pressdesk_write``), so it waits for another process's
write instead of failing at once with "database is locked" when its read snapshot went stale.
A file Press Desk did not make is looked at read-only first (:func:`inspect_sqlite_file`):
nothing is written to another application's database, not even the switch to WAL.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import ArgumentError

from desktop.domain.errors import DatabaseError

WRITE = {"pressdesk_write": True}
"""Execution options of a connection about to write: ``BEGIN IMMEDIATE`` on SQLite."""
BUSY_TIMEOUT_MS = 60_000
"""How long a write waits for another process's write to finish before giving up."""


def sqlite_url(path: Path | str) -> URL:
    """The URL of a SQLite file, whatever characters its path holds ("?", "%", spaces)."""
    return URL.create("sqlite", database=str(path))


def hide_password(url: str) -> str:
    """A URL typed by a person, with anything that may be a password replaced by ***.

    Used where the URL cannot be parsed, so it cannot be trusted to split where SQLAlchemy
    would: everything between the first ``:`` after the user name and the LAST ``@`` goes.
    """
    scheme, sep, rest = url.partition("://")
    if not sep or "@" not in rest:
        return url
    credentials, _at, host = rest.rpartition("@")
    user = credentials.split(":", 1)[0]
    return f"{scheme}://{user}:***@{host}" if ":" in credentials else f"{scheme}://{user}@{host}"


def normalise_url(url: str | URL) -> URL:
    """Accept ``postgresql://`` and ``postgres://`` (through psycopg 3) and a plain file path."""
    if isinstance(url, str) and "://" not in url:
        return sqlite_url(Path(url).expanduser())
    shown = hide_password(url) if isinstance(url, str) else url.render_as_string()
    try:
        parsed = make_url(url) if isinstance(url, str) else url
    except (ArgumentError, ValueError) as error:
        reason = "its port is not a number" if isinstance(error, ValueError) else "bad form"
        raise DatabaseError(f"Database URL {shown!r} cannot be read: {reason}") from None
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    backend, _plus, driver = parsed.drivername.partition("+")
    shown = parsed.render_as_string(hide_password=True)
    if (backend, driver or "") not in (("sqlite", ""), ("sqlite", "pysqlite"),
                                       ("postgresql", "psycopg")):
        raise DatabaseError(
            f"Database URL {shown!r}: only sqlite:///PATH and postgresql+psycopg://… "
            "(or postgresql://…) are supported"
        )
    if backend == "postgresql":
        if parsed.host and "@" in parsed.host:
            raise DatabaseError(
                f"Database URL {hide_password(str(url)) if isinstance(url, str) else shown!r}: "
                "the user name or password holds '@' (or another reserved character); "
                "write '@' as %40, ':' as %3A and '/' as %2F"
            )
        if parsed.port is not None and not 0 < parsed.port < 65536:
            raise DatabaseError(f"Database URL {shown!r}: port {parsed.port} is not between "
                                "1 and 65535")
    return parsed


def sqlite_path(url: URL) -> Path | None:
    """The file behind a SQLite URL, or None for PostgreSQL and in-memory databases."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database).expanduser()


@dataclass(frozen=True)
class SqliteFile:
    """What a SQLite file holds, learnt without writing a byte to it."""

    path: Path
    tables: frozenset[str]
    revision: str | None
    writable: bool

    @property
    def empty(self) -> bool:
        return not self.tables

    @property
    def press_desk(self) -> bool:
        return {"alembic_version", "contacts"} <= self.tables and self.revision is not None


def on_read_only_medium(path: Path) -> bool:
    """True when the file or its folder cannot be written (read-only mount, CD, permissions)."""
    try:
        if os.statvfs(path).f_flag & os.ST_RDONLY:
            return True
    except OSError:
        pass
    return not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


def _read_only_uri(path: Path, *, immutable: bool) -> str:
    flags = "mode=ro&immutable=1" if immutable else "mode=ro"
    return f"file:{quote(str(path.resolve()))}?{flags}"


def inspect_sqlite_file(path: Path) -> SqliteFile:
    """Read a file's table names and revision through a read-only connection."""
    if not path.exists() or (path.is_file() and path.stat().st_size == 0):
        return SqliteFile(path, frozenset(), None, True)
    if path.is_dir():
        raise DatabaseError(f"Database {str(path)!r} is a folder, not a database file")
    writable = not on_read_only_medium(path)
    try:
        connection = sqlite3.connect(_read_only_uri(path, immutable=not writable), uri=True)
    except sqlite3.Error as error:
        raise DatabaseError(f"Database {str(path)!r} cannot be opened: {error}") from None
    try:
        tables = frozenset(row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"))
        revision = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = str(row[0]) if row else None
    except sqlite3.DatabaseError as error:
        raise DatabaseError(
            f"{str(path)!r} is not a Press Desk database (SQLite says: {error}); "
            "it was left untouched") from None
    finally:
        connection.close()
    return SqliteFile(path, tables, revision, writable)


def _sqlite_pragmas(dbapi_connection: Any, _record: object) -> None:
    dbapi_connection.isolation_level = None  # BEGIN is ours: see _sqlite_begin
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute("PRAGMA busy_timeout = 60000")  # BUSY_TIMEOUT_MS
    # A 64 MiB page cache: at 100k contacts the default 2 MiB makes searches evict each other.
    cursor.execute("PRAGMA cache_size = -65536")
    cursor.close()


def _sqlite_read_only_pragmas(dbapi_connection: Any, _record: object) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA query_only = ON")
    cursor.close()


def _sqlite_begin(connection: Connection) -> None:
    if connection.get_execution_options().get("pressdesk_write"):
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        connection.exec_driver_sql("BEGIN")


def make_engine(url: str | URL, *, read_only: bool = False) -> Engine:
    """Create the engine: WAL and foreign keys on SQLite, pre-ping and psycopg 3 on PostgreSQL.

    ``read_only`` (SQLite): open the file read-only and immutable, for read-only media.
    """
    parsed = normalise_url(url)
    path = sqlite_path(parsed)
    try:
        if path is not None:
            if path.is_dir():
                raise DatabaseError(f"Database {str(path)!r} is a folder, not a database file")
            if read_only:
                uri = _read_only_uri(path, immutable=True)
                engine = create_engine(parsed, creator=lambda: sqlite3.connect(
                    uri, uri=True, check_same_thread=False))
                event.listen(engine, "connect", _sqlite_read_only_pragmas)
            else:
                engine = create_engine(parsed)
                event.listen(engine, "connect", _sqlite_pragmas)
            event.listen(engine, "begin", _sqlite_begin)
            return engine
        return create_engine(parsed, pool_pre_ping=True, connect_args={"connect_timeout": 10})
    except (ImportError, ArgumentError) as error:
        raise DatabaseError(f"Database URL {describe(parsed)!r}: its driver cannot be loaded "
                            f"({error}); use postgresql+psycopg://…") from None


def describe(url: str | URL) -> str:
    """A URL fit to show a person: the password hidden."""
    return normalise_url(url).render_as_string(hide_password=True)
