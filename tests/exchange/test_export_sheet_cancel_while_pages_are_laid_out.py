"""Cancel pressed while a PDF sheet's pages are being laid out stops it and leaves no file.

The app's progress callback returns False once Cancel (or Esc) is pressed. The sheet collects
every contact first (to group them) and then lays out its pages, which is most of a large
sheet's time: a cancel pressed then must still stop it, as it stops a CSV between pages.
The press is simulated at the start of the sheet's second page, without any clock.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.formats import contact_sheet
from desktop.services import contacts
from desktop.services.contacts import ContactDraft
from desktop.services.database import Database, open_database
from desktop.services.exports import ExportCancelledError, export_contacts


def people(db: Database, count: int) -> None:
    for number in range(count):
        contacts.add_contact(db, ContactDraft(
            name=f"Aïssatou Diallo {number:03d}", title="Chargée de communication",
            office="OIM Sénégal", country="SN", phones=(f"+221 77 {number:03d} 00 00",),
            emails=(f"adiallo{number}.sample@iom.int",)))


def test_a_sheet_of_this_size_has_several_pages(fresh_sqlite_url: str, tmp_path: Path) -> None:
    db = open_database(fresh_sqlite_url)
    try:
        people(db, 60)
        calls: list[tuple[int, int]] = []
        result = export_contacts(db, tmp_path / "sheet.pdf", "pdf",
                                 progress=lambda done, total: calls.append((done, total)) or True)
        assert result.count == 60
        assert len(PdfReader(tmp_path / "sheet.pdf").pages) >= 2
        assert calls and calls[-1] == (60, 60)
    finally:
        db.dispose()


@pytest.mark.xfail(strict=True, reason=(
    "R9 finding 2: the sheet reports progress only while the records are read; pages are "
    "laid out and written with no progress call, so a cancel then is not seen"))
def test_cancel_during_the_pages_stops_the_sheet_and_leaves_no_file(
        fresh_sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite only while it is expected to fail (an expected failure counts as a skip, and a
    skipped PostgreSQL test fails a run that requires PostgreSQL)."""
    db = open_database(fresh_sqlite_url)
    try:
        people(db, 60)
        pressed = {"cancel": False, "pages": 0}
        add_page = contact_sheet.FPDF.add_page

        def counting_add_page(self: contact_sheet.FPDF, *args: object, **kwargs: object) -> None:
            pressed["pages"] += 1
            if pressed["pages"] == 2:  # the person presses Cancel as page 2 begins
                pressed["cancel"] = True
            add_page(self, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(contact_sheet.FPDF, "add_page", counting_add_page)
        target = tmp_path / "sheet.pdf"
        with pytest.raises(ExportCancelledError):
            export_contacts(db, target, "pdf",
                            progress=lambda done, total: not pressed["cancel"])
        assert pressed["pages"] >= 2
        assert not target.exists()
        assert list(tmp_path.iterdir()) == [], "no partial file left beside the target"
    finally:
        db.dispose()
