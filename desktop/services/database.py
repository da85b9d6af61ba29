"""The open database: one Engine, short Sessions, the actor recorded in the audit trail."""

from __future__ import annotations

import getpass
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from desktop.db import revision
from desktop.db.engine import describe, make_engine, normalise_url
from desktop.domain.errors import DatabaseError


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

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def backend(self) -> str:
        """"sqlite" or "postgresql"."""
        return self.engine.url.get_backend_name()

    @property
    def display_url(self) -> str:
        return describe(self.engine.url)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back if it raises."""
        with self._sessions.begin() as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(url: str, *, upgrade: bool = True) -> Database:
    """Open (and by default migrate) the database at ``url``; raise DatabaseError if unusable."""
    parsed = normalise_url(url)
    engine = make_engine(parsed)
    actor = _os_user()
    if parsed.get_backend_name() == "postgresql" and parsed.username:
        actor = f"{actor} (role {parsed.username})"
    try:
        if revision.stored_revision(engine) != revision.HEAD:
            from desktop.db import migrate  # Alembic: only when the schema is not current

            if upgrade:
                migrate.upgrade(engine)
            else:
                migrate.check_not_newer(engine)
    except DBAPIError as error:  # unreachable server, wrong password, not a database file
        engine.dispose()
        raise DatabaseError(
            f"Cannot open the database {describe(parsed)}: {error.orig or error}"
        ) from error
    except DatabaseError:
        engine.dispose()
        raise
    return Database(engine, actor)


def server_url(host: str, port: int, name: str, user: str | None, password: str | None) -> str:
    """The URL of a team's PostgreSQL database, as Settings describes it."""
    return URL.create("postgresql+psycopg", username=user or None, password=password or None,
                      host=host, port=port, database=name).render_as_string(hide_password=False)
