"""The SQLite index: FTS5 tables for contact documents and release text.

``search_contacts`` holds one row per contact (rowid = contact id), one column per document
field, so a column filter restricts a query to names; ``search_releases`` holds release titles
and bodies (rowid = release id) and is joined to contacts through ``release_contacts`` at query
time, so a release's text is stored once however many people it names.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import bindparam, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from desktop.search.documents import FIELDS, ContactDocument
from desktop.search.query import Term, fts5_expression

_TOKENIZE = "tokenize='unicode61 remove_diacritics 2', prefix='1 2 3 4'"

DDL = (
    f"CREATE VIRTUAL TABLE search_contacts USING fts5({', '.join(FIELDS)}, "
    f"archived UNINDEXED, {_TOKENIZE})",
    f"CREATE VIRTUAL TABLE search_releases USING fts5(title, body, {_TOKENIZE})",
    "CREATE TABLE search_terms (id INTEGER PRIMARY KEY, term TEXT NOT NULL UNIQUE)",
)
DROP = (
    "DROP TABLE IF EXISTS search_terms",
    "DROP TABLE IF EXISTS search_releases",
    "DROP TABLE IF EXISTS search_contacts",
)

_COLUMNS = ", ".join(FIELDS)
_INSERT_CONTACT = text(
    f"INSERT INTO search_contacts (rowid, {_COLUMNS}, archived) "
    f"VALUES (:contact_id, {', '.join(':' + f for f in FIELDS)}, :archived)"
)
_INSERT_TERM = text("INSERT INTO search_terms (term) VALUES (:term) ON CONFLICT (term) DO NOTHING")


def create(connection: Connection) -> None:
    for statement in DDL:
        connection.exec_driver_sql(statement)


def drop(connection: Connection) -> None:
    for statement in DROP:
        connection.exec_driver_sql(statement)


def write_contacts(session: Session, documents: Sequence[ContactDocument],
                   gone: Iterable[int]) -> None:
    """Replace these contacts' rows (delete then insert: FTS5 has no upsert)."""
    ids = [d.contact_id for d in documents] + list(gone)
    if ids:
        session.execute(text("DELETE FROM search_contacts WHERE rowid IN :ids")
                        .bindparams(bindparam("ids", expanding=True)), {"ids": ids})
    if documents:
        session.execute(_INSERT_CONTACT, [_row(d) for d in documents])
        terms = {term for d in documents for term in d.name_terms()}
        if terms:
            session.execute(_INSERT_TERM, [{"term": t} for t in sorted(terms)])


def _row(document: ContactDocument) -> dict[str, Any]:
    row: dict[str, Any] = {f: document.field(f) for f in FIELDS}
    row["contact_id"] = document.contact_id
    row["archived"] = int(document.archived)
    return row


def write_releases(session: Session, release_ids: Sequence[int]) -> None:
    forget_releases(session, release_ids)
    session.execute(
        text("INSERT INTO search_releases (rowid, title, body) "
             "SELECT id, title, body FROM releases WHERE id IN :ids")
        .bindparams(bindparam("ids", expanding=True)), {"ids": list(release_ids)})


def forget_releases(session: Session, release_ids: Sequence[int]) -> None:
    session.execute(text("DELETE FROM search_releases WHERE rowid IN :ids")
                    .bindparams(bindparam("ids", expanding=True)), {"ids": list(release_ids)})


def clear(session: Session) -> None:
    session.execute(text("DELETE FROM search_contacts"))
    session.execute(text("DELETE FROM search_releases"))
    session.execute(text("DELETE FROM search_terms"))


def index_all_releases(session: Session) -> None:
    session.execute(text("INSERT INTO search_releases (rowid, title, body) "
                         "SELECT id, title, body FROM releases"))


def optimize(session: Session) -> None:
    """Merge the index segments a bulk load leaves behind: fewer segments, faster queries."""
    session.execute(text("INSERT INTO search_contacts (search_contacts) VALUES ('optimize')"))
    session.execute(text("INSERT INTO search_releases (search_releases) VALUES ('optimize')"))


def contact_expression(terms: tuple[Term, ...], *, names_only: bool, prefix: bool,
                       alternatives: dict[str, tuple[str, ...]] | None = None) -> str:
    return fts5_expression(terms, prefix=prefix, alternatives=alternatives,
                           columns=("name",) if names_only else ())


def release_expression(terms: tuple[Term, ...], *, in_title: bool) -> str:
    return fts5_expression(terms, columns=("title",) if in_title else ())


def _rows(session: Session, sql: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
    """Run a lookup straight on the driver, in the session's transaction.

    The statement text is a constant and the user's text a bound parameter; sqlite3 keeps the
    prepared statement in its cache. SQLAlchemy's text() path costs more than the lookup itself
    here (result metadata, row objects), and as-you-type search runs a few per keystroke.
    """
    connection = session.connection().connection.driver_connection
    assert connection is not None
    try:
        rows: list[tuple[Any, ...]] = connection.execute(sql, params).fetchall()
    except sqlite3.Error as error:  # as SQLAlchemy would raise it: callers tell faults apart
        raise DBAPIError.instance(sql, params, error, sqlite3.Error) from error
    return rows


def _statements(sql: str) -> dict[bool, str]:
    """The statement without and with archived contacts, built once."""
    return {False: sql.format(archived=" AND sc.archived = 0"), True: sql.format(archived="")}


_FIND = _statements(f"SELECT rowid, archived, {_COLUMNS} FROM search_contacts AS sc "
                    "WHERE search_contacts MATCH :q{archived} LIMIT :n")


def find_contacts(session: Session, expression: str, *, include_archived: bool, limit: int,
                  names_only: bool = False) -> list[tuple[int, bool, dict[str, str]]]:
    """Contacts whose document matches, unranked (index order), at most ``limit``.

    (``names_only`` is already in the expression as a column filter.)
    """
    fields = FIELDS
    return [(row[0], bool(row[1]), dict(zip(fields, row[2:], strict=True)))
            for row in _rows(session, _FIND[include_archived], {"q": expression, "n": limit})]


_FIND_RELEASES = _statements(
    "SELECT rc.contact_id, sc.archived, sc.name, r.id, r.title "
    "FROM (SELECT rowid AS id FROM search_releases WHERE search_releases MATCH :q "
    "      ORDER BY rowid DESC LIMIT :n) AS hit "
    "JOIN release_contacts rc ON rc.release_id = hit.id "
    "JOIN releases r ON r.id = hit.id "
    "JOIN search_contacts sc ON sc.rowid = rc.contact_id{archived} "
    "ORDER BY hit.id DESC")


def find_release_contacts(session: Session, expression: str, *, include_archived: bool,
                          releases: int, in_title: bool = False,
                          ) -> list[tuple[int, bool, str, int, str]]:
    """People named in the newest ``releases`` releases whose text matches.

    (``in_title`` is already in the expression as a column filter.)
    """
    return [(row[0], bool(row[1]), row[2], row[3], row[4])
            for row in _rows(session, _FIND_RELEASES[include_archived],
                             {"q": expression, "n": releases})]


# The contact side is bounded first (an unranked index lookup), then each of those people's
# release links is checked against the release index by rowid: FTS5 seeks, it does not scan.
_FIND_MIXED = _statements(
    "SELECT rc.contact_id, sc.archived, sc.name, r.id, r.title "
    "FROM (SELECT rowid AS id, archived, name FROM search_contacts AS sc "
    "      WHERE search_contacts MATCH :c{archived} LIMIT :m) AS sc "
    "JOIN release_contacts rc ON rc.contact_id = sc.id "
    "JOIN search_releases sr ON sr.rowid = rc.release_id "
    "JOIN releases r ON r.id = rc.release_id "
    "WHERE search_releases MATCH :r ORDER BY r.id DESC LIMIT :n")


def find_mixed(session: Session, contact_expression: str, release_expression: str, *,
               include_archived: bool, contacts: int, limit: int,
               ) -> list[tuple[int, bool, str, int, str]]:
    """People matching ``contact_expression`` named in a release matching the other one."""
    return [(row[0], bool(row[1]), row[2], row[3], row[4])
            for row in _rows(session, _FIND_MIXED[include_archived],
                             {"c": contact_expression, "r": release_expression,
                              "m": contacts, "n": limit})]
