"""The media desk at scale: 100,000 inquiries from 20,000 journalists.

    python -m benchmarks.inquiries [--inquiries 100000] [--journalists 20000] [--postgres-url URL]

Times, through the services, the desk's first page (open first, soonest deadline), the overdue
list and its count, journalist autocomplete and assignee suggestions, each beside a floor
measured in the same run: a raw SQL select of the same rows (or, for suggestions, the raw
release-index match the routing starts from). Medians of repeated runs, in milliseconds.

The directory under the inquiries (contacts, offices, releases) comes from
``benchmarks/generate.py``; the SQLite file is cached under benchmarks/.cache/.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import bindparam, func, select, text
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.generate import LATIN_FAMILY_END, LATIN_FAMILY_START, LATIN_GIVEN, TOPICS, generate
from desktop.db.base import UtcDateTime
from desktop.db.models import Contact, Inquiry, Journalist, JournalistEmail, Outlet
from desktop.domain.text import fold
from desktop.search import journalists as journalist_index
from desktop.search import query
from desktop.services.database import Database, open_database
from desktop.services.inquiries import (
    InquiryFilter,
    count_overdue,
    desk_rank,
    list_inquiries,
    suggest_assignees,
)
from desktop.services.journalists import search_journalists

CACHE = Path(__file__).resolve().parent / ".cache"
SEED = 8
VERSION = 1
CONTACTS, RELEASES = 5000, 1000
NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
"""The benchmark's "now": inquiries span the year before it, some still open and overdue."""
PAGE = 50
CHANNELS = ("phone", "email", "in_person", "social_media", "other")
OUTLET_WORDS = ("Times", "Post", "Herald", "Radio", "TV", "Wire", "Daily", "News", "Journal")


def _fill(db: Database, inquiries: int, journalists: int) -> dict[str, float]:
    """A directory, then journalists and inquiries with Core executemany (no ORM)."""
    rng = random.Random(SEED)
    timings = generate(db, CONTACTS, RELEASES, SEED)
    started = time.perf_counter()
    with db.transaction() as session:
        contact_ids = list(session.scalars(select(Contact.id)))
        offices = {r[0]: r[1] for r in session.execute(select(Contact.id, Contact.office_id))}
        outlets = [{"id": n + 1, "name": f"{rng.choice(LATIN_FAMILY_START)}ia "
                    f"{rng.choice(OUTLET_WORDS)} {n}", "kind": rng.choice(
                        ("wire", "print", "broadcast", "online")), "country": None,
                    "created_at": NOW} for n in range(journalists // 20)]
        for outlet in outlets:
            outlet["name_key"] = fold(str(outlet["name"]))
        session.execute(Outlet.__table__.insert(), outlets)
        people = []
        emails = []
        for n in range(journalists):
            name = (f"{rng.choice(LATIN_GIVEN)} {rng.choice(LATIN_FAMILY_START)}"
                    f"{rng.choice(LATIN_FAMILY_END)}")
            people.append({"id": n + 1, "full_name": name, "name_key": fold(name),
                           "outlet_id": rng.randrange(len(outlets)) + 1, "beat": None,
                           "country": None, "languages": [], "notes": None, "version": 1,
                           "created_at": NOW, "updated_at": NOW})
            emails.append({"journalist_id": n + 1, "position": 0,
                           "address": f"reporter{n}@news{n % 997}.example",
                           "kind": "work", "as_written": f"reporter{n}@news{n % 997}.example",
                           "valid": True, "problem": None})
        session.execute(Journalist.__table__.insert(), people)
        session.execute(JournalistEmail.__table__.insert(), emails)
        topics = [t for words in TOPICS.values() for t in words]
        rows = []
        for _ in range(inquiries):
            received = NOW - timedelta(minutes=rng.randrange(365 * 24 * 60))
            deadline = received + timedelta(hours=rng.choice((2, 4, 8, 24, 48)))
            if received > NOW - timedelta(days=3):
                status = rng.choice(("new", "assigned"))
            else:
                status = rng.choices(("answered", "closed", "declined", "new", "assigned"),
                                     (60, 30, 5, 3, 2))[0]
            assignee = rng.choice(contact_ids) if status != "new" else None
            answered = (received + timedelta(hours=rng.uniform(0.5, 30))
                        if status in ("answered", "closed") else None)
            topic = rng.choice(topics)
            rows.append({
                "journalist_id": rng.randrange(journalists) + 1,
                "channel": rng.choice(CHANNELS), "topic": topic, "topic_key": fold(topic),
                "question": None, "language": None, "received_at": received,
                "deadline": deadline, "deadline_zone": None, "status": status,
                "desk_rank": desk_rank(status, deadline), "assignee_id": assignee,
                "office_id": offices.get(assignee) if assignee else None,
                "response": None, "answered_at": answered, "notes": None, "version": 1,
                "created_at": received, "updated_at": received})
        for start in range(0, len(rows), 10_000):
            session.execute(Inquiry.__table__.insert(), rows[start:start + 10_000])
        timings["inquiries_insert_s"] = time.perf_counter() - started
        journalist_index.rebuild(session)
        timings["journalists_index_s"] = time.perf_counter() - started - \
            timings["inquiries_insert_s"]
    with db.engine.begin() as connection:
        connection.exec_driver_sql("ANALYZE")
    return timings


def _sqlite_db(inquiries: int, journalists: int) -> Database:
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"desk-v{VERSION}-s{SEED}-{inquiries}i-{journalists}j.sqlite3"
    ready = path.with_suffix(".ready")
    if not ready.exists():
        for stale in CACHE.glob(path.name + "*"):
            stale.unlink()
        db = open_database(f"sqlite:///{path}")
        print(f"generating {path.name} ...", file=sys.stderr)
        print(_fill(db, inquiries, journalists), file=sys.stderr)
        db.dispose()
        ready.touch()
    return open_database(f"sqlite:///{path}")


def _postgres_db(url: str, inquiries: int, journalists: int) -> Database:
    parsed = make_url(url)
    name = f"pressdesk_desk_v{VERSION}_{inquiries}i_{journalists}j"
    admin = (f"host={parsed.host or '127.0.0.1'} port={parsed.port or 5432} "
             f"user={parsed.username} password={parsed.password} dbname=postgres")
    target = parsed.set(drivername="postgresql+psycopg", database=name) \
        .render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
    if exists:
        db = open_database(target)
        with db.reading() as session:
            if (session.scalar(select(func.count(Inquiry.id))) or 0) >= inquiries:
                return db
        db.dispose()
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    db = open_database(target)
    print(f"generating PostgreSQL {name} ...", file=sys.stderr)
    print(_fill(db, inquiries, journalists), file=sys.stderr)
    return db


def _median_ms(action: Callable[[], object], repeat: int) -> float:
    action()  # warm caches and statement compilation
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        runs.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(runs), 2)


_PAGE_SQL = text(
    "SELECT i.id, i.status, i.topic, i.received_at, i.deadline, j.full_name, o.name, "
    "c.full_name FROM inquiries i JOIN journalists j ON j.id = i.journalist_id "
    "LEFT JOIN outlets o ON o.id = j.outlet_id LEFT JOIN contacts c ON c.id = i.assignee_id "
    "ORDER BY i.desk_rank, i.deadline, i.id LIMIT :n")
_OVERDUE_SQL = text(
    "SELECT i.id, i.status, i.topic, i.received_at, i.deadline, j.full_name, o.name, "
    "c.full_name FROM inquiries i JOIN journalists j ON j.id = i.journalist_id "
    "LEFT JOIN outlets o ON o.id = j.outlet_id LEFT JOIN contacts c ON c.id = i.assignee_id "
    "WHERE i.desk_rank = 0 AND i.deadline < :now ORDER BY i.desk_rank, i.deadline, i.id "
    "LIMIT :n").bindparams(bindparam("now", type_=UtcDateTime()))
_COUNT_SQL = text("SELECT count(*) FROM inquiries WHERE desk_rank = 0 AND deadline < :now") \
    .bindparams(bindparam("now", type_=UtcDateTime()))
"""Times bound as the services bind them (SQLite compares the stored text)."""


def _release_floor(db: Database, topic: str) -> Callable[[], object]:
    """The raw release-index match (and its people) that routing starts from."""
    terms = query.parse(topic)
    if db.backend == "postgresql":
        statement = text("SELECT rc.contact_id FROM search_releases sr JOIN release_contacts rc "
                         "ON rc.release_id = sr.release_id "
                         "WHERE sr.document @@ CAST(:q AS tsquery) LIMIT 100")
        expression = query.tsquery_expression(terms)
    else:
        statement = text("SELECT rc.contact_id FROM search_releases sr JOIN release_contacts rc "
                         "ON rc.release_id = sr.rowid WHERE search_releases MATCH :q LIMIT 100")
        expression = query.fts5_expression(terms)

    def run() -> object:
        with db.reading() as session:
            return session.execute(statement, {"q": expression}).all()
    return run


def measure(db: Database, repeat: int) -> dict[str, Any]:
    def raw(statement: Any, **params: Any) -> Callable[[], object]:
        def run() -> object:
            with db.reading() as session:
                return session.execute(statement, params).all()
        return run

    overdue_filter = InquiryFilter(overdue_at=NOW)
    figures: dict[str, Any] = {
        "desk_first_page_ms": _median_ms(lambda: list_inquiries(db, limit=PAGE), repeat),
        "desk_first_page_floor_ms": _median_ms(raw(_PAGE_SQL, n=PAGE), repeat),
        "overdue_page_ms": _median_ms(
            lambda: list_inquiries(db, overdue_filter, limit=PAGE), repeat),
        "overdue_page_floor_ms": _median_ms(raw(_OVERDUE_SQL, now=NOW, n=PAGE), repeat),
        "overdue_count_ms": _median_ms(lambda: count_overdue(db, NOW), repeat),
        "overdue_count_floor_ms": _median_ms(raw(_COUNT_SQL, now=NOW), repeat),
        "overdue_now": count_overdue(db, NOW),
        "journalist_search_ms": _median_ms(lambda: search_journalists(db, "rodr", limit=20),
                                           repeat),
    }
    for topic in ("Almaty Process", "flood response", "vaccination campaign"):
        key = topic.split()[0].lower()
        figures[f"suggest_{key}_ms"] = _median_ms(lambda t=topic: suggest_assignees(db, t),
                                                  max(3, repeat // 4))
        figures[f"suggest_{key}_floor_ms"] = _median_ms(_release_floor(db, topic), repeat)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--inquiries", type=int, default=100_000)
    parser.add_argument("--journalists", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--postgres-url", default=os.environ.get("PRESSDESK_TEST_POSTGRES_URL"))
    parser.add_argument("--skip-postgres", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    results: dict[str, Any] = {}
    db = _sqlite_db(args.inquiries, args.journalists)
    results["sqlite"] = measure(db, args.repeat)
    db.dispose()
    if args.postgres_url and not args.skip_postgres:
        db = _postgres_db(args.postgres_url, args.inquiries, args.journalists)
        results["postgresql"] = measure(db, args.repeat)
        db.dispose()
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        for engine, figures in results.items():
            print(engine)
            for key, value in figures.items():
                print(f"  {key:<32} {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
