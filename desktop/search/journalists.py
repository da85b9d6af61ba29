"""Journalists in the search index: the contacts' words and query syntax, a kind of its own.

``search_journalists`` (migration 0005) sits beside ``search_contacts``: an FTS5 table on
SQLite, tsvectors on PostgreSQL. Documents are folded and split in Python exactly as contact
documents are (``documents.phone_words``, ``words.name_words``), so "shafiev", "Шафиев", a
run of a number's digits or an address's local part find a journalist as they find a contact.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from sqlalchemy import bindparam, select, text
from sqlalchemy.orm import Session

from desktop.db.models import Journalist, JournalistEmail, JournalistPhone, Outlet
from desktop.search import query
from desktop.search.documents import country_words, phone_words
from desktop.search.words import name_words, unique, words

KIND = "journalist"
"""The index kind ``search_journalists`` holds (contacts are kind "contact")."""


def _document(name: str, outlet: str | None, beat: str | None, country: str | None,
              phones: Sequence[tuple[str | None, str]],
              emails: Sequence[tuple[str | None, str]]) -> tuple[str, str]:
    """(name words, all words) of one journalist."""
    names = name_words(name)
    rest = words(outlet) + words(beat) + (list(country_words(country)) if country else [])
    for e164, written in phones:
        rest += phone_words(e164, written)
    for address, written in emails:
        value = address or written
        rest += [*words(value), "".join(words(value.split("@", 1)[0]))]
    return " ".join(names), " ".join(unique(names + rest))


def _load(session: Session, ids: Sequence[int]) -> dict[int, tuple[str, str]]:
    phones: dict[int, list[tuple[str | None, str]]] = defaultdict(list)
    emails: dict[int, list[tuple[str | None, str]]] = defaultdict(list)
    for jid, e164, written in session.execute(
            select(JournalistPhone.journalist_id, JournalistPhone.e164, JournalistPhone.as_written)
            .where(JournalistPhone.journalist_id.in_(ids))):
        phones[jid].append((e164, written))
    for jid, address, written in session.execute(
            select(JournalistEmail.journalist_id, JournalistEmail.address,
                   JournalistEmail.as_written).where(JournalistEmail.journalist_id.in_(ids))):
        emails[jid].append((address, written))
    rows = session.execute(
        select(Journalist.id, Journalist.full_name, Outlet.name, Journalist.beat,
               Journalist.country)
        .outerjoin(Outlet, Outlet.id == Journalist.outlet_id).where(Journalist.id.in_(ids)))
    return {jid: _document(name, outlet, beat, country, phones[jid], emails[jid])
            for jid, name, outlet, beat, country in rows}


def _postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _lexemes(text_: str) -> list[str]:
    return list(dict.fromkeys(w for w in text_.split() if len(w.encode()) < 2000))


CHUNK = 2000


def refresh(session: Session, journalist_ids: Iterable[int]) -> None:
    """Re-index these journalists, in the caller's transaction (so the index never lags)."""
    ids = sorted(set(journalist_ids))
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        found = _load(session, chunk)
        if _postgres(session):
            session.execute(text("DELETE FROM search_journalists "
                                 "WHERE journalist_id = ANY(:ids)"), {"ids": chunk})
            if found:
                session.execute(text(
                    "INSERT INTO search_journalists (journalist_id, name_vec, all_vec) VALUES "
                    "(:id, array_to_tsvector(CAST(:names AS text[])), "
                    "array_to_tsvector(CAST(:all AS text[])))"),
                    [{"id": jid, "names": _lexemes(n), "all": _lexemes(a)}
                     for jid, (n, a) in found.items()])
        else:
            session.execute(text("DELETE FROM search_journalists WHERE rowid IN :ids")
                            .bindparams(bindparam("ids", expanding=True)), {"ids": chunk})
            if found:
                session.execute(text("INSERT INTO search_journalists (rowid, name, words) "
                                     "VALUES (:id, :names, :all)"),
                                [{"id": jid, "names": n, "all": a}
                                 for jid, (n, a) in found.items()])


def rebuild(session: Session) -> None:
    """Index every journalist again (after a restore or a bulk load)."""
    session.execute(text("DELETE FROM search_journalists"))
    refresh(session, session.scalars(select(Journalist.id)))


_FIND_POSTGRES = {
    True: text("SELECT journalist_id FROM search_journalists "
               "WHERE name_vec @@ CAST(:q AS tsquery) LIMIT :n"),
    False: text("SELECT journalist_id FROM search_journalists "
                "WHERE all_vec @@ CAST(:q AS tsquery) LIMIT :n"),
}


def find(session: Session, typed: str, *, limit: int) -> list[int]:
    """Journalist ids whose words start with every typed word; names matching first."""
    terms = query.parse(typed)
    if not terms or limit < 1:
        return []
    found: list[int] = []
    for names_only in (True, False):
        if _postgres(session):
            rows = session.execute(_FIND_POSTGRES[names_only],
                                   {"q": query.tsquery_expression(terms), "n": limit})
        else:
            expression = query.fts5_expression(terms, columns=("name",) if names_only else ())
            rows = session.execute(
                text("SELECT rowid FROM search_journalists WHERE search_journalists MATCH :q "
                     "ORDER BY rank LIMIT :n"), {"q": expression, "n": limit})
        found += [row[0] for row in rows if row[0] not in found]
        if len(found) >= limit:
            break
    return found[:limit]
