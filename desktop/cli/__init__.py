"""The command line: the same services as the desktop app, never importing Qt widgets.

Exit status: 0 done; 1 input refused (stderr names the field, the value and why; nothing was
written); 2 usage error.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
from collections.abc import Sequence

from desktop import __version__
from desktop.domain.errors import DuplicateError, InputError, PressDeskError

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    from desktop.cli import contacts, database, releases

    parser = argparse.ArgumentParser(
        prog="pressdesk",
        description="Press Desk: the press contacts directory. With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"pressdesk {__version__}")
    parser.add_argument("--db", metavar="URL",
                        help="database URL (default: $PRESSDESK_DATABASE_URL, then SQLite in "
                             "the user data folder)")
    gui = parser.add_argument_group("desktop app (when no command is given)")
    gui.add_argument("--demo", action="store_true",
                     help="load the bundled sample releases before opening the window")
    gui.add_argument("--screenshot", metavar="PNG",
                     help="save a picture of the window to PNG and exit")
    gui.add_argument("--view", metavar="NAME", default=None,
                     help="for --screenshot: contacts, card, edit, releases, offices")
    gui.add_argument("--query", metavar="TEXT", default=None,
                     help="for --screenshot: type TEXT in the search field first")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    contacts.register(commands)
    releases.register(commands)
    database.register(commands)
    return parser


def _report(error: PressDeskError) -> None:
    from desktop.services.guards import shown  # not on the window's start-up path

    if isinstance(error, InputError):
        for problem in error.problems:
            problem = dataclasses.replace(problem, value=shown(problem.value))
            print(f"pressdesk: refused: {problem.message()}", file=sys.stderr)
        if isinstance(error, DuplicateError):
            print(f"pressdesk: existing contact: {error.existing_id} ({error.existing_name})",
                  file=sys.stderr)
    else:
        print(f"pressdesk: refused: {error}", file=sys.stderr)


def _gui_parser() -> argparse.ArgumentParser:
    """The options of a bare ``pressdesk``: parsed without loading any command's imports."""
    parser = argparse.ArgumentParser(prog="pressdesk", add_help=False)
    parser.add_argument("--db")
    parser.add_argument("--demo", action="store_true")
    parser.add_argument("--screenshot")
    parser.add_argument("--view")
    parser.add_argument("--query")
    return parser


def _undecodable(arguments: list[str]) -> str | None:
    """The first argument holding bytes that are not UTF-8 (a lone surrogate once decoded)."""
    for argument in arguments:
        if any("\ud800" <= ch <= "\udfff" for ch in argument):
            return argument
    return None


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    bad = _undecodable(arguments)
    if bad is not None:
        print(f"pressdesk: refused: command-line value {bad[:80]!a} is not UTF-8 text "
              "(invalid bytes or a lone surrogate); retype it", file=sys.stderr)
        return EXIT_REFUSED
    gui_args, rest = _gui_parser().parse_known_args(arguments)
    if not rest:
        # No command: open the window at once; the services load after it is painted.
        from desktop.app import run_app

        return run_app(gui_args)
    from sqlalchemy.exc import SQLAlchemyError  # not on the window's start-up path

    parser = build_parser()
    args = parser.parse_args(arguments)
    if args.command is None:
        parser.print_usage(sys.stderr)
        return EXIT_USAGE
    try:
        return int(args.handler(args))
    except PressDeskError as error:
        _report(error)
        return EXIT_REFUSED
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, as command-line tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except OSError as error:
        print(f"pressdesk: refused: {error}", file=sys.stderr)
        return EXIT_REFUSED
    except SQLAlchemyError as error:  # the database failed under us: say so, no traceback
        reason = getattr(error, "orig", None) or error
        print(f"pressdesk: refused: the database answered: {reason}", file=sys.stderr)
        return EXIT_REFUSED
    finally:
        for db in getattr(args, "opened_databases", []):
            db.dispose()
