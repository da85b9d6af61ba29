"""The PDF sheet ``pressdesk export contacts`` writes is English, whatever the app speaks."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from desktop.services.database import Database
from tests.cli.conftest import Runner
from tests.exchange.directory_seed import seed


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_command_line_sheet_stays_english(db: Database, cli: Runner,
                                              tmp_path: Path) -> None:
    seed(db)
    target = tmp_path / "sheet.pdf"
    result = cli("export", "contacts", "--format", "pdf", "--query", "Shafiev", "-o",
                 str(target))
    assert result.code == 0, result.err
    text = _text(target)
    assert "Press contacts" in text and "Search: Shafiev · 1 contact · Printed" in text
    assert "Asia" in text and "Tajikistan (TJ)" in text and "Office:" in text
    assert "Page 1 of 1" in text
    result = cli("export", "contacts", "--format", "pdf", "--country", "TJ", "-o", str(target))
    assert result.code == 0, result.err
    assert "Country: TJ · 2 contacts · Printed" in _text(target)
