"""``pressdesk export``: contact sheets and contact files out (``export contacts``), and the
inquiry log beside it (``export inquiries``, added by ``desktop.cli.inquiries``).

Values are checked by the service, so a bad ``--format``, ``--paper`` or scope exits 1 naming
the option, the value and why; the file is written whole or not at all.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli import inquiries
from desktop.cli.common import add_json_flag, open_db
from desktop.cli.output import print_json


def register(commands: Any) -> None:
    """Add the ``export`` group: ``contacts`` here, ``inquiries`` from its own module."""
    parser = commands.add_parser("export", help="write contact sheets and files (PDF, CSV, "
                                                "XLSX, vCard)")
    targets = parser.add_subparsers(dest="target", metavar="WHAT", required=True)
    register_contacts(targets)
    inquiries.register_export(targets)


def register_contacts(targets: Any) -> None:
    parser = targets.add_parser(
        "contacts", help="export contacts as csv, xlsx, vcf (vCard) or a pdf contact sheet",
        description="Export contacts. Filters combine: every one given must hold.")
    parser.add_argument("--format", required=True, metavar="csv|xlsx|vcf|pdf")
    parser.add_argument("--query", metavar="Q", help="only the contacts this search finds")
    parser.add_argument("--office", metavar="O", help="only this office (name or id)")
    parser.add_argument("--country", metavar="CC", help="only this country (code or name)")
    parser.add_argument("--region", metavar="R",
                        help="only this region: Africa, Americas, Asia, Europe, Oceania "
                             "(English, French or Spanish name, or UN M49 code)")
    parser.add_argument("--id", dest="ids", action="append", type=int, metavar="ID",
                        help="only these contacts (repeat for several)")
    parser.add_argument("--include-archived", action="store_true",
                        help="archived contacts too")
    parser.add_argument("--vcard-version", default="4.0", metavar="3.0|4.0")
    parser.add_argument("--paper", default="a4", metavar="a4|letter",
                        help="pdf: paper size (default a4)")
    parser.add_argument("--title", default="Press contacts", help="pdf: the sheet's title")
    parser.add_argument("-o", "--output", required=True, type=Path, metavar="PATH")
    add_json_flag(parser)
    parser.set_defaults(handler=run_contacts)


def run_contacts(args: argparse.Namespace) -> int:
    from desktop.services.exports import (
        ExportOptions,
        ExportScope,
        check_format,
        export_contacts,
    )

    options = ExportOptions(vcard_version=args.vcard_version, paper=args.paper.lower(),
                            title=args.title)
    check_format(args.format.lower(), options)  # before the database is opened
    scope = ExportScope(query=args.query, office=args.office, country=args.country,
                        region=args.region, include_archived=args.include_archived,
                        contact_ids=tuple(args.ids) if args.ids else None)
    result = export_contacts(open_db(args), args.output, args.format.lower(), scope, options)
    if args.json:
        print_json({"path": str(result.path), "format": result.format, "count": result.count,
                    "scope": result.scope})
    else:
        noun = "contact" if result.count == 1 else "contacts"
        print(f"{result.path}: {result.count} {noun} written ({result.format}; "
              f"{result.scope})")
    return 0
