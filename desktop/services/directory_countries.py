"""The countries a directory's people and offices are in: the export dialog lists them first,
so an officer picks "Niger" without scrolling from "Afghanistan" past every other country."""

from __future__ import annotations

from sqlalchemy import select, union

from desktop.db.models import Contact, Office
from desktop.services.database import Database


def countries_in_use(db: Database) -> frozenset[str]:
    """The ISO codes of the countries contacts (archived ones too) and offices are in."""
    query = union(select(Contact.country).where(Contact.country.is_not(None)),
                  select(Office.country).where(Office.country.is_not(None)))
    with db.reading() as session:
        return frozenset(code.upper() for code in session.scalars(query) if code)
