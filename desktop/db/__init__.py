"""Storage: SQLAlchemy models, the engine, and Alembic migrations. Knows the domain, not Qt."""
