"""A team on one PostgreSQL server: roles that may only read or may edit, and a connection test
that says what is wrong in plain words. Run against the real server."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import psycopg
import pytest
from psycopg import sql
from sqlalchemy import text
from sqlalchemy.engine import make_url

from desktop.cli import main
from desktop.domain.errors import DatabaseError, InputError
from desktop.services import roles
from desktop.services.connection_check import check_connection
from desktop.services.contacts import ContactDraft, add_contact, list_contacts
from desktop.services.database import open_database
from desktop.services.search import search_contacts
from tests.conftest import _admin_conninfo

pytestmark = pytest.mark.postgresql
PASSWORD = "Team-Pass-42"


def _as(url: str, role: str, password: str = PASSWORD) -> str:
    return make_url(url).set(username=role, password=password).render_as_string(
        hide_password=False)


@pytest.fixture
def role(fresh_postgres_url: str) -> Iterator[str]:
    """A login role with no rights yet; its grants are dropped before the database is."""
    name = f"pd_officer_{uuid.uuid4().hex[:8]}"
    admin = make_url(fresh_postgres_url)
    with psycopg.connect(_admin_conninfo(fresh_postgres_url), autocommit=True) as connection:
        connection.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
            sql.Identifier(name), sql.Literal(PASSWORD)))
        # PostgreSQL 15 does not make the creator a member: needed for DROP OWNED below.
        connection.execute(sql.SQL("GRANT {} TO CURRENT_USER").format(sql.Identifier(name)))
    yield name
    conninfo = _admin_conninfo(fresh_postgres_url).replace("dbname=postgres",
                                                           f"dbname={admin.database}")
    with psycopg.connect(conninfo, autocommit=True) as connection:
        connection.execute(sql.SQL("DROP OWNED BY {}").format(sql.Identifier(name)))
    with psycopg.connect(_admin_conninfo(fresh_postgres_url), autocommit=True) as connection:
        connection.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(name)))


def test_a_read_only_role_searches_but_cannot_change(fresh_postgres_url: str, role: str) -> None:
    owner = open_database(fresh_postgres_url)
    add_contact(owner, ContactDraft(name="Hiwot Bekele", office="IOM Ethiopia"))
    roles.grant(owner, role, "read-only")
    owner.dispose()
    reader = open_database(_as(fresh_postgres_url, role))
    try:
        assert reader.read_only
        assert [c.name for c in list_contacts(reader)] == ["Hiwot Bekele"]
        assert search_contacts(reader, "bekele")[0].contact.name == "Hiwot Bekele"
        with pytest.raises(DatabaseError, match="may only read"):
            add_contact(reader, ContactDraft(name="Not Allowed"))
    finally:
        reader.dispose()
    verdict = check_connection(_as(fresh_postgres_url, role))
    assert verdict.ok and verdict.read_only


def test_an_editor_role_adds_and_imports(fresh_postgres_url: str, role: str,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", fresh_postgres_url, "db", "grant", role, "--editor", "--json"]) == 0
    assert '"mode": "editor"' in capsys.readouterr().out
    editor = _as(fresh_postgres_url, role)
    assert main(["--db", editor, "contacts", "add", "--name", "Ana Souza"]) == 0
    assert main(["--db", editor, "demo"]) == 0
    db = open_database(editor)
    try:
        assert not db.read_only and len(list_contacts(db)) > 1
    finally:
        db.dispose()


def test_a_role_made_read_only_after_editing_loses_its_writes(fresh_postgres_url: str,
                                                              role: str) -> None:
    owner = open_database(fresh_postgres_url)
    roles.grant(owner, role, "editor")
    roles.grant(owner, role, "read-only")
    owner.dispose()
    reader = open_database(_as(fresh_postgres_url, role))
    assert reader.read_only
    reader.dispose()


def test_grant_refuses_an_unknown_role_and_sqlite(fresh_postgres_url: str,
                                                  fresh_sqlite_url: str) -> None:
    db = open_database(fresh_postgres_url)
    with pytest.raises(InputError, match="does not exist"):
        roles.grant(db, "nobody_here_" + uuid.uuid4().hex[:6], "editor")
    db.dispose()
    local = open_database(fresh_sqlite_url)
    with pytest.raises(InputError, match="only on a PostgreSQL server"):
        roles.grant(local, "anyone", "editor")
    local.dispose()


def test_the_connection_test_names_each_problem(fresh_postgres_url: str,
                                                empty_postgres_url: str, role: str) -> None:
    assert check_connection(fresh_postgres_url).ok
    wrong = make_url(fresh_postgres_url).set(password="Not-The-Password")
    verdict = check_connection(wrong.render_as_string(hide_password=False))
    assert verdict.problem == "password" and "Not-The-Password" not in verdict.message
    missing = make_url(fresh_postgres_url).set(database="no_such_directory")
    verdict = check_connection(missing.render_as_string(hide_password=False))
    assert verdict.problem == "no_database" and "no_such_directory" in verdict.message
    closed = make_url(fresh_postgres_url).set(port=1)
    verdict = check_connection(closed.render_as_string(hide_password=False))
    assert verdict.problem == "unreachable" and "127.0.0.1:1" in verdict.message
    # An empty database the role may not build the tables in.
    with psycopg.connect(_admin_conninfo(empty_postgres_url).replace(
            "dbname=postgres", f"dbname={make_url(empty_postgres_url).database}"),
            autocommit=True) as connection:
        connection.execute(sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(
            sql.Identifier(str(make_url(empty_postgres_url).database)), sql.Identifier(role)))
        connection.execute(sql.SQL("REVOKE CREATE ON SCHEMA public FROM PUBLIC"))
    verdict = check_connection(_as(empty_postgres_url, role))
    assert verdict.problem == "schema" and role in verdict.message
    assert check_connection(empty_postgres_url).ok  # its owner may
    # A schema from a newer Press Desk.
    db = open_database(fresh_postgres_url)
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    db.dispose()
    assert check_connection(fresh_postgres_url).problem == "newer"
