"""A large file's cards are read and checked in a second process while the first writes: the
directory a user gets is the one a single process writes, row for row, on SQLite and
PostgreSQL, with the same report (actions, problems and where they are), including numbers
written without a country code whose region comes from the card's office (known to the
directory, new in the file, or given its country by a later card). An unreadable file or a
Cancel writes nothing and leaves no process behind."""

from __future__ import annotations

import multiprocessing
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from benchmarks.contact_import import write_csv, write_vcards
from desktop.db.models import Contact
from desktop.domain.errors import InputError
from desktop.services import contact_import_pipeline
from desktop.services.contact_import import ContactImportResult, import_contacts
from desktop.services.database import Database
from desktop.services.offices import find_or_create_office
from tests.exchange.directory_rows import VENDOR_FILES, directory_rows, wipe

OFFICE_CARDS = """\
BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Known\r\nORG:Bureau de presse Lyon\r
TEL;TYPE=work:04 72 10 20 30\r\nEND:VCARD\r
BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Awa New\r\nORG:OIM Sénégal\r\nTEL;TYPE=cell:77 123 45 67\r
END:VCARD\r
BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ben Nowhere\r\nORG:Desk Without Country\r
TEL;TYPE=work:020 7946 0000\r\nEND:VCARD\r
BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cara Later\r\nORG:Desk Without Country\r
ADR;TYPE=work:;;1 Street;London;;;United Kingdom\r\nTEL;TYPE=work:020 7946 0001\r\nEND:VCARD\r
BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dan After\r\nORG:Desk Without Country\r
TEL;TYPE=cell:07700 900123\r\nEMAIL:not an address\r\nEND:VCARD\r
BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Eve Alone\r\nTEL:022 791 21 11\r\nTEL:12\r\nEND:VCARD\r
BEGIN:VCARD\r\nVERSION:3.0\r\nFN:\r\nTEL:+41 22 791 21 12\r\nEND:VCARD\r
"""
"""Numbers without a country code read with the office's country: one the directory knows
(FR), one a new office's name gives (SN), one a later card gives (GB, from the fourth card
on), the default country (CH); a bad address, a too-short number, a card without a name."""


def _report(result: ContactImportResult) -> list[Any]:
    """Each card's outcome, its record's times left out (the two imports ran at other times)."""
    return [(o.where, o.name, o.action, o.changes, o.problems, o.contact_id,
             o.contact and replace(o.contact, created_at=None, updated_at=None))
            for o in result.outcomes]


def _import_all(db: Database, files: Sequence[Path], processes: int) -> tuple[Any, ...]:
    with db.writing() as session:
        find_or_create_office(session, "test", "Bureau de presse Lyon", "FR")
        session.commit()
    reports = []
    for number, path in enumerate(files):
        # The first two: a preview, the import, a re-import (all unchanged); others imported.
        for dry_run in (True, False, False) if number < 2 else (False,):
            reports.append(_report(import_contacts(
                db, path, processes=processes, dry_run=dry_run, default_country="CH")))
    return reports, directory_rows(db)


def test_two_processes_write_the_rows_and_report_one_process_does(
        db: Database, tmp_path: Path) -> None:
    offices = tmp_path / "offices.vcf"
    offices.write_text(OFFICE_CARDS, encoding="utf-8", newline="")
    generated, sheet = tmp_path / "generated.vcf", tmp_path / "generated.csv"
    write_vcards(generated, 600)  # more than a batch and than a message of the reader
    write_csv(sheet, 300)
    files = [offices, generated, sheet, *VENDOR_FILES]
    one = _import_all(db, files, processes=1)
    wipe(db)
    two = _import_all(db, files, processes=2)
    assert len(two[1]["contacts"]) > 600
    lyon = [r for r in two[1]["phones"] if "+33472102030" in r]
    assert lyon, "the national number was read with the known office's country"
    assert two[0] == one[0]
    for table in one[1]:
        assert two[1][table] == one[1][table], table
    assert not multiprocessing.active_children()


def test_an_unreadable_file_is_refused_alike_and_writes_nothing(
        db: Database, tmp_path: Path) -> None:
    broken = tmp_path / "broken.vcf"
    write_vcards(broken, 700)
    broken.write_bytes(broken.read_bytes() + b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut Short\r\n")
    refusals = []
    for processes in (1, 2):
        with pytest.raises(InputError) as refused:
            import_contacts(db, broken, processes=processes)
        refusals.append(str(refused.value))
        with db.reading() as session:
            assert session.scalars(select(Contact.id)).first() is None
    assert refusals[1] == refusals[0]
    assert "card 701" in refusals[0] and "broken.vcf" in refusals[0]
    assert not multiprocessing.active_children()


class _CancelledError(Exception):
    pass


def test_cancel_in_the_progress_writes_nothing_and_ends_the_reader(
        db: Database, tmp_path: Path) -> None:
    path = tmp_path / "many.vcf"
    write_vcards(path, 3000)
    seen: list[int] = []

    def progress(read: int, where: str) -> None:
        seen.append(read)
        if read >= 1000:
            raise _CancelledError

    with pytest.raises(_CancelledError):
        import_contacts(db, path, processes=2, progress=progress)
    assert seen == [500, 1000]
    with db.reading() as session:
        assert session.scalars(select(Contact.id)).first() is None
    assert not multiprocessing.active_children()


def test_small_files_stay_in_one_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                         ) -> None:
    monkeypatch.delenv(contact_import_pipeline.ENVIRONMENT, raising=False)
    monkeypatch.setattr(contact_import_pipeline.os, "cpu_count", lambda: 2)
    small, large = tmp_path / "small.vcf", tmp_path / "large.vcf"
    write_vcards(small, 100)
    write_vcards(large, 6000)
    assert contact_import_pipeline.processes_for(small, None) == 1
    assert contact_import_pipeline.processes_for(large, None) == 2
    assert contact_import_pipeline.processes_for(large, 1) == 1
    monkeypatch.setenv(contact_import_pipeline.ENVIRONMENT, "1")
    assert contact_import_pipeline.processes_for(large, None) == 1
