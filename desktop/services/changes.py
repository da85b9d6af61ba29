"""Has anyone changed the directory since I last looked? Answered for almost nothing.

Open windows ask this about once a second (live refresh), so the answer must cost no query
plan and no table read:

- SQLite: ``PRAGMA data_version`` on a connection of our own. SQLite bumps it whenever another
  connection (this process's or another's) commits to the file; reading it touches no page.
- PostgreSQL: LISTEN/NOTIFY. Every change passes through ``audit.record_change``, which sends
  ``NOTIFY pressdesk_changes`` in the change's own transaction (delivered only if it commits).
  A dedicated autocommit connection LISTENs, and ``changed()`` drains what arrived without
  waiting (no round trip to the server at all when nothing came).

A lost server connection is not an error the user must handle: ``changed()`` answers False and
tries to listen again at a later call.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy.engine import URL

from desktop.db.engine import sqlite_path
from desktop.services.audit import CHANGES_CHANNEL as CHANNEL
from desktop.services.database import Database

if TYPE_CHECKING:
    import psycopg

log = logging.getLogger(__name__)


class ChangeCheck(Protocol):
    def changed(self) -> bool:
        """True when someone committed a change since the last call."""

    def close(self) -> None: ...


class _SqliteCheck:
    """``PRAGMA data_version`` on a read-only connection kept open for this purpose."""

    def __init__(self, path: str) -> None:
        self._path = path
        self._connection: sqlite3.Connection | None = None
        self._version: int | None = None

    def _read(self) -> int | None:
        try:
            if self._connection is None:
                uri = f"{Path(self._path).resolve().as_uri()}?mode=ro"
                self._connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
            row = self._connection.execute("PRAGMA data_version").fetchone()
            return int(row[0])
        except sqlite3.Error as error:
            log.info("change check on %s paused: %s", self._path, error)
            self.close()
            return None

    def changed(self) -> bool:
        version = self._read()
        if version is None:
            return False
        before, self._version = self._version, version
        return before is not None and version != before

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None


class _PostgresCheck:
    """LISTEN on a connection of its own; ``changed()`` drains pending notifications."""

    def __init__(self, url: URL) -> None:
        self._url = url
        self._connection: psycopg.Connection[Any] | None = None

    def _listen(self) -> psycopg.Connection[Any] | None:
        import psycopg  # only a team server needs it: SQLite start-up does not load it
        import psycopg.sql

        if self._connection is None or self._connection.closed:
            url = self._url
            try:
                # sslmode and other libpq options in the URL pass through.
                options: dict[str, Any] = {k: v for k, v in url.query.items()
                                           if isinstance(v, str)}
                options.setdefault("connect_timeout", 5)
                conninfo = psycopg.conninfo.make_conninfo(
                    "", host=url.host, port=url.port, dbname=url.database, user=url.username,
                    password=url.password, **options)
                self._connection = psycopg.connect(conninfo, autocommit=True)
                self._connection.execute(
                    psycopg.sql.SQL("LISTEN {}").format(psycopg.sql.Identifier(CHANNEL)))
            except psycopg.Error as error:  # the server is away: try again next time
                log.info("live refresh paused: %s", type(error).__name__)
                self._connection = None
        return self._connection

    def changed(self) -> bool:
        import psycopg

        connection = self._listen()
        if connection is None:
            return False
        try:
            return any(True for _ in connection.notifies(timeout=0))
        except psycopg.Error as error:
            log.info("live refresh paused: %s", type(error).__name__)
            self.close()
            return False

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None


def change_check(db: Database) -> ChangeCheck | None:
    """The cheap check for this database; None for an in-memory SQLite database."""
    check: ChangeCheck
    if db.backend == "postgresql":
        check = _PostgresCheck(db.engine.url)
    else:
        path = sqlite_path(db.engine.url)
        if path is None:
            return None
        check = _SqliteCheck(str(path))
    check.changed()  # from now on: SQLite's version baseline, PostgreSQL listening
    return check
