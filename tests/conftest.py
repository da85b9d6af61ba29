"""Fixtures: every test gets a fresh migrated database, on SQLite and on PostgreSQL.

A migrated template is built once per engine per session; each test then gets its own copy
(a file copy for SQLite, ``CREATE DATABASE … TEMPLATE`` for PostgreSQL), so tests stay
independent and fast. PostgreSQL comes from ``PRESSDESK_TEST_POSTGRES_URL`` (scripts/test
starts the server and sets it). Without it the PostgreSQL half is skipped, unless
``PRESSDESK_REQUIRE_POSTGRES=1`` (set by scripts/test and CI), where a missing server fails.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from desktop.db import migrate
from desktop.db.engine import make_engine
from desktop.services.database import Database, open_database

POSTGRES_URL_ENV = "PRESSDESK_TEST_POSTGRES_URL"
REQUIRE_POSTGRES_ENV = "PRESSDESK_REQUIRE_POSTGRES"
TEMPLATE_NAME = f"pressdesk_template_{os.getpid()}"


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test touches the real user folders or the environment's database."""
    home = tmp_path / "home"
    monkeypatch.setenv("PRESSDESK_HOME", str(home))
    monkeypatch.delenv("PRESSDESK_DATABASE_URL", raising=False)
    return home


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine)
    engine.dispose()
    return path


def _admin_conninfo(url: str) -> str:
    parsed = make_url(url)
    return (f"host={parsed.host or '127.0.0.1'} port={parsed.port or 5432} "
            f"user={parsed.username} password={parsed.password} dbname=postgres")


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    url = os.environ.get(POSTGRES_URL_ENV)
    if not url:
        if os.environ.get(REQUIRE_POSTGRES_ENV) == "1":
            pytest.fail(f"{POSTGRES_URL_ENV} is not set but PostgreSQL tests are required")
        pytest.skip(f"no PostgreSQL server ({POSTGRES_URL_ENV} not set)")
    try:
        with psycopg.connect(_admin_conninfo(url), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{TEMPLATE_NAME}"')
            conn.execute(f'CREATE DATABASE "{TEMPLATE_NAME}"')
    except psycopg.OperationalError as error:
        if os.environ.get(REQUIRE_POSTGRES_ENV) == "1":
            pytest.fail(f"PostgreSQL at {url} is required but unreachable: {error}")
        pytest.skip(f"PostgreSQL unreachable: {error}")
    template_url = make_url(url).set(drivername="postgresql+psycopg", database=TEMPLATE_NAME)
    engine = make_engine(template_url)
    migrate.upgrade(engine)
    engine.dispose()
    yield url
    with psycopg.connect(_admin_conninfo(url), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{TEMPLATE_NAME}" WITH (FORCE)')


@pytest.fixture
def fresh_postgres_url(postgres_server: str) -> Iterator[str]:
    name = f"pressdesk_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(_admin_conninfo(postgres_server), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{TEMPLATE_NAME}"')
    yield make_url(postgres_server).set(drivername="postgresql+psycopg", database=name) \
        .render_as_string(hide_password=False)
    with psycopg.connect(_admin_conninfo(postgres_server), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def fresh_sqlite_url(sqlite_template: Path, tmp_path: Path) -> str:
    path = tmp_path / "pressdesk.sqlite3"
    shutil.copyfile(sqlite_template, path)
    return f"sqlite:///{path}"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)])
def db_url(request: pytest.FixtureRequest) -> str:
    """The URL of a fresh, migrated, empty database on each engine."""
    if request.param == "sqlite":
        return str(request.getfixturevalue("fresh_sqlite_url"))
    return str(request.getfixturevalue("fresh_postgres_url"))


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def empty_postgres_url(postgres_server: str) -> Iterator[str]:
    name = f"pressdesk_empty_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(_admin_conninfo(postgres_server), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield make_url(postgres_server).set(drivername="postgresql+psycopg", database=name) \
        .render_as_string(hide_password=False)
    with psycopg.connect(_admin_conninfo(postgres_server), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)])
def empty_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A database with no schema at all, on each engine: for migration tests."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'empty.sqlite3'}"
    return str(request.getfixturevalue("empty_postgres_url"))


_skipped_postgres: list[str] = []


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.skipped and "postgresql" in report.nodeid:
        _skipped_postgres.append(report.nodeid)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Where PostgreSQL is required (CI), a skipped PostgreSQL test fails the run."""
    if os.environ.get(REQUIRE_POSTGRES_ENV) == "1" and _skipped_postgres:
        print(f"\n{len(_skipped_postgres)} PostgreSQL test(s) were skipped but PostgreSQL is "
              "required:\n  " + "\n  ".join(_skipped_postgres[:20]))
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
