"""Settings' "Test connection": what is wrong with a team server, in plain words.

Each failure a new team meets has its own answer: the host cannot be reached, the password is
refused, the database does not exist, the server lacks an extension Press Desk needs, the role
may not create the tables, or the schema was made by a newer Press Desk. Nothing is written.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from desktop.db import revision
from desktop.db.engine import describe, make_engine, normalise_url
from desktop.domain.errors import DatabaseError
from desktop.domain.refusals import english

EXTENSIONS = ("unaccent", "pg_trgm")


@dataclass(frozen=True)
class Verdict:
    """``problem`` is None when Press Desk can use the database; else a short key and words.

    ``code`` and ``params`` say the same as ``message`` as a value the app translates
    (``connection.*`` in desktop.domain.refusals); ``message`` is the English."""

    problem: str | None
    message: str
    read_only: bool = False
    code: str | None = None
    params: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.problem is None


def _verdict(problem: str | None, code: str, read_only: bool = False,
             **params: str) -> Verdict:
    return Verdict(problem, english(code, params), read_only, code, params)


def _failed_to_connect(error: DBAPIError, url: URL) -> Verdict:
    state = getattr(error.orig, "sqlstate", None)
    where = f"{url.host or 'localhost'}:{url.port or 5432}"
    reason = str(error.orig or error)
    if url.password:
        reason = reason.replace(url.password, "***")
    # At connection time psycopg has no SQLSTATE: the server's words are all there is.
    if state in ("28P01", "28000") or "password authentication failed" in reason \
            or "no password supplied" in reason:
        return _verdict("password", "connection.password", where=where,
                        user=repr(url.username))
    if state == "3D000" or (f'database "{url.database}" does not exist' in reason):
        return _verdict("no_database", "connection.no_database", where=where,
                        database=repr(url.database))
    return _verdict("unreachable", "connection.unreachable", where=where,
                    reason=reason.strip().splitlines()[0] if reason.strip() else "no answer")


def check_connection(url: str) -> Verdict:
    """Connect, look, and say whether Press Desk can use this database (and how)."""
    try:
        parsed = normalise_url(url)
    except DatabaseError as error:
        return Verdict("url", str(error))
    if parsed.get_backend_name() != "postgresql":
        return _verdict("url", "connection.not_postgres", server=describe(parsed))
    engine = make_engine(parsed)
    try:
        with engine.connect() as connection:
            stored = revision.stored_revision(engine)
            if stored is not None and stored != revision.HEAD:
                from desktop.db import migrate

                try:
                    migrate.refuse_unknown(stored)
                except DatabaseError:
                    return _verdict("newer", "connection.newer",
                                    database=repr(parsed.database), schema=str(stored))
            available: set[str] = set(connection.scalars(text(
                "SELECT name FROM pg_available_extensions "
                "WHERE name IN ('unaccent', 'pg_trgm')")))
            missing = [name for name in EXTENSIONS if name not in available]
            if missing:
                return _verdict("extension", "connection.extension", missing=", ".join(missing))
            if stored is None:
                may_create = connection.execute(text(
                    "SELECT has_schema_privilege(current_schema(), 'CREATE') "
                    "AND has_database_privilege(current_database(), 'CREATE')")).scalar()
                if not may_create:
                    return _verdict("schema", "connection.schema", user=repr(parsed.username),
                                    database=repr(parsed.database))
                return _verdict(None, "connection.empty", database=repr(parsed.database))
            writes = connection.execute(
                text("SELECT has_table_privilege('contacts', 'INSERT')")).scalar()
            if not writes:
                return _verdict(None, "connection.read_only", read_only=True,
                                database=repr(parsed.database))
            return _verdict(None, "connection.ok", database=repr(parsed.database))
    except DBAPIError as error:
        return _failed_to_connect(error, parsed)
    finally:
        engine.dispose()
