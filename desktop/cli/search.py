"""``pressdesk contacts search QUERY``: the quick lookup from the command line."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.common import add_json_flag, open_db, positive_int
from desktop.cli.output import contact_json, print_json
from desktop.services.search import SearchHit, search_contacts


def register_search(contacts_subparsers: Any) -> None:
    """Add ``search`` to the ``contacts`` command group (called by desktop/cli/contacts.py)."""
    search = contacts_subparsers.add_parser(
        "search", help="find contacts by name, office, country, city, phone digits, email or "
                       "release topic")
    search.add_argument("query", metavar="QUERY")
    search.add_argument("--limit", type=positive_int, default=50, metavar="N")
    search.add_argument("--include-archived", action="store_true",
                        help="also show archived contacts (listed last)")
    add_json_flag(search)
    search.set_defaults(handler=run_search)


def hit_json(hit: SearchHit) -> dict[str, Any]:
    """CONTACT as DESIGN.md section 5 shapes it, plus why it matched."""
    document = contact_json(hit.contact)
    document["releases"] = [
        {"id": r.id, "title": r.title,
         "published_on": r.published_on.isoformat() if r.published_on else None}
        for r in hit.contact.releases
    ]
    document["matched"] = hit.matched
    return document


def hit_line(hit: SearchHit) -> str:
    """One line a person scans: who, where, a number to dial, and why it came up."""
    contact = hit.contact
    office = contact.office.name if contact.office else ""
    phone = next((p.display for p in contact.phones if p.display), "")
    archived = " (archived)" if contact.archived else ""
    return (f"{contact.id:>6}  {contact.name + archived:<32} {office:<28} "
            f"{contact.country or '':<3} {phone:<20} [{hit.matched}]").rstrip()


def run_search(args: argparse.Namespace) -> int:
    hits = search_contacts(open_db(args), args.query, limit=args.limit,
                           include_archived=args.include_archived)
    if args.json:
        print_json({"results": [hit_json(h) for h in hits]})
    elif not hits:
        print(f"No contact matches {args.query!r}.")
    else:
        print("\n".join(hit_line(h) for h in hits))
    return 0
