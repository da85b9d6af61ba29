"""The bulk import's short cuts change nothing a user sees: the search documents written from
memory are the ones a read-back builds, a re-import that changes nothing writes nothing (no
audit entry, no new version), and the records a re-import reports are the directory's.

Runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from benchmarks.contact_import import write_vcards
from desktop.db.models import AuditEntry, Contact
from desktop.search import documents, index
from desktop.services import contacts
from desktop.services.contact_import import import_contacts
from desktop.services.database import Database

DATA = Path(__file__).resolve().parent.parent / "data" / "contacts"
FILES = ["apple_contacts.vcf", "google_contacts.vcf", "outlook_contact.vcf",
         "android_contacts.vcf", "thunderbird_contacts.vcf", "evolution_contacts.vcf",
         "press_officers.vcf", "google_contacts.csv", "outlook_desktop.csv", "outlook_com.csv"]


def test_documents_indexed_on_import_are_those_a_read_back_builds(
        db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    generated = tmp_path / "generated.vcf"  # names in Latin, Cyrillic and Arabic, 4 offices
    write_vcards(generated, 60)
    written: dict[int, documents.ContactDocument] = {}
    refreshed: set[int] = set()
    add, refresh = index.add_contacts, index.refresh_contacts

    def keep(session: Session, found: Sequence[documents.ContactDocument]) -> None:
        written.update((d.contact_id, d) for d in found)
        add(session, found)

    def note(session: Session, ids: Iterable[int]) -> None:
        ids = list(ids)
        refreshed.update(ids)
        refresh(session, ids)

    monkeypatch.setattr(index, "add_contacts", keep)
    monkeypatch.setattr(index, "refresh_contacts", note)
    compared = 0
    for path in [DATA / name for name in FILES] + [generated]:
        written.clear()
        refreshed.clear()
        import_contacts(db, path)
        with db.reading() as session:
            read_back = {d.contact_id: d for d in documents.load(session, written)}
        for contact_id, document in written.items():
            if contact_id not in refreshed:  # else re-indexed from the database since
                assert read_back[contact_id] == document, path.name
                compared += 1
    assert compared >= 60


def test_a_reimport_that_changes_nothing_writes_nothing(db: Database) -> None:
    for name in FILES:
        import_contacts(db, DATA / name)
    with db.reading() as session:
        audit_before = session.scalar(select(func.count()).select_from(AuditEntry))
        versions_before = dict(session.execute(select(Contact.id, Contact.version)).all())
    before = {c.id: c for c in contacts.list_contacts(db)}
    for name in FILES:
        again = import_contacts(db, DATA / name)
        assert again.created == again.updated == 0, name
        for outcome in again.outcomes:
            if outcome.action == "unchanged":
                assert outcome.contact is not None and outcome.contact_id is not None
                shown = before[outcome.contact_id]
                assert outcome.contact == replace(shown, releases=()), name
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == audit_before
        assert dict(session.execute(select(Contact.id, Contact.version)).all()) == \
            versions_before


def test_a_card_that_adds_a_number_to_a_known_person_still_updates_them(
        db: Database, tmp_path: Path) -> None:
    card = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Nour Haidari\r\nORG:IOM Jordan\r\n"
            "EMAIL:nour.haidari@example.org\r\n{extra}END:VCARD\r\n")
    first, second = tmp_path / "first.vcf", tmp_path / "second.vcf"
    first.write_text(card.format(extra=""), encoding="utf-8")
    second.write_text(card.format(extra="TEL;TYPE=cell:+962 79 123 4567\r\n") * 2,
                      encoding="utf-8")
    import_contacts(db, first)
    result = import_contacts(db, second)
    assert [o.action for o in result.outcomes] == ["update", "unchanged"]
    [person] = contacts.list_contacts(db)
    assert [p.e164 for p in person.phones] == ["+962791234567"]
    again = import_contacts(db, second, keep_records=False)
    assert [o.action for o in again.outcomes] == ["unchanged", "unchanged"]
    assert {o.contact_id for o in again.outcomes} == {person.id}
