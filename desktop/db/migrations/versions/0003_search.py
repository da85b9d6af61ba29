"""The search index: FTS5 on SQLite, tsvector + unaccent + pg_trgm on PostgreSQL, backfilled.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

from collections.abc import Sequence
from types import ModuleType

from alembic import op
from sqlalchemy.orm import Session

from desktop.search import index, postgres, sqlite

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _engine_module() -> ModuleType:
    return sqlite if op.get_bind().dialect.name == "sqlite" else postgres


def upgrade() -> None:
    connection = op.get_bind()
    _engine_module().create(connection)
    with Session(bind=connection) as session:  # joins the migration's transaction
        index.rebuild_all(session)
        session.flush()


def downgrade() -> None:
    _engine_module().drop(op.get_bind())
