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

The window's own saves are not news to it: PostgreSQL notifications carry the writer's token
(``audit.writer_token``) and are skipped when they are ours; on SQLite, when the version moved,
the audit ids committed since are compared with the ones this process committed
(``audit.take_own_entries``): only someone else's entry (or an unaudited change) counts.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy.engine import URL, Engine

from desktop.db.engine import sqlite_path
from desktop.services.audit import CHANGES_CHANNEL as CHANNEL
from desktop.services.audit import take_own_entries, watch_own_entries, writer_token
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

    def __init__(self, path: str, engine: Engine | None = None) -> None:
        self._path = path
        self._engine = engine
        self._connection: sqlite3.Connection | None = None
        self._version: int | None = None
        self._last_entry: int | None = None
        self._own: set[int] = set()

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

    def _new_entries(self) -> list[int] | None:
        """Audit ids committed since the last look (None: the table cannot be read)."""
        if self._connection is None:
            return None
        try:
            rows = self._connection.execute(
                "SELECT id FROM audit_entries WHERE id > ? ORDER BY id",
                (self._last_entry or 0,)).fetchall()
        except sqlite3.Error:
            return None
        return [int(row[0]) for row in rows]

    def changed(self) -> bool:
        version = self._read()
        if version is None:
            return False
        before, self._version = self._version, version
        if self._engine is None:
            return before is not None and version != before
        if before is None or version == before:
            if self._last_entry is None:  # the baseline: what is on record now is not news
                entries = self._new_entries()
                self._last_entry = max(entries, default=0) if entries is not None else None
            return False
        self._own |= take_own_entries(self._engine)
        entries = self._new_entries()
        if not entries:
            return True  # an unaudited change, or no audit table: refresh to be safe
        self._last_entry = entries[-1]
        foreign = any(entry not in self._own for entry in entries)
        self._own = {entry for entry in self._own if entry > self._last_entry}
        return foreign

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None


class _PostgresCheck:
    """LISTEN on a connection of its own; ``changed()`` drains pending notifications."""

    def __init__(self, url: URL, token: str | None = None) -> None:
        self._url = url
        self._token = token
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
            payloads = [n.payload for n in connection.notifies(timeout=0)]
        except psycopg.Error as error:
            log.info("live refresh paused: %s", type(error).__name__)
            self.close()
            return False
        # Drained whole (a list, not any()): the next call must not see these again.
        return any(self._token is None or payload.rpartition(" ")[2] != self._token
                   for payload in payloads)

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None


def change_check(db: Database) -> ChangeCheck | None:
    """The cheap check for this database; None for an in-memory SQLite database."""
    check: ChangeCheck
    if db.backend == "postgresql":
        check = _PostgresCheck(db.engine.url, writer_token(db.engine))
    else:
        path = sqlite_path(db.engine.url)
        if path is None:
            return None
        watch_own_entries(db.engine)
        check = _SqliteCheck(str(path), db.engine)
    check.changed()  # from now on: SQLite's version baseline, PostgreSQL listening
    return check
