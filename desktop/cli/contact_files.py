"""``pressdesk contacts import``: vCard, CSV and XLSX files into the directory, all or nothing."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop.cli.common import add_json_flag, open_db
from desktop.cli.output import contact_json, print_json
from desktop.domain.errors import InputError, Problem
from desktop.domain.text import fold
from desktop.services.contact_columns import FIELDS
from desktop.services.contact_import import (
    ContactImportResult,
    detect_format,
    import_contacts,
    table_head,
)


def register_import(sub: Any) -> None:
    """Add ``import`` to the ``contacts`` command group."""
    parser = sub.add_parser(
        "import", help="import contacts from a vCard (.vcf), CSV or Excel (.xlsx) file")
    parser.add_argument("path", type=Path, metavar="PATH")
    parser.add_argument("--format", choices=("vcf", "csv", "xlsx"),
                        help="the file's format (default: from its extension or content)")
    parser.add_argument("--region", metavar="CC",
                        help="country for numbers written without +code (default: each "
                             "contact's office country)")
    parser.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                        help="CSV or XLSX: read COLUMN as FIELD, one of "
                             f"{', '.join(FIELDS)}; repeat for several columns")
    parser.add_argument("--dry-run", action="store_true",
                        help="report what would be created or updated; write nothing")
    add_json_flag(parser)
    parser.set_defaults(handler=run_import)


def _mapping(pairs: list[str]) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for pair in pairs:
        column, sep, field = pair.rpartition("=")
        if not sep or not column.strip() or not field.strip():
            raise InputError(Problem("--map", pair, 'expected "Column=field"'))
        if field.strip().lower() not in FIELDS:
            raise InputError(Problem("--map", pair, f"the field {field.strip()!r} must be one "
                                                    f"of {', '.join(FIELDS)}"))
        mapping[column.strip()] = field.strip()
    return mapping


def _check_columns(path: Path, format: str | None, mapping: dict[str, str]) -> None:
    """Refuse a ``--map`` column the file does not have, as the person wrote it: ignored, a
    typo would go unnoticed (or the file be refused for a layout the mapping meant to fix)."""
    if not mapping or not path.is_file() or detect_format(path, format) == "vcf":
        return
    headers = table_head(path, 0, mapping).headers
    present = {fold(h.strip().strip('"').lstrip("\ufeff")) for h in headers}
    for column in mapping:
        if fold(column) not in present:
            shown = ", ".join(h.strip().lstrip("\ufeff") for h in headers if h.strip())
            raise InputError(Problem("--map", column, f"the file has no column {column!r} "
                                                      f"(its columns: {shown})"))


def result_json(result: ContactImportResult) -> dict[str, Any]:
    """The shape of DESIGN.md section 5, plus what each card became."""
    contacts = []
    for outcome in result.outcomes:
        if outcome.contact is None:
            continue
        shown = contact_json(outcome.contact)
        if result.dry_run and outcome.action == "create":
            shown["id"] = None  # never written
        shown["action"] = outcome.action
        shown["where"] = outcome.where
        contacts.append(shown)
    return {
        "path": result.path, "format": result.format, "dry_run": result.dry_run,
        "created": result.created, "updated": result.updated, "unchanged": result.unchanged,
        "contacts": contacts,
        "problems": [{"where": p.where, "field": p.field, "value": p.value, "error": p.error}
                     for p in result.problems],
        "unmapped_columns": list(result.unmapped_columns),
    }


def run_import(args: argparse.Namespace) -> int:
    mapping = _mapping(args.map)
    _check_columns(args.path, args.format, mapping)
    result = import_contacts(open_db(args), args.path, format=args.format, region=args.region,
                             dry_run=args.dry_run, mapping=mapping or None)
    if args.json:
        print_json(result_json(result))
        return 0
    verb = "would be" if result.dry_run else "were"
    print(f"{args.path}: {result.created} {verb} created, {result.updated} updated, "
          f"{result.unchanged} unchanged" + (" (dry run: nothing written)"
                                             if result.dry_run else ""))
    for problem in result.problems:
        print(f"  needs review: {problem.message()}")
    if result.unmapped_columns:
        print("  columns not imported: " + ", ".join(result.unmapped_columns), file=sys.stderr)
    return 0
