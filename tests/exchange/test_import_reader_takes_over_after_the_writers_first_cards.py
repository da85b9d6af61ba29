"""While the reading process starts (about a second), the writer reads, checks and writes the
file's first cards itself; the reader, once started, takes over from the first card the writer
did not claim and passes over the ones before. However many cards the writer took (none, a
few, a chunk's worth, all of them), the directory and the report are those one process gives,
including numbers whose region comes from an office a passed-over card named or gave its
country. Runs the reader's loop in this process, on SQLite and PostgreSQL."""

from __future__ import annotations

import multiprocessing
import pickle
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from desktop.services import contact_import, contact_import_pipeline
from desktop.services.contact_import_pipeline import HeadStart, Prepared
from desktop.services.database import Database
from tests.exchange.directory_rows import wipe
from tests.exchange.reader_here import BehindQueue, office_and_generated_files
from tests.exchange.test_import_in_two_processes_writes_what_one_writes import _import_all


class LateHead:
    """A head start the reader closes after the writer has claimed ``cards`` cards."""

    def __init__(self, cards: int) -> None:
        self.left = cards
        self.claimed = 0

    def take(self) -> bool:
        if self.left <= 0:
            return False
        self.left -= 1
        self.claimed += 1
        return True

    def hand_over(self) -> int:
        self.left = 0
        return self.claimed


class LateReader:
    """contact_import_pipeline.Reader whose loop runs in this process once the writer has
    taken its ``cards`` first cards."""

    def __init__(self, cards: int, path: Path, kind: str, mapping: Mapping[str, str] | None,
                 region: str | None, default_country: str | None,
                 offices: Mapping[str, str | None], known: bytes | None = None) -> None:
        self.args = (str(path), kind, mapping, region, default_country, dict(offices))
        self.known = known
        self.head = LateHead(cards)
        self.sent = 0

    def take(self) -> bool:
        return self.head.take()

    def prepared(self) -> Iterator[Prepared]:
        out = BehindQueue()
        contact_import_pipeline._read(*self.args, out, self.known,
                                      self.head)  # type: ignore[arg-type]
        for payload in out.messages:
            kind, value = pickle.loads(payload)
            if kind == "error":
                raise value[0]
            if kind == "cards":
                self.sent += len(value)
                yield from value

    def stop(self) -> None:
        pass


@pytest.mark.parametrize("taken", [0, 1, 4, 250, 10_000])
def test_the_writers_first_cards_and_the_readers_rest_write_what_one_process_writes(
        db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, taken: int) -> None:
    offices, generated = office_and_generated_files(tmp_path)
    one = _import_all(db, [offices, generated], processes=1)
    wipe(db)
    readers: list[LateReader] = []

    def start(*args: Any, **kwargs: Any) -> LateReader:
        readers.append(LateReader(taken, *args, **kwargs))
        return readers[-1]

    monkeypatch.setattr(contact_import, "start_reader", start)
    both = _import_all(db, [offices, generated], processes=2)
    assert both[0] == one[0]
    for table in one[1]:
        assert both[1][table] == one[1][table], table
    # 7 office cards, 600 generated ones: the reader sent only what the writer left.
    assert {r.args[0]: r.sent for r in readers} == {
        str(offices): max(7 - taken, 0), str(generated): max(600 - taken, 0)}


def test_a_head_start_is_closed_once_the_reader_takes_over() -> None:
    head = HeadStart(multiprocessing.get_context("spawn"))
    assert [head.take() for _ in range(3)] == [True, True, True]
    assert head.hand_over() == 3
    assert not head.take()
    assert not head.take()
