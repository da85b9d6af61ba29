"""The open database: one Engine, short Sessions, the actor recorded in the audit trail."""

from __future__ import annotations

import getpass
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, func, select, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from desktop.db import revision
from desktop.db.engine import (
    WRITE,
    describe,
    inspect_sqlite_file,
    make_engine,
    normalise_url,
    sqlite_path,
)
from desktop.domain.errors import DatabaseError

IMPORT_LOCK = 0x5052_4553  # "PRES": imports on one PostgreSQL database run one at a time
STALE_MARKER = "search_stale"
"""A table a migration leaves when the search index must be rebuilt (migration 0003)."""


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name in some containers
        return "unknown"


@dataclass
class Database:
    """A database Press Desk can use; services take one of these, never a Session."""

    engine: Engine
    actor: str
    read_only: bool = False
    """A SQLite file on a read-only medium, or a server role that may only read: every write
    is refused with ``read_only_reason``; listing, search and export work."""
    read_only_reason: str = ""

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def backend(self) -> str:
        """"sqlite" or "postgresql"."""
        return self.engine.url.get_backend_name()

    @property
    def display_url(self) -> str:
        return describe(self.engine.url)

    def _refuse_if_read_only(self) -> None:
        if self.read_only:
            raise DatabaseError(f"{self.display_url}: {self.read_only_reason}")

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back if it raises.

        On SQLite it starts as a write (``BEGIN IMMEDIATE``): it waits for another process's
        write rather than failing half-way with "database is locked".
        """
        self._refuse_if_read_only()
        with self._sessions.begin() as session:
            session.connection(execution_options=WRITE)
            yield session

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """A session for a long write the caller commits or rolls back itself (imports).

        Imports run one at a time on either engine (SQLite's write lock, a PostgreSQL
        advisory lock), so two imports of one release cannot both find it new.
        """
        self._refuse_if_read_only()
        with self._sessions() as session:
            connection = session.connection(execution_options=WRITE)
            if self.backend == "postgresql":
                connection.execute(select(func.pg_advisory_xact_lock(IMPORT_LOCK)))
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def _stale_index(connection: Connection) -> bool:
    if connection.dialect.name == "sqlite":
        query = text("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = :n")
    else:
        query = text("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() "
                     "AND tablename = :n")
    return bool(connection.execute(query, {"n": STALE_MARKER}).scalar())


def rebuild_stale_index(engine: Engine) -> bool:
    """Rebuild the search index when a migration marked it stale; True if it did.

    Runs after the upgrade is committed, with today's search code over today's schema, and
    drops the marker in the same transaction: a crash half-way leaves the marker for next time.
    """
    with engine.connect() as connection:
        if not _stale_index(connection):
            return False
    from desktop.search import index

    with Session(engine) as session, session.begin():
        session.connection(execution_options=WRITE)
        if not _stale_index(session.connection()):  # another process did it meanwhile
            return False
        index.rebuild_all(session)
        session.execute(text("DROP TABLE search_stale"))
    return True


MEDIUM_READ_ONLY = ("the file is on a read-only medium and was opened read-only: it can be "
                    "listed and searched, not changed. Copy it to a writable folder to change it.")
ROLE_READ_ONLY = ("the server role {role!r} may only read this directory: it can be listed, "
                  "searched and exported, not changed. Ask the administrator for editor rights "
                  "(pressdesk db grant ROLE --editor).")


def _role_may_write(engine: Engine) -> bool:
    with engine.connect() as connection:
        return bool(connection.execute(
            text("SELECT has_table_privilege('contacts', 'INSERT')")).scalar())


def _vet_sqlite_file(path: Path) -> bool:
    """Refuse another application's file untouched; True when it must be opened read-only."""
    info = inspect_sqlite_file(path)
    if info.empty:
        return False
    if not info.press_desk:
        names = ", ".join(sorted(info.tables)[:5]) + (", …" if len(info.tables) > 5 else "")
        raise DatabaseError(
            f"{str(path)!r} is not a Press Desk database: it holds other tables ({names}). "
            "Press Desk creates its database only in a new or empty file, and left this one "
            "untouched; choose another file.")
    if info.revision != revision.HEAD:
        from desktop.db import migrate

        migrate.refuse_unknown(info.revision)  # before anything is written, WAL included
        if not info.writable:
            raise DatabaseError(
                f"{str(path)!r} is on a read-only medium and at schema revision "
                f"{info.revision}, older than this Press Desk's {revision.HEAD}: copy it to a "
                "writable folder so it can be upgraded.")
    return not info.writable


def _without_password(message: str, url: URL) -> str:
    return message.replace(url.password, "***") if url.password else message


def open_database(url: str, *, upgrade: bool = True) -> Database:
    """Open (and by default migrate) the database at ``url``; raise DatabaseError if unusable.

    A SQLite file is looked at read-only first: another application's file is refused
    untouched, and a file on a read-only medium is opened read-only (``Database.read_only``).
    """
    parsed = normalise_url(url)
    path = sqlite_path(parsed)
    read_only = _vet_sqlite_file(path) if path is not None else False
    engine = make_engine(parsed, read_only=read_only)
    actor = _os_user()
    if parsed.get_backend_name() == "postgresql" and parsed.username:
        actor = f"{actor} (role {parsed.username})"
    try:
        current = revision.stored_revision(engine) == revision.HEAD
        if not current:
            from desktop.db import migrate  # Alembic: only when the schema is not current

            if upgrade:
                migrate.upgrade(engine)
                current = True
            else:
                migrate.check_not_newer(engine)
        if current and not read_only and parsed.get_backend_name() == "postgresql":
            read_only = not _role_may_write(engine)
        if current and not read_only:
            rebuild_stale_index(engine)
    except DBAPIError as error:  # unreachable server, wrong password, not a database file
        engine.dispose()
        raise DatabaseError(_without_password(
            f"Cannot open the database {describe(parsed)}: {error.orig or error}", parsed)
        ) from None
    except DatabaseError:
        engine.dispose()
        raise
    reason = ""
    if read_only:
        reason = (ROLE_READ_ONLY.format(role=parsed.username or "this role")
                  if path is None else MEDIUM_READ_ONLY)
    return Database(engine, actor, read_only, reason)


def server_url(host: str, port: int, name: str, user: str | None, password: str | None) -> str:
    """The URL of a team's PostgreSQL database, as Settings describes it."""
    return URL.create("postgresql+psycopg", username=user or None, password=password or None,
                      host=host, port=port, database=name).render_as_string(hide_password=False)
