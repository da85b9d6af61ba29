"""Use cases. Each call owns its transaction and returns plain records, never ORM objects."""
