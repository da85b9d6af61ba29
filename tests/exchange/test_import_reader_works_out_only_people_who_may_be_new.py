"""The reading process works out a card's new-contact rows only for cards that may be new: the
writer sends it the directory's matching keys as the import began (numbers, addresses, names in
their offices), so on a re-import, where every card matches someone, it works out nobody, and
the directory and report are still those one process gives. Runs the reader's loop in this
process with a queue that always looks behind, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.services.contact_import_seen import SharedKeys, shared_person_key
from desktop.services.database import Database
from tests.exchange.reader_here import (
    imported_alike_through_the_reader,
    office_and_generated_files,
)


def test_a_re_import_through_the_reader_works_out_nobody_and_writes_alike(
        db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    offices, generated = office_and_generated_files(tmp_path)
    readers = imported_alike_through_the_reader(db, [offices, generated], monkeypatch)
    # Per file: a preview and an import into a directory without these people, a re-import.
    generated_runs = [r for r in readers if r.args[0] == str(generated)]
    assert [r.cards for r in generated_runs] == [600, 600, 600]
    preview, first, again = generated_runs
    assert preview.people == first.people == 600, "new people are worked out by the reader"
    assert again.known is not None
    assert again.people == 0, "a re-import's people all match: none is worked out"


def test_shared_keys_rebuilt_from_their_bytes_hold_every_key_and_few_others() -> None:
    keys = [f"p:+4122710{n:04d}" for n in range(2000)] + ["e:a@example.org",
                                                          shared_person_key("ines", "iom")]
    shared = SharedKeys()
    assert shared.empty
    for key in keys:
        shared.add(key)
    copy = SharedKeys(shared.to_bytes())
    assert all(key in copy for key in keys)
    assert sum(f"p:+4122799{n:04d}" in copy for n in range(2000)) < 5
