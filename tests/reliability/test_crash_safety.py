"""SIGKILL at random points in imports, edits, restores and migrations, on both engines.

Each trial clones a prepared database, starts the real command line, kills it at a random
moment of its work (spread over the time the work takes unkilled), then checks what a user
would: the database opens, `db check` passes, and the operation is whole or absent — never
half. ``PRESSDESK_CRASH_TRIALS`` sets the trials per operation and engine (6 by default,
to keep CI modest); ``PRESSDESK_CRASH_SEED`` replays a run.
"""

from __future__ import annotations

import os
import random
import shutil
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
import pytest
from alembic import command
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url

from desktop.db import migrate, revision
from desktop.db.engine import make_engine
from desktop.db.models import AuditEntry, Contact, Release
from desktop.services import maintenance
from desktop.services.contacts import ContactDraft, add_contact, get_contact
from desktop.services.database import Database, open_database
from desktop.services.search import search_contacts
from tests.conftest import _admin_conninfo
from tests.reliability.processes import kill_after, timed

TRIALS = int(os.environ.get("PRESSDESK_CRASH_TRIALS", "6"))
SEED = int(os.environ.get("PRESSDESK_CRASH_SEED", "20261129"))
CORPUS = Path(__file__).resolve().parents[1] / "data" / "releases" / "corpus"
RELEASES = sorted(str(p) for p in CORPUS.glob("*.txt"))[:3]
ENGINES = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)]


@dataclass
class Clones:
    """Fresh copies of one prepared database, on SQLite (file copies) or PostgreSQL
    (``CREATE DATABASE … TEMPLATE``)."""

    engine: str
    folder: Path
    server: str | None
    template: str = ""
    made: list[str] = field(default_factory=list)

    def prepare(self, build: Callable[[str], None]) -> None:
        if self.engine == "sqlite":
            self.template = str(self.folder / "template.sqlite3")
            build(f"sqlite:///{self.template}")
            return
        assert self.server is not None
        self.template = f"pressdesk_crash_{uuid.uuid4().hex[:10]}"
        self._admin(f'CREATE DATABASE "{self.template}"')
        self.made.append(self.template)
        build(self._url(self.template))

    def clone(self) -> str:
        name = f"c{uuid.uuid4().hex[:10]}"
        if self.engine == "sqlite":
            path = self.folder / f"{name}.sqlite3"
            shutil.copyfile(self.template, path)
            return f"sqlite:///{path}"
        self._admin(f'CREATE DATABASE "pressdesk_{name}" TEMPLATE "{self.template}"')
        self.made.append(f"pressdesk_{name}")
        return self._url(f"pressdesk_{name}")

    def drop_all(self) -> None:
        for name in reversed(self.made):
            self._admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def _url(self, name: str) -> str:
        assert self.server is not None
        return make_url(self.server).set(drivername="postgresql+psycopg", database=name) \
            .render_as_string(hide_password=False)

    def _admin(self, statement: str) -> None:
        assert self.server is not None
        with psycopg.connect(_admin_conninfo(self.server), autocommit=True) as connection:
            connection.execute(statement)  # names made here, never user input


@pytest.fixture(params=ENGINES)
def clones(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Clones]:
    server = str(request.getfixturevalue("postgres_server")) \
        if request.param == "postgresql" else None
    made = Clones(request.param, tmp_path, server)
    yield made
    if server:
        made.drop_all()


def _open_and_check(url: str) -> Database:
    """What a user does after the crash: open the database and run `db check`."""
    db = open_database(url)
    report = maintenance.check(db)
    assert report.ok, report.problems
    return db


def _count(db: Database, model: type) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _trials(clones: Clones, tmp_path: Path, args: list[str],
            check: Callable[[Database, bool], None],
            look_first: Callable[[str], None] | None = None) -> tuple[int, int]:
    """Run the trials; give back (killed mid-work, finished before the kill).

    ``look_first`` sees the database after the kill, before the app opens it.
    """
    rng = random.Random(f"{SEED}-{args[0]}-{clones.engine}")
    home = tmp_path / "home"
    work = timed(home, clones.clone(), args)
    killed = finished = 0
    for _ in range(TRIALS):
        url = clones.clone()
        outcome = kill_after(home, url, args, rng.uniform(0, work * 1.1))
        assert "Traceback" not in outcome.err, outcome.err
        finished += outcome.finished
        killed += not outcome.finished
        if look_first:
            look_first(url)
        db = _open_and_check(url)
        try:
            check(db, outcome.finished)
        finally:
            db.dispose()
    print(f"\ncrash trials {args[0]} {args[1]} on {clones.engine}: {TRIALS} "
          f"({killed} killed mid-work, {finished} finished first; work {work:.2f} s)")
    return killed, finished


def test_a_killed_import_is_whole_or_absent(clones: Clones, tmp_path: Path) -> None:
    clones.prepare(lambda url: open_database(url).dispose())
    reference = clones.clone()
    complete = kill_after(tmp_path / "home", reference, ["releases", "import", *RELEASES], 600)
    assert complete.code == 0, complete.err
    db = open_database(reference)
    whole = (_count(db, Release), _count(db, Contact))
    db.dispose()
    assert whole[0] == len(RELEASES)

    def check(db: Database, finished: bool) -> None:
        state = (_count(db, Release), _count(db, Contact))
        assert state in {(0, 0), whole}, state
        if finished:
            assert state == whole

    _trials(clones, tmp_path, ["releases", "import", *RELEASES], check)


def test_a_killed_edit_is_whole_or_absent(clones: Clones, tmp_path: Path) -> None:
    def build(url: str) -> None:
        db = open_database(url)
        add_contact(db, ContactDraft(name="Hiwot Bekele", title="Officer",
                                     phones=("+251 11 661 1117",)))
        for n in range(30):
            add_contact(db, ContactDraft(name=f"Person {n}"))
        db.dispose()

    clones.prepare(build)

    def state(db: Database) -> tuple[int, str | None, int, int]:
        contact = get_contact(db, 1)
        with db.reading() as session:
            audits = session.scalar(select(func.count()).select_from(AuditEntry)
                                    .where(AuditEntry.entity == "contact",
                                           AuditEntry.entity_id == 1)) or 0
        return contact.version, contact.title, len(contact.phones), int(audits)

    old = (1, "Officer", 1, 1)
    new = (2, "Head of communication", 2, 2)

    def check(db: Database, finished: bool) -> None:
        assert state(db) in {old, new}, state(db)
        if finished:
            assert state(db) == new

    _trials(clones, tmp_path, ["contacts", "update", "1", "--title", "Head of communication",
                               "--add-phone", "+33 1 45 68 10 00"], check)


def test_a_killed_restore_is_whole_or_absent(clones: Clones, tmp_path: Path) -> None:
    source = open_database(f"sqlite:///{tmp_path / 'source.sqlite3'}")
    for n in range(200):
        add_contact(source, ContactDraft(name=f"Restored {n}"))
    backup = tmp_path / "backup.sqlite3"
    maintenance.backup(source, backup)
    source.dispose()

    def build(url: str) -> None:
        db = open_database(url)
        for n in range(5):
            add_contact(db, ContactDraft(name=f"Current {n}"))
        db.dispose()

    clones.prepare(build)

    def check(db: Database, finished: bool) -> None:
        with db.reading() as session:
            names = set(session.scalars(select(Contact.full_name)))
            restores = session.scalar(select(func.count()).select_from(AuditEntry)
                                      .where(AuditEntry.action == "restore")) or 0
        current = {f"Current {n}" for n in range(5)}
        restored = {f"Restored {n}" for n in range(200)}
        assert names in (current, restored), sorted(names)[:5]
        assert (restores == 1) == (names == restored)
        if finished:
            assert names == restored
        if names == restored:  # and the search index came with the rows
            assert [h.contact.name for h in search_contacts(db, "Restored 7")][:1] == \
                ["Restored 7"]

    _trials(clones, tmp_path, ["db", "restore", str(backup)], check)


def test_a_killed_migration_is_whole_or_absent(clones: Clones, tmp_path: Path) -> None:
    def build(url: str) -> None:
        engine = make_engine(url)
        command.upgrade(migrate.alembic_config(engine), "0001")
        with engine.begin() as connection:
            connection.execute(text(
                "INSERT INTO contacts (full_name, name_key, languages, tags, archived, version, "
                "created_at, updated_at) VALUES (:n, :k, '[]', '[]', false, 1, "
                "'2025-01-01 00:00:00', '2025-01-01 00:00:00')"),
                [{"n": f"Person {n}", "k": f"person {n}"} for n in range(300)])
        engine.dispose()

    clones.prepare(build)

    def check(db: Database, finished: bool) -> None:
        assert _count(db, Contact) == 300
        assert [h.contact.name for h in search_contacts(db, "Person 7")][:1] == ["Person 7"]

    seen: set[str | None] = set()

    def note_revision(url: str) -> None:
        engine = make_engine(url)
        try:
            seen.add(revision.stored_revision(engine))
        finally:
            engine.dispose()

    _trials(clones, tmp_path, ["db", "upgrade"], check, look_first=note_revision)
    assert seen <= {"0001", migrate.head_revision()}, seen  # whole or absent, never between
