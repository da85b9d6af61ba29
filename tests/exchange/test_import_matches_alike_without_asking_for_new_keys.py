"""An import asks the database only about the keys its directory may hold (a fixed-size
filter of the directory's keys and of those the import writes): the people it finds, the rows
it writes and its report are those it gets when it asks about every key, on SQLite and
PostgreSQL, for a directory made in the app, files naming someone twice, and re-imports. The
filter never forgets a key it was given."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.contact_import import write_csv, write_vcards
from desktop.services import contact_import_seen
from desktop.services.contact_import import import_contacts
from desktop.services.contact_import_seen import SeenKeys
from desktop.services.database import Database
from tests.exchange.directory_rows import VENDOR_FILES, directory_rows, wipe
from tests.exchange.directory_seed import seed

TWICE = """\
BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Abdulfattoh Shafiev\r\nORG:OIM Tadjikistan\r
TEL;TYPE=cell:+992 93 555 1234\r\nEMAIL:new.address@example.org\r\nEND:VCARD\r
BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Nadia Twice\r\nORG:IOM Jordan\r
EMAIL:nadia@example.org\r\nEND:VCARD\r
BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Nadia Twice (mobile)\r\nTEL;TYPE=cell:+962 79 555 0101\r
EMAIL:NADIA@example.org\r\nEND:VCARD\r
BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Someone Else\r\nTEL;TYPE=cell:+962 79 555 0101\r\nEND:VCARD\r
BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ольга Иванова\r\nORG:МОМ Таджикистан\r
TITLE:Пресс-секретарь\r\nEND:VCARD\r
"""
"""A person the app made (by mobile), someone the file names twice (by address, then by the
mobile the second card adds), a name in a known office."""


class _Everything:
    """The long way: every key may be in the directory, so every key is asked."""

    def __init__(self) -> None:
        self.added: list[str] = []

    def add(self, key: str) -> None:
        self.added.append(key)

    def update(self, keys: Sequence[str]) -> None:
        self.added += keys

    def __contains__(self, key: str) -> bool:
        return True


def _import_all(db: Database, files: Sequence[Path]) -> tuple[Any, ...]:
    seed(db)
    reports = []
    for path in files:
        for _ in range(2):
            result = import_contacts(db, path, processes=1, default_country="CH")
            reports.append([(o.where, o.action, o.changes, o.contact_id, o.problems)
                            for o in result.outcomes])
    return reports, directory_rows(db)


def test_asking_only_for_keys_the_directory_may_hold_finds_what_asking_all_finds(
        db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    twice = tmp_path / "twice.vcf"
    twice.write_text(TWICE, encoding="utf-8", newline="")
    generated, sheet = tmp_path / "generated.vcf", tmp_path / "generated.csv"
    write_vcards(generated, 700)  # more than a batch
    write_csv(sheet, 300)  # the same people: every row matches a card of generated.vcf
    files = [twice, generated, sheet, *VENDOR_FILES]
    with monkeypatch.context() as patched:
        patched.setattr(contact_import_seen, "SeenKeys", _Everything)
        asked_all = _import_all(db, files)
    wipe(db)
    filtered = _import_all(db, files)
    assert filtered[0] == asked_all[0]
    for table in asked_all[1]:
        assert filtered[1][table] == asked_all[1][table], table
    first = filtered[0][0]
    assert first[0][1] == "update" and first[2][1] == "update" and first[4][1] == "unchanged"
    assert [o[1] for o in filtered[0][4]] == ["unchanged"] * 300


@settings(max_examples=50, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=40), min_size=1, max_size=200))
def test_the_filter_never_forgets_a_key(keys: list[str]) -> None:
    seen = SeenKeys()
    seen.update(keys[::2])
    for key in keys[1::2]:
        seen.add(key)
    assert all(key in seen for key in keys)
