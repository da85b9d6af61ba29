"""A database made by any past Press Desk opens in this one, its rows kept and searchable.

The list of revisions is read from the migrations, so a new migration is covered the day it
lands. Rows are written the way the 0001-era app wrote them, then the database is brought to
each revision by that revision's own migrations, then opened by today's app.
"""

from __future__ import annotations

import re

import pytest
from alembic import command
from sqlalchemy import text

from desktop.db import migrate
from desktop.db.engine import make_engine
from desktop.services import maintenance
from desktop.services.database import STALE_MARKER, open_database
from desktop.services.search import search_contacts

REVISIONS = [script.revision for script in reversed(list(migrate._scripts().walk_revisions()))]


def _old_database(url: str, revision: str) -> None:
    engine = make_engine(url)
    config = migrate.alembic_config(engine)
    command.upgrade(config, "0001")
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO contacts (full_name, name_key, languages, tags, archived, version, "
            "created_at, updated_at) VALUES ('Old Timer', 'old timer', '[]', '[]', false, 1, "
            "'2025-01-01 00:00:00', '2025-01-01 00:00:00')"))
    command.upgrade(config, revision)
    engine.dispose()


@pytest.mark.parametrize("revision", REVISIONS)
def test_a_database_from_every_revision_opens_searchable(empty_db_url: str,
                                                          revision: str) -> None:
    _old_database(empty_db_url, revision)
    db = open_database(empty_db_url)
    try:
        assert migrate.is_current(db.engine)
        hits = search_contacts(db, "timer")
        assert [hit.contact.name for hit in hits] == ["Old Timer"]
        report = maintenance.check(db)
        assert report.ok, report.problems
        with db.engine.connect() as connection:  # the index was rebuilt: no marker left
            if db.backend == "sqlite":
                left = connection.execute(text(
                    "SELECT count(*) FROM sqlite_master WHERE name = :n"), {"n": STALE_MARKER})
            else:
                left = connection.execute(text("SELECT to_regclass(:n) IS NOT NULL"),
                                          {"n": STALE_MARKER})
            assert not left.scalar()
    finally:
        db.dispose()


def test_old_migrations_do_not_import_todays_search_code() -> None:
    """A migration that calls today's code silently changes meaning as that code changes."""
    for path in sorted(migrate.MIGRATIONS_DIR.glob("versions/*.py")):
        imports = re.findall(r"^\s*(?:from|import)\s+(desktop\.[\w.]+)",
                             path.read_text(encoding="utf-8"), re.MULTILINE)
        for module in imports:
            assert not module.startswith(("desktop.search", "desktop.services",
                                          "desktop.db.models")), f"{path.name} imports {module}"
