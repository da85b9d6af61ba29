"""Settings' "Test connection": what is wrong with a team server, in plain words.

Each failure a new team meets has its own answer: the host cannot be reached, the password is
refused, the database does not exist, the server lacks an extension Press Desk needs, the role
may not create the tables, or the schema was made by a newer Press Desk. Nothing is written.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from desktop.db import revision
from desktop.db.engine import describe, make_engine, normalise_url
from desktop.domain.errors import DatabaseError

EXTENSIONS = ("unaccent", "pg_trgm")


@dataclass(frozen=True)
class Verdict:
    """``problem`` is None when Press Desk can use the database; else a short key and words."""

    problem: str | None
    message: str
    read_only: bool = False

    @property
    def ok(self) -> bool:
        return self.problem is None


def _failed_to_connect(error: DBAPIError, url: URL) -> Verdict:
    state = getattr(error.orig, "sqlstate", None)
    where = f"{url.host or 'localhost'}:{url.port or 5432}"
    reason = str(error.orig or error)
    if url.password:
        reason = reason.replace(url.password, "***")
    # At connection time psycopg has no SQLSTATE: the server's words are all there is.
    if state in ("28P01", "28000") or "password authentication failed" in reason \
            or "no password supplied" in reason:
        return Verdict("password", f"The server at {where} refused the user name "
                       f"{url.username!r} or its password: check both in Settings.")
    if state == "3D000" or (f'database "{url.database}" does not exist' in reason):
        return Verdict("no_database", f"There is no database {url.database!r} on {where}: ask "
                       f"its administrator to create it (CREATE DATABASE {url.database}).")
    return Verdict("unreachable", f"The server at {where} cannot be reached: check the host "
                   "name and port, and that the server accepts connections from this computer "
                   f"({reason.strip().splitlines()[0] if reason.strip() else 'no answer'}).")


def check_connection(url: str) -> Verdict:
    """Connect, look, and say whether Press Desk can use this database (and how)."""
    try:
        parsed = normalise_url(url)
    except DatabaseError as error:
        return Verdict("url", str(error))
    if parsed.get_backend_name() != "postgresql":
        return Verdict("url", f"{describe(parsed)} is not a PostgreSQL server")
    engine = make_engine(parsed)
    try:
        with engine.connect() as connection:
            stored = revision.stored_revision(engine)
            if stored is not None and stored != revision.HEAD:
                from desktop.db import migrate

                try:
                    migrate.refuse_unknown(stored)
                except DatabaseError:
                    return Verdict("newer", f"The database {parsed.database!r} was made by a "
                                   f"newer Press Desk (schema {stored}): update Press Desk "
                                   "on this computer.")
            available: set[str] = set(connection.scalars(text(
                "SELECT name FROM pg_available_extensions "
                "WHERE name IN ('unaccent', 'pg_trgm')")))
            missing = [name for name in EXTENSIONS if name not in available]
            if missing:
                return Verdict("extension", "The server lacks the extension(s) "
                               f"{', '.join(missing)} that search needs: its administrator can "
                               "install them (the postgresql-contrib package).")
            if stored is None:
                may_create = connection.execute(text(
                    "SELECT has_schema_privilege(current_schema(), 'CREATE') "
                    "AND has_database_privilege(current_database(), 'CREATE')")).scalar()
                if not may_create:
                    return Verdict("schema", f"The role {parsed.username!r} may not create "
                                   f"Press Desk's tables in {parsed.database!r}: have the "
                                   "database's owner start Press Desk once, or grant it "
                                   "(GRANT CREATE ON SCHEMA public, GRANT CREATE ON DATABASE).")
                return Verdict(None, f"Connected to {parsed.database!r}: it is empty, and Press "
                               "Desk will create its tables on first use.")
            writes = connection.execute(
                text("SELECT has_table_privilege('contacts', 'INSERT')")).scalar()
            if not writes:
                return Verdict(None, f"Connected to {parsed.database!r} with read-only rights: "
                               "search and export work, changes do not.", read_only=True)
            return Verdict(None, f"Connected to {parsed.database!r}.")
    except DBAPIError as error:
        return _failed_to_connect(error, parsed)
    finally:
        engine.dispose()
