"""Search: the index each engine keeps (SQLite FTS5, PostgreSQL tsvector + pg_trgm) and queries."""
