"""When the writer falls behind, the reading process also works out each card's new-contact rows
and search fields. Whether it did so for every card or for none, the directory a user gets is
the one a single process writes, row for row, with the same report: including cards whose
numbers' region the reader guessed wrong (their person is worked out again by the writer) and
cards that match someone already there (their person is not used). Runs the reader's loop in
this process with a queue that always looks behind, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.services.database import Database
from tests.exchange.directory_rows import VENDOR_FILES
from tests.exchange.reader_here import (
    imported_alike_through_the_reader,
    office_and_generated_files,
)


def test_every_card_with_its_person_writes_what_one_process_writes(
        db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = [*office_and_generated_files(tmp_path), *VENDOR_FILES]
    readers = imported_alike_through_the_reader(db, files, monkeypatch)
    assert sum(r.people for r in readers) > 600, "the reader worked out the people"
