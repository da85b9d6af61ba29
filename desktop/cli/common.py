"""What every command shares: opening the database, reading ids, the --json flag."""

from __future__ import annotations

import argparse

from desktop import paths
from desktop.services.database import Database, open_database


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print one JSON document on stdout")


def open_db(args: argparse.Namespace, *, upgrade: bool = True) -> Database:
    """Open the command's database; ``main`` closes it when the command ends."""
    db = open_database(paths.database_url(args.db), upgrade=upgrade)
    args.opened_databases = [*getattr(args, "opened_databases", []), db]
    return db


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} must be 1 or more")
    return value
