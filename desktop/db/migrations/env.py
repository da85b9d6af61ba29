"""Alembic environment: always run from Press Desk with an Engine handed over in attributes."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine

from desktop.db import models  # registers the tables on the metadata
from desktop.db.base import Base

config = context.config
engine: Engine = config.attributes["engine"]

with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_object=models.include_in_schema_comparison,
    )
    with context.begin_transaction():
        context.run_migrations()
