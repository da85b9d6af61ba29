"""``pressdesk db …``: upgrade, check, back up and restore the database."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.common import add_json_flag, open_db
from desktop.cli.output import print_json
from desktop.db import migrate
from desktop.services import maintenance
from desktop.services.database import rebuild_stale_index


def register(commands: Any) -> None:
    parser = commands.add_parser("db", help="upgrade, check, back up or restore the database")
    sub = parser.add_subparsers(dest="db_command", required=True, metavar="COMMAND")
    upgrade = sub.add_parser("upgrade", help="bring the schema to the newest revision")
    add_json_flag(upgrade)
    upgrade.set_defaults(handler=run_upgrade)
    check = sub.add_parser("check", help="integrity, foreign keys and schema revision")
    add_json_flag(check)
    check.set_defaults(handler=run_check)
    backup = sub.add_parser("backup", help="copy every row to a new SQLite file")
    backup.add_argument("path", type=Path)
    add_json_flag(backup)
    backup.set_defaults(handler=run_backup)
    restore = sub.add_parser("restore", help="replace every row with a backup's")
    restore.add_argument("path", type=Path)
    add_json_flag(restore)
    restore.set_defaults(handler=run_restore)
    grant = sub.add_parser("grant", help="give a PostgreSQL role read-only or editor rights")
    grant.add_argument("role", metavar="ROLE")
    mode = grant.add_mutually_exclusive_group(required=True)
    mode.add_argument("--read-only", dest="mode", action="store_const", const="read-only",
                      help="search and export only")
    mode.add_argument("--editor", dest="mode", action="store_const", const="editor",
                      help="add, change and import too (not schema upgrades)")
    add_json_flag(grant)
    grant.set_defaults(handler=run_grant)


def run_upgrade(args: argparse.Namespace) -> int:
    db = open_db(args, upgrade=False)
    result = migrate.upgrade(db.engine)
    rebuild_stale_index(db.engine)
    if args.json:
        print_json({"from": result.from_revision, "to": result.to_revision,
                    "backup": str(result.backup) if result.backup else None})
    elif result.from_revision == result.to_revision:
        print(f"{db.display_url} is at the newest revision ({result.to_revision}).")
    else:
        print(f"Upgraded {db.display_url} from {result.from_revision or 'empty'} "
              f"to {result.to_revision}.")
        if result.backup:
            print(f"The database was backed up first to {result.backup}")
    return 0


def run_check(args: argparse.Namespace) -> int:
    db = open_db(args, upgrade=False)
    report = maintenance.check(db)
    if args.json:
        print_json({"ok": report.ok, "backend": report.backend, "revision": report.revision,
                    "head": report.head, "checks": report.checks, "problems": report.problems})
    else:
        print(f"{db.display_url}: revision {report.revision} (newest {report.head})")
        for name in report.checks:
            print(f"  checked: {name}")
        for problem in report.problems:
            print(f"  PROBLEM: {problem}")
        print("OK" if report.ok else f"{len(report.problems)} problem(s) found")
    return 0 if report.ok else 1


def run_backup(args: argparse.Namespace) -> int:
    counts = maintenance.backup(open_db(args), args.path)
    if args.json:
        print_json({"path": str(args.path), "rows": counts})
    else:
        print(f"Backed up {sum(counts.values())} rows to {args.path}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    counts = maintenance.restore(open_db(args), args.path)
    if args.json:
        print_json({"path": str(args.path), "rows": counts})
    else:
        print(f"Restored {sum(counts.values())} rows from {args.path}")
    return 0


def run_grant(args: argparse.Namespace) -> int:
    from desktop.services import roles

    done = roles.grant(open_db(args), args.role, args.mode)
    if args.json:
        print_json({"role": done.role, "mode": done.mode, "schema": done.schema,
                    "database": done.database})
    else:
        print(f"{done.role} now has {done.mode} rights on {done.database} "
              f"(schema {done.schema}), including tables added by later upgrades.")
    return 0
