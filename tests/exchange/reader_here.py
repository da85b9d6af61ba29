"""The reading process's loop run in the test's own process, behind a queue that always looks
full (the reader helps with every chunk), and the comparison both reader tests make: the same
files imported in one process, then through this reader, give the same report and rows."""

from __future__ import annotations

import pickle
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

from benchmarks.contact_import import write_vcards
from desktop.services import contact_import, contact_import_pipeline
from desktop.services.contact_import_pipeline import Prepared
from desktop.services.database import Database
from tests.exchange.directory_rows import wipe
from tests.exchange.test_import_in_two_processes_writes_what_one_writes import (
    OFFICE_CARDS,
    _import_all,
)


class BehindQueue:
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


class ReaderHere:
    """contact_import_pipeline.Reader with its process's loop run in this one."""

    def __init__(self, path: Path, kind: str, mapping: Mapping[str, str] | None,
                 region: str | None, default_country: str | None,
                 offices: Mapping[str, str | None], known: bytes | None = None) -> None:
        self.args = (str(path), kind, mapping, region, default_country, dict(offices))
        self.known = known
        self.people = 0
        self.cards = 0

    def take(self) -> bool:
        """The writer reads no card itself: this reader starts at once (no head start)."""
        return False

    def prepared(self) -> Iterator[Prepared]:
        out = BehindQueue()
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


def office_and_generated_files(folder: Path) -> tuple[Path, Path]:
    """A file of cards naming offices and their countries, and 600 generated people."""
    offices = folder / "offices.vcf"
    offices.write_text(OFFICE_CARDS, encoding="utf-8", newline="")
    generated = folder / "generated.vcf"
    write_vcards(generated, 600)
    return offices, generated


def imported_alike_through_the_reader(db: Database, files: Sequence[Path],
                                      monkeypatch: pytest.MonkeyPatch) -> list[ReaderHere]:
    """Import ``files`` in one process, wipe the directory, import them again through readers
    run here; assert the same report and the same rows; return the readers used."""
    one = _import_all(db, list(files), processes=1)
    wipe(db)
    readers: list[ReaderHere] = []

    def start(*args: Any, **kwargs: Any) -> ReaderHere:
        readers.append(ReaderHere(*args, **kwargs))
        return readers[-1]

    monkeypatch.setattr(contact_import, "start_reader", start)
    helped = _import_all(db, list(files), processes=2)
    assert helped[0] == one[0]
    for table in one[1]:
        assert helped[1][table] == one[1][table], table
    return readers
