"""Database upkeep: integrity checks, portable backups and restores, for either engine.

A backup is always a SQLite file at the same schema revision, whatever the source engine: a
team's PostgreSQL directory can be restored onto a laptop and back, with no server tools.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Connection, Engine, func, inspect, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from desktop.db import migrate
from desktop.db.base import Base
from desktop.db.engine import make_engine, sqlite_path, sqlite_url
from desktop.domain.errors import DatabaseError, InputError, Problem, coded
from desktop.search import index
from desktop.services import audit
from desktop.services.database import Database


@dataclass(frozen=True)
class CheckReport:
    backend: str
    revision: str | None
    head: str
    problems: list[str] = field(default_factory=list)
    checks: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _orphan_problems(engine: Engine) -> list[str]:
    """Rows whose foreign key points nowhere: the same query on both engines."""
    problems = []
    with engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            for fk in table.foreign_key_constraints:
                (column,) = fk.columns
                (element,) = fk.elements
                parent = element.column
                orphans = connection.scalar(
                    select(func.count()).select_from(
                        table.outerjoin(parent.table, column == parent)
                    ).where(column.is_not(None), parent.is_(None))
                )
                if orphans:
                    problems.append(f"{table.name}.{column.name}: {orphans} row(s) point to a "
                                    f"missing {parent.table.name}")
    return problems


def check(db: Database) -> CheckReport:
    """Integrity, foreign keys, schema revision: what ``db check`` prints."""
    engine = db.engine
    problems: list[str] = []
    checks: list[str] = []
    revision = migrate.current_revision(engine)
    head = migrate.head_revision()
    checks.append("schema revision")
    if revision != head:
        problems.append(f"schema is at revision {revision}, the newest is {head}: "
                        "run `pressdesk db upgrade`")
    with engine.connect() as connection:
        if db.backend == "sqlite":
            checks.append("PRAGMA integrity_check")
            result = [row[0] for row in connection.execute(text("PRAGMA integrity_check"))]
            if result != ["ok"]:
                problems.extend(f"integrity: {line}" for line in result)
            checks.append("PRAGMA foreign_key_check")
            for row in connection.execute(text("PRAGMA foreign_key_check")):
                problems.append(f"foreign key: {row[0]} row {row[1]} points to missing {row[2]}")
        else:
            checks.append("catalog: every table present")
            present = set(inspect(connection).get_table_names())
            for table in Base.metadata.tables:
                if table not in present:
                    problems.append(f"table {table} is missing")
    checks.append("orphaned references")
    if not problems:
        problems.extend(_orphan_problems(engine))
    return CheckReport(db.backend, revision, head, problems, checks)


class _TargetError(Exception):
    """The database being written failed (not the one being read): callers name it."""

    def __init__(self, error: DBAPIError) -> None:
        super().__init__(str(error.orig or error))
        self.error = error


class _SourceError(Exception):
    """The database being read failed: for a restore, that is the backup file."""

    def __init__(self, error: DBAPIError) -> None:
        super().__init__(str(error.orig or error))
        self.error = error


def _copy_rows(source: Engine, target: Engine, *, actor: str | None = None,
               note: str | None = None) -> dict[str, int]:
    """Both sides are at the newest revision, so the declared tables describe them both.

    With ``actor``, the copy is recorded in the target's audit trail in the same transaction.
    A failure says which side failed (``_SourceError`` / ``_TargetError``).
    """
    counts: dict[str, int] = {}
    with source.connect() as src, target.begin() as dst:
        try:
            if target.dialect.name == "sqlite":
                dst.execute(text("PRAGMA defer_foreign_keys = ON"))
            for table in reversed(Base.metadata.sorted_tables):
                dst.execute(table.delete())
        except DBAPIError as error:
            raise _TargetError(error) from error
        for table in Base.metadata.sorted_tables:
            try:
                rows = [dict(r._mapping) for r in src.execute(select(table))]
            except DBAPIError as error:
                raise _SourceError(error) from error
            try:
                if rows:
                    dst.execute(table.insert(), rows)
            except DBAPIError as error:
                raise _TargetError(error) from error
            counts[table.name] = len(rows)
        try:
            if target.dialect.name == "postgresql":
                # Move the id sequences past the copied rows before anything else is
                # written: the audit entry below takes the next id.
                _advance_sequences(dst)
            # The search tables are derived, not declared: rebuild them from the copied rows.
            with Session(bind=dst) as session:
                index.rebuild_all(session)
                if actor is not None:
                    audit.record_change(session, actor, "database", 0, "restore",
                                        {"source": note, "rows": dict(counts)})
                session.flush()
        except DBAPIError as error:
            raise _TargetError(error) from error
    return counts


def _advance_sequences(connection: Connection) -> None:
    """Set each table's id sequence to follow its highest id (PostgreSQL keeps them apart)."""
    for table in Base.metadata.sorted_tables:
        if "id" not in table.c:
            continue
        highest = select(func.coalesce(func.max(table.c.id), 0) + 1).scalar_subquery()
        connection.execute(select(func.setval(func.pg_get_serial_sequence(table.name, "id"),
                                              highest, False)))


PARTIAL = ".partial"
"""Suffix of a backup being written: ``.NAME.PID.partial`` (and SQLite's -wal, -shm, -journal)."""


def _partial_files(partial: Path) -> list[Path]:
    return [partial, *(partial.with_name(partial.name + s) for s in ("-wal", "-shm", "-journal"))]


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # someone else's process: alive
        return True
    return True


def sweep_partials(folder: Path) -> list[Path]:
    """Remove what killed backups left in ``folder``: partial files whose process is gone."""
    removed = []
    for candidate in folder.glob(f".*{PARTIAL}*"):
        head, _sep, _tail = candidate.name.rpartition(PARTIAL)
        pid = head.rsplit(".", 1)[-1]
        if pid.isdigit() and not _process_alive(int(pid)):
            candidate.unlink(missing_ok=True)
            removed.append(candidate)
    return removed


def _refused(path: Path, code: str, **params: str | int) -> InputError:
    """The backup file refused, with a code the app translates (desktop.domain.refusals)."""
    return InputError(coded("Backup file", str(path), code, params))


def _cannot_write(path: Path, reason: object) -> InputError:
    return _refused(path, "backup.cannot_write", detail=str(reason))


def backup(db: Database, path: Path) -> dict[str, int]:
    """Write every row to a new SQLite file at ``path`` (refusing to overwrite one).

    The copy is built beside the target and moved into place only when complete, so a failed
    backup leaves nothing half-written behind: not the partial file, not its -wal or -shm,
    and a killed backup's leftovers are swept by the next one in that folder.
    """
    try:
        if path.exists():
            raise _refused(path, "backup.exists")
        if not path.parent.is_dir():
            raise _refused(path, "backup.no_folder", folder=repr(str(path.parent)))
        sweep_partials(path.parent)
        partial = path.with_name(f".{path.name}.{os.getpid()}{PARTIAL}")
        for leftover in _partial_files(partial):
            leftover.unlink(missing_ok=True)
    except OSError as error:
        raise _cannot_write(path, error) from error
    migrate.check_not_newer(db.engine)
    target = make_engine(sqlite_url(partial))
    try:
        try:
            migrate.upgrade(target)
        except DBAPIError as error:
            raise _cannot_write(path, error.orig or error) from error
        counts = _copy_rows(db.engine, target)
        target.dispose()
        with closing(sqlite3.connect(partial)) as finished:  # one self-contained file
            finished.execute("PRAGMA journal_mode = DELETE")
        os.replace(partial, path)
        return counts
    except _TargetError as failed:
        raise _cannot_write(path, failed) from failed.error
    except _SourceError as failed:
        raise failed.error from None  # the live database failed: say so as it is
    except (OSError, sqlite3.Error) as error:
        raise _cannot_write(path, error) from error
    finally:
        target.dispose()
        for leftover in _partial_files(partial):
            leftover.unlink(missing_ok=True)


def _damaged(path: Path, reason: str) -> InputError:
    return _refused(path, "backup.damaged", detail=reason)


def _check_backup_copy(copy: Path, path: Path) -> None:
    """Refuse a damaged backup before anything is deleted: pages, then references."""
    try:
        with closing(sqlite3.connect(copy)) as connection:
            result = [row[0] for row in connection.execute("PRAGMA integrity_check")]
            if result != ["ok"]:
                raise _damaged(path, "; ".join(result[:3]))
            orphans = connection.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.DatabaseError as error:
        raise _damaged(path, str(error)) from error
    if orphans:
        table, row, parent = orphans[0][0], orphans[0][1], orphans[0][2]
        raise _refused(path, "backup.orphans", count=len(orphans), table=str(table),
                       row=str(row), parent=str(parent))


def restore(db: Database, path: Path) -> dict[str, int]:
    """Replace every row with the backup's, in one transaction: all of it or nothing.

    The backup is copied, checked (integrity, references, revision) and upgraded in a
    scratch folder first; a file that is not a Press Desk backup, truncated, damaged or from
    a newer Press Desk is refused with the current database untouched.
    """
    if path.is_dir():
        raise _refused(path, "backup.folder")
    if not path.is_file():
        raise _refused(path, "backup.missing")
    live = sqlite_path(db.engine.url)
    if live is not None and live.exists() and live.resolve() == path.resolve():
        raise _refused(path, "backup.in_use")
    with tempfile.TemporaryDirectory(prefix="pressdesk-restore-") as scratch:
        # Work on a copy: upgrading an old backup must not change the user's file.
        copy = Path(scratch) / "restore.sqlite3"
        try:
            with closing(sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro",
                                         uri=True)) as src, \
                    closing(sqlite3.connect(copy)) as dst:
                src.backup(dst)
        except sqlite3.DatabaseError as error:
            raise _refused(path, "backup.not_press_desk_because", detail=str(error)) from error
        _check_backup_copy(copy, path)
        return _restore_from(db, copy, path)


def _restore_from(db: Database, copy: Path, path: Path) -> dict[str, int]:
    source = make_engine(sqlite_url(copy))
    try:
        try:
            revision = migrate.current_revision(source)
        except DBAPIError as error:
            raise _refused(path, "backup.not_press_desk_because",
                           detail=str(error.orig)) from error
        if revision is None:
            raise _refused(path, "backup.not_press_desk")
        try:
            migrate.check_not_newer(source)
        except DatabaseError as error:
            refused = _refused(path, "backup.newer", revision=str(revision))
            if refused.problems[0].reason != str(error):  # the schema check said it otherwise
                refused = InputError(Problem("Backup file", str(path), str(error)))
            raise refused from error
        if revision != migrate.head_revision():
            try:
                migrate.upgrade(source)
            except DBAPIError as error:
                raise _refused(path, "backup.not_upgradable", detail=str(error.orig)) from error
        try:
            return _copy_rows(source, db.engine, actor=db.actor, note=str(path))
        except _SourceError as failed:
            raise _damaged(path, str(failed)) from failed.error
        except _TargetError as failed:
            raise failed.error from None  # the live database failed: say so as it is
    finally:
        source.dispose()
