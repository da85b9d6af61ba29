"""Nothing lost: a daily copy of the local SQLite database, the oldest ones rotated away.

The app calls :func:`daily_backup` once the database is open (off the GUI thread). A copy is
made with SQLite's online backup API (consistent under WAL, page by page, no row decoding),
written beside its final name and moved into place only when whole. A team server is backed
up by its administrator, so PostgreSQL databases are left alone.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import quote

from desktop import paths
from desktop.db.engine import sqlite_path
from desktop.services.database import Database

log = logging.getLogger(__name__)

DEFAULT_KEEP_DAYS = 14
"""Daily copies kept: two weeks of mistakes can be undone."""
_NAME = re.compile(r"^pressdesk-(\d{4}-\d{2}-\d{2})\.sqlite3$")


@dataclass(frozen=True)
class DailyBackup:
    """What :func:`daily_backup` did: the copy made (None if today's exists or none is due)."""

    made: Path | None
    removed: tuple[Path, ...]
    skipped: str | None = None


def backup_folder() -> Path:
    return paths.data_dir() / "backups"


def _day_of(path: Path) -> date | None:
    match = _NAME.match(path.name)
    if not match:
        return None
    try:
        return date.fromisoformat(match.group(1))
    except ValueError:
        return None


def _copy(source: Path, target: Path) -> None:
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        with closing(sqlite3.connect(f"file:{quote(str(source.resolve()))}?mode=ro",
                                     uri=True)) as src, closing(sqlite3.connect(partial)) as dst:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        os.replace(partial, target)
    finally:
        for leftover in (partial, Path(f"{partial}-journal"), Path(f"{partial}-wal"),
                         Path(f"{partial}-shm")):
            leftover.unlink(missing_ok=True)


def daily_backup(db: Database, *, keep_days: int = DEFAULT_KEEP_DAYS,
                 folder: Path | None = None, today: date | None = None) -> DailyBackup:
    """Copy the local database once a day and delete copies older than ``keep_days`` days.

    ``keep_days`` 0 turns the daily copy off (existing copies are kept).
    """
    source = sqlite_path(db.engine.url)
    if source is None:
        return DailyBackup(None, (), "a server database is backed up on the server")
    if db.read_only:
        return DailyBackup(None, (), "the database is on a read-only medium")
    if keep_days <= 0:
        return DailyBackup(None, (), "daily backups are turned off")
    if not source.exists():
        return DailyBackup(None, (), "the database file does not exist yet")
    folder = folder or backup_folder()
    folder.mkdir(parents=True, exist_ok=True)
    today = today or date.today()
    target = folder / f"pressdesk-{today.isoformat()}.sqlite3"
    made = None
    if not target.exists():
        _copy(source, target)
        made = target
    oldest_kept = today - timedelta(days=keep_days - 1)
    removed = []
    for candidate in sorted(folder.iterdir()):
        day = _day_of(candidate)
        if day is not None and day < oldest_kept:
            candidate.unlink(missing_ok=True)
            removed.append(candidate)
    return DailyBackup(made, tuple(removed))


def daily_backup_quietly(db: Database, keep_days: int = DEFAULT_KEEP_DAYS) -> DailyBackup:
    """The app's start-up call: a failed backup is logged, never a reason not to open."""
    try:
        return daily_backup(db, keep_days=keep_days)
    except (OSError, sqlite3.Error) as error:
        log.warning("daily backup failed: %s", error)
        return DailyBackup(None, (), f"failed: {error}")
