"""``pressdesk journalists …``: who asked the desk, and what."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from typing import Any

from desktop.cli.common import add_json_flag, open_db, positive_int
from desktop.cli.inquiry_output import (
    inquiry_json,
    inquiry_line,
    journalist_json,
    journalist_line,
    journalist_text,
)
from desktop.cli.output import print_json
from desktop.domain.errors import InputError, NotFoundError, Problem


def register(commands: Any) -> None:
    parser = commands.add_parser("journalists", help="list, show and search journalists")
    sub = parser.add_subparsers(dest="journalists_command", required=True, metavar="COMMAND")

    listing = sub.add_parser("list", help="journalists by name")
    listing.add_argument("--limit", type=positive_int)
    add_json_flag(listing)
    listing.set_defaults(handler=run_list)

    show = sub.add_parser("show", help="one journalist and their inquiries")
    show.add_argument("id", type=positive_int)
    add_json_flag(show)
    show.set_defaults(handler=run_show)

    search = sub.add_parser("search", help="by name, outlet, beat, email or number")
    search.add_argument("query")
    search.add_argument("--limit", type=positive_int, default=20)
    add_json_flag(search)
    search.set_defaults(handler=run_search)


def run_list(args: argparse.Namespace) -> int:
    from desktop.services.journalists import list_journalists

    records = list_journalists(open_db(args), limit=args.limit)
    if args.json:
        print_json({"journalists": [journalist_json(r) for r in records]})
    elif not records:
        print("No journalists yet: they are added when their first inquiry is logged.")
    else:
        print("\n".join(journalist_line(r) for r in records))
    return 0


def run_show(args: argparse.Namespace) -> int:
    from desktop.services.inquiries import InquiryFilter, list_inquiries
    from desktop.services.journalists import get_journalist

    db = open_db(args)
    try:
        record = get_journalist(db, args.id)
    except NotFoundError:
        raise InputError(Problem("Journalist id", str(args.id), "no journalist has this id")
                         ) from None
    asked = list_inquiries(db, InquiryFilter(journalist_id=record.id), order="received")
    now = datetime.now(UTC)
    if args.json:
        document = journalist_json(record)
        document["inquiries"] = [inquiry_json(i, now) for i in asked]
        print_json(document)
    else:
        print(journalist_text(record))
        for inquiry in asked:
            print(inquiry_line(inquiry, now))
    return 0


def run_search(args: argparse.Namespace) -> int:
    from desktop.services.journalists import search_journalists

    records = search_journalists(open_db(args), args.query, limit=args.limit)
    if args.json:
        print_json({"results": [journalist_json(r) for r in records]})
    elif not records:
        print(f"No journalist matches {args.query!r}.")
    else:
        print("\n".join(journalist_line(r) for r in records))
    return 0
