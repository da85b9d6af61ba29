"""The schema revision this Press Desk writes, checked without loading Alembic.

Opening a database that is already current is the common case; answering it with one query
keeps Alembic's 0.2 s of imports and script scanning off the path to the first page.
"""

from __future__ import annotations

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

HEAD = "0006"
"""Must equal Alembic's head (a test checks): update it with every new migration."""


def stored_revision(engine: Engine) -> str | None:
    """The revision recorded in the database, or None when it has no schema yet."""
    try:
        with engine.connect() as connection:
            value = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except DBAPIError:
        return None
    return str(value) if value is not None else None
