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
from desktop.services.database import Database
from desktop.services.exports import ExportCancelledError, export_contacts


def people(db: Database, count: int) -> None:
    for number in range(count):
        contacts.add_contact(db, ContactDraft(
            name=f"Aïssatou Diallo {number:03d}", title="Chargée de communication",
            office="OIM Sénégal", country="SN", phones=(f"+221 77 {number:03d} 00 00",),
            emails=(f"adiallo{number}.sample@iom.int",)))


def test_the_bar_moves_with_the_pages_and_ends_full(db: Database, tmp_path: Path) -> None:
    """Each contact counts twice (read, then laid out): the bar is not full until the pages
    are, and it moves while they are laid out."""
    people(db, 60)
    calls: list[tuple[int, int]] = []
    result = export_contacts(db, tmp_path / "sheet.pdf", "pdf",
                             progress=lambda done, total: calls.append((done, total)) or True)
    assert result.count == 60
    pages = len(PdfReader(tmp_path / "sheet.pdf").pages)
    assert pages >= 2
    assert calls[-1] == (120, 120)
    assert {total for _done, total in calls} == {120}
    done = [d for d, _total in calls]
    assert done == sorted(done)
    laying_out = [d for d in done if 60 < d < 120]
    assert len(laying_out) >= pages - 1, calls


def test_cancel_during_the_pages_stops_the_sheet_and_leaves_no_file(
        db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The file is written whole or not at all: nothing is left at the target or beside it."""
    people(db, 60)
    pressed = {"cancel": False, "pages": 0}
    add_page = contact_sheet.FPDF.add_page

    def counting_add_page(self: contact_sheet.FPDF, *args: object, **kwargs: object) -> None:
        pressed["pages"] += 1
        if pressed["pages"] == 2:  # the person presses Cancel as page 2 begins
            pressed["cancel"] = True
        add_page(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(contact_sheet.FPDF, "add_page", counting_add_page)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "sheet.pdf"
    with pytest.raises(ExportCancelledError):
        export_contacts(db, target, "pdf",
                        progress=lambda done, total: not pressed["cancel"])
    assert pressed["pages"] >= 2
    assert not target.exists()
    assert list(folder.iterdir()) == [], "no partial file left beside the target"
