"""When the writer falls behind, the reading process also works out each card's new-contact rows
and search fields. Whether it did so for every card or for none, the directory a user gets is
the one a single process writes, row for row, with the same report: including cards whose
numbers' region the reader guessed wrong (their person is worked out again by the writer) and
cards that match someone already there (their person is not used). Runs the reader's loop in
this process with a queue that always looks behind, on SQLite and PostgreSQL."""

from __future__ import annotations

import pickle
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from benchmarks.contact_import import write_vcards
from desktop.services import contact_import, contact_import_pipeline
from desktop.services.contact_import_pipeline import Prepared
from desktop.services.database import Database
from tests.exchange.directory_rows import VENDOR_FILES, wipe
from tests.exchange.test_import_in_two_processes_writes_what_one_writes import (
    OFFICE_CARDS,
    _import_all,
)


class _BehindQueue:
    """A queue the writer never takes from quickly enough: the reader helps with every chunk."""

    def __init__(self) -> None:
        self.messages: list[bytes] = []

    def put(self, payload: bytes) -> None:
        self.messages.append(payload)

    def qsize(self) -> int:
        return contact_import_pipeline.QUEUED

    def full(self) -> bool:
        return True

    def close(self) -> None:
        pass

    def join_thread(self) -> None:
        pass


class _ReaderHere:
    """contact_import_pipeline.Reader with its process's loop run in this one."""

    def __init__(self, path: Path, kind: str, mapping: Mapping[str, str] | None,
                 region: str | None, default_country: str | None,
                 offices: Mapping[str, str | None], known: bytes | None = None) -> None:
        self.args = (str(path), kind, mapping, region, default_country, dict(offices))
        self.known = known
        self.people = 0
        self.cards = 0

    def prepared(self) -> Iterator[Prepared]:
        out = _BehindQueue()
        contact_import_pipeline._read(*self.args, out, self.known)
        for payload in out.messages:
            kind, value = pickle.loads(payload)
            if kind == "error":
                raise value[0]
            if kind == "cards":
                for prepared in value:
                    self.people += prepared[-1] is not None
                    self.cards += 1
                    yield prepared

    def stop(self) -> None:
        pass


def test_every_card_with_its_person_writes_what_one_process_writes(
        db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    offices = tmp_path / "offices.vcf"
    offices.write_text(OFFICE_CARDS, encoding="utf-8", newline="")
    generated = tmp_path / "generated.vcf"
    write_vcards(generated, 600)
    files = [offices, generated, *VENDOR_FILES]
    one = _import_all(db, files, processes=1)
    wipe(db)
    readers: list[_ReaderHere] = []

    def start(*args: Any, **kwargs: Any) -> _ReaderHere:
        readers.append(_ReaderHere(*args, **kwargs))
        return readers[-1]

    monkeypatch.setattr(contact_import, "start_reader", start)
    helped = _import_all(db, files, processes=2)
    assert sum(r.people for r in readers) > 600, "the reader worked out the people"
    assert helped[0] == one[0]
    for table in one[1]:
        assert helped[1][table] == one[1][table], table
