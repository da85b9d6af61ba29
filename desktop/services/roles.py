"""Team roles on a PostgreSQL server: who may only read the directory, who may change it.

``pressdesk db grant ROLE --read-only|--editor`` gives an existing login role the privileges
of one kind of user on the Press Desk tables, now and for tables later migrations add (default
privileges of the role running the grant, which should be the schema's owner). Schema changes
(``db upgrade``) stay with the owner.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from psycopg import sql
from sqlalchemy import text

from desktop.domain.errors import DatabaseError, InputError, Problem
from desktop.services.database import Database

Mode = Literal["read-only", "editor"]


@dataclass(frozen=True)
class Grant:
    role: str
    mode: Mode
    schema: str
    database: str


_COMMON = (
    "GRANT CONNECT ON DATABASE {database} TO {role}",
    "GRANT USAGE ON SCHEMA {schema} TO {role}",
)
_READ_ONLY = (
    "REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA {schema} FROM {role}",
    "ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} REVOKE INSERT, UPDATE, DELETE, TRUNCATE "
    "ON TABLES FROM {role}",
    "GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {role}",
    "GRANT SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {role}",
    "ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT SELECT ON TABLES TO {role}",
    "ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT SELECT ON SEQUENCES TO {role}",
)
_EDITOR = (
    "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema} TO {role}",
    "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {role}",
    "ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT SELECT, INSERT, UPDATE, DELETE "
    "ON TABLES TO {role}",
    "ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT USAGE, SELECT ON SEQUENCES TO {role}",
)


def _statements(mode: Mode) -> list[sql.SQL]:
    """Templates only: names go in as quoted identifiers (``psycopg.sql``), never as text."""
    return [sql.SQL(t) for t in (*_COMMON, *(_READ_ONLY if mode == "read-only" else _EDITOR))]


def grant(db: Database, role: str, mode: Mode) -> Grant:
    """Give ``role`` (an existing PostgreSQL role) read-only or editor rights, in one go."""
    if db.backend != "postgresql":
        raise InputError(Problem("Role", role, "roles exist only on a PostgreSQL server; a "
                                 "SQLite file is shared by file permissions"))
    with db.engine.begin() as connection:
        exists = connection.execute(text("SELECT count(*) FROM pg_roles WHERE rolname = :r"),
                                    {"r": role}).scalar()
        if not exists:
            raise InputError(Problem("Role", role, "does not exist on the server: create it "
                                     "first (CREATE ROLE name LOGIN PASSWORD '…')"))
        schema, database = connection.execute(
            text("SELECT current_schema(), current_database()")).one()
        cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
        names = {"role": sql.Identifier(role), "schema": sql.Identifier(schema),
                 "database": sql.Identifier(database)}
        try:
            for statement in _statements(mode):
                cursor.execute(statement.format(**names))
        except Exception as error:  # psycopg's own errors: the role running this lacks rights
            raise DatabaseError(f"Cannot grant {mode} rights to {role!r}: {error}") from error
    return Grant(role, mode, str(schema), str(database))
