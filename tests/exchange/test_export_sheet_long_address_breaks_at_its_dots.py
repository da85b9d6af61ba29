"""A long e-mail address on the printed sheet breaks after "@", "." or "-", never inside a
word: "…@iom-france-bureau-de-p" / "aris.example.org" read as a broken address, on paper and
when copied from the PDF."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from desktop.domain.emails import EmailKind
from desktop.domain.records import EmailRecord
from desktop.formats.contact_sheet import SheetOptions, write_sheet
from tests.exchange.contact_samples import OFFICE, rich_contact
from tests.exchange.test_export_contact_sheet import sheet_text

LONG = "ana.maria.fernandez-gonzalez@iom-france-bureau-de-paris-et-ile-de-france.example.org"


def _address_lines(text: str, address: str) -> list[str]:
    """The lines of ``text`` that together spell ``address`` (text around it dropped)."""
    lines = [line.strip() for line in text.splitlines()]
    for start, line in enumerate(lines):
        cut = line.find(address[:12])
        if cut < 0:
            continue
        found, spelled = [line[cut:]], line[cut:]
        for following in lines[start + 1:]:
            if len(spelled) >= len(address):
                break
            found.append(following)
            spelled += following
        if spelled.startswith(address):
            return found
    raise AssertionError(f"{address} not found whole in:\n{text}")


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_a_long_address_breaks_only_after_at_dot_or_hyphen(tmp_path: Path, paper: str) -> None:
    person = rich_contact(id=1, name="Ana María Fernández González", emails=(
        EmailRecord(LONG, EmailKind.WORK, True, LONG),))
    office = replace(OFFICE, email="presse.et.communication@" + LONG.split("@")[1])
    write_sheet(tmp_path / "s.pdf", [replace(person, office=office)],
                SheetOptions(paper=paper))
    pages, _ = sheet_text(tmp_path / "s.pdf")
    text = "\n".join(pages)
    for address in (LONG, office.email):
        assert address is not None
        lines = _address_lines(text, address)
        assert len(lines) > 1 or address == office.email  # the person's is too long for a line
        for line in lines[:-1]:
            assert line[-1] in "@.-", lines
