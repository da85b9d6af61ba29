"""Plain data and the rules of the domain: no database, no Qt."""
