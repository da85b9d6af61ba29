"""As-you-type search latency through the service, beside the raw FTS query (the floor).

    python benchmarks/search.py --contacts 100000 --releases 50000 [--json] [--postgres-url URL]

The generated SQLite directory is cached under benchmarks/.cache/ (keyed by sizes and seed);
on PostgreSQL (URL from --postgres-url or PRESSDESK_TEST_POSTGRES_URL) a database named after
the sizes is created once and reused. Figures are milliseconds; nothing here is a test.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

import psycopg
from sqlalchemy import text
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.generate import generate
from desktop.domain.countries import country_name
from desktop.search import postgres, query, sqlite
from desktop.services.database import Database, open_database
from desktop.services.search import search_contacts

CACHE = Path(__file__).resolve().parent / ".cache"
SEED = 4
GENERATOR_VERSION = 1


def _sqlite_db(contacts: int, releases: int) -> Database:
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"directory-v{GENERATOR_VERSION}-s{SEED}-{contacts}c-{releases}r.sqlite3"
    ready = path.with_suffix(".ready")
    if not ready.exists():
        for stale in CACHE.glob(path.name + "*"):
            stale.unlink()
        db = open_database(f"sqlite:///{path}")
        print(f"generating {path.name} ...", file=sys.stderr)
        print(generate(db, contacts, releases, SEED), file=sys.stderr)
        db.dispose()
        ready.touch()
    return open_database(f"sqlite:///{path}")


def _postgres_db(url: str, contacts: int, releases: int) -> Database:
    parsed = make_url(url)
    name = f"pressdesk_bench_v{GENERATOR_VERSION}_{contacts}c_{releases}r"
    admin = (f"host={parsed.host or '127.0.0.1'} port={parsed.port or 5432} "
             f"user={parsed.username} password={parsed.password} dbname=postgres")
    target = parsed.set(drivername="postgresql+psycopg", database=name) \
        .render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
    if exists:
        db = open_database(target)
        with db.engine.connect() as connection:
            done = connection.scalar(text("SELECT count(*) FROM search_contacts")) or 0
        if done >= contacts * 0.9:
            return db
        db.dispose()
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    db = open_database(target)
    print(f"generating PostgreSQL {name} ...", file=sys.stderr)
    print(generate(db, contacts, releases, SEED), file=sys.stderr)
    return db


def _queries(db: Database, rng: random.Random) -> tuple[list[str], list[str]]:
    """As-you-type queries drawn from the data, and fuzzy misses (misspelt surnames)."""
    with db.engine.connect() as connection:
        names = [r[0] for r in connection.execute(text(
            "SELECT full_name FROM contacts ORDER BY id LIMIT 5000"))]
        phones = [r[0] for r in connection.execute(text(
            "SELECT e164 FROM phones WHERE e164 IS NOT NULL ORDER BY id LIMIT 2000"))]
    latin = [n for n in names if n.isascii() or n.split()[-1][0].isalpha()]
    typed: list[str] = []
    for _ in range(10):
        family = rng.choice(latin).split()[-1]
        typed += [family[:k] for k in range(1, 7)]
        given, family = rng.choice(latin).split()[:2] if " " in rng.choice(latin) else ("a", "b")
        typed.append(f"{given} {family[:3]}")
        number = rng.choice(phones)
        start = rng.randint(2, max(2, len(number) - 6))
        typed.append(" ".join([number[start:start + 3], number[start + 3:start + 6]]))
        code = rng.choice(("TJ", "SN", "CO", "KZ", "FR", "BR", "EG", "PH", "UA", "ML"))
        typed.append(country_name(code, rng.choice(("en", "fr", "es"))))
    fuzzy: list[str] = []
    for _ in range(20):
        family = rng.choice([n for n in latin if n.isascii() and len(n.split()[-1]) >= 6])
        word = family.split()[-1].lower()
        i = rng.randint(1, len(word) - 2)
        fuzzy.append(word[:i] + "y" + word[i:])  # "shafiev" -> "shafiyev"
    return typed, fuzzy


def _time(call: Callable[[], object], repeat: int) -> list[float]:
    call()  # warm caches
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def _p(samples: list[float], pct: float) -> float:
    ordered = sorted(samples)
    return round(ordered[min(len(ordered) - 1, int(len(ordered) * pct))], 3)


def _floor(db: Database, typed: str) -> Callable[[], object]:
    """The raw candidate query the service starts from: one FTS/tsvector lookup, nothing else."""
    terms = query.parse(typed)
    if db.backend == "sqlite":
        sql = text("SELECT rowid FROM search_contacts WHERE search_contacts MATCH :q LIMIT 200")
        expression = sqlite.contact_expression(terms, names_only=False, prefix=True)
    else:
        sql = text("SELECT contact_id FROM search_contacts WHERE all_vec @@ CAST(:q AS tsquery) "
                   "LIMIT 200")
        expression = postgres.contact_expression(terms, names_only=False, prefix=True)

    def run() -> object:
        with db.engine.connect() as connection:
            return connection.execute(sql, {"q": expression}).all()
    return run


def measure(db: Database, repeat: int) -> dict[str, float]:
    typed, fuzzy = _queries(db, random.Random(SEED))
    service: list[float] = []
    floor: list[float] = []
    misses: list[float] = []
    for q in typed:
        service += _time(lambda q=q: search_contacts(db, q), repeat)
        floor += _time(_floor(db, q), repeat)
    for q in fuzzy:
        misses += _time(lambda q=q: search_contacts(db, q), repeat)
    figures = {"p50_ms": _p(service, 0.5), "p95_ms": _p(service, 0.95),
               "fuzzy_p95_ms": _p(misses, 0.95), "floor_p50_ms": _p(floor, 0.5),
               "floor_p95_ms": _p(floor, 0.95)}
    # Each figure beside its floor: how many raw FTS lookups one service search costs.
    figures["ratio_p50"] = round(figures["p50_ms"] / figures["floor_p50_ms"], 1)
    figures["ratio_p95"] = round(figures["p95_ms"] / figures["floor_p95_ms"], 1)
    figures["queries"] = len(typed) + len(fuzzy)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description="search latency at a given directory size")
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--releases", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--postgres-url", default=os.environ.get("PRESSDESK_TEST_POSTGRES_URL"))
    parser.add_argument("--skip-postgres", action="store_true")
    args = parser.parse_args()
    results: dict[str, dict[str, float]] = {}
    db = _sqlite_db(args.contacts, args.releases)
    results["sqlite"] = measure(db, args.repeat)
    db.dispose()
    if args.postgres_url and not args.skip_postgres:
        db = _postgres_db(args.postgres_url, args.contacts, args.releases)
        results["postgresql"] = measure(db, args.repeat)
        db.dispose()
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        for engine, figures in results.items():
            print(f"{engine:<11} p50 {figures['p50_ms']} ms (floor {figures['floor_p50_ms']}, "
                  f"x{figures['ratio_p50']})  p95 {figures['p95_ms']} ms (floor "
                  f"{figures['floor_p95_ms']}, x{figures['ratio_p95']})  fuzzy p95 "
                  f"{figures['fuzzy_p95_ms']} ms  ({figures['queries']} queries)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
