"""The printed sheet: every script prints, long values wrap, big sheets carry headers."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pypdf

from desktop.formats.contact_sheet import SheetOptions, utc_offset, write_sheet
from tests.exchange.contact_samples import rich_contact

CONTROLS = re.compile("[\x00-\x08\x0b-\x1f]")
NAMES = ["Абдулфаттох Шафиев", "ليلى الخطيب", "王伟", "प्रिया सिंह", "Γιώργος Παπαδόπουλος",
         "Łukasz Wójcik-Ørsted", "Nguyễn Thảo"]


def sheet_text(path: Path) -> tuple[list[str], pypdf.PdfReader]:
    """Each page's text. Shaped Devanagari clusters come out of pypdf with a control code
    where a glyph stands for several letters; those codes are dropped here."""
    reader = pypdf.PdfReader(path)
    pages = [page.extract_text() for page in reader.pages]
    return [CONTROLS.sub("", page) for page in pages], reader


def test_names_in_every_script_are_in_the_text(tmp_path: Path) -> None:
    people = [rich_contact(id=n, name=name) for n, name in enumerate(NAMES, start=1)]
    write_sheet(tmp_path / "s.pdf", people)
    pages, _ = sheet_text(tmp_path / "s.pdf")
    text = "\n".join(pages)
    for name in NAMES:
        assert name in text, name


def test_a_long_sheet_has_running_headers_page_numbers_and_no_split_person(
        tmp_path: Path) -> None:
    long_title = ("Responsable de la communication et des relations avec les médias "
                  "internationaux pour l'Asie centrale, le Caucase et l'Europe orientale")
    people = [rich_contact(id=n, name=f"Иван Петров {n:03d}", title=long_title)
              for n in range(1, 61)]
    write_sheet(tmp_path / "s.pdf", people, SheetOptions(
        title="Central Asia desk", paper="letter",
        printed_at=datetime(2026, 1, 15, 12, 0, tzinfo=UTC)))
    pages, _ = sheet_text(tmp_path / "s.pdf")
    assert len(pages) > 3
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        if number > 1:
            assert page.startswith("Central Asia desk — All contacts")
            assert "Asia › Tajikistan (TJ)" in page
    for n in range(1, 61):  # each person, with their last line, on one page
        holding = [p for p in pages if f"Иван Петров {n:03d}" in p]
        assert len(holding) == 1
        after = holding[0].split(f"Иван Петров {n:03d}")[1]
        assert "Languages: ru, tg, fr" in after
    words = " ".join(pages).split()
    assert "Caucase" in words  # the long title wrapped, not cut


def test_utc_offsets_follow_summer_time() -> None:
    assert utc_offset("Europe/Paris", datetime(2026, 1, 15, tzinfo=UTC)) == "UTC+01:00"
    assert utc_offset("Europe/Paris", datetime(2026, 7, 15, tzinfo=UTC)) == "UTC+02:00"
    assert utc_offset("America/St_Johns", datetime(2026, 1, 15, tzinfo=UTC)) == "UTC-03:30"
    assert utc_offset("Not/AZone", datetime(2026, 1, 15, tzinfo=UTC)) is None
