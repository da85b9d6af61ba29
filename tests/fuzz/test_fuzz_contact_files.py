"""Damaged vCard and CSV contact files: imported whole or refused by name, never half written.

A real small file of each kind is mutated (bytes flipped, inserted, deleted, cut, repeated) and
imported for real. Allowed outcomes: the import finishes, or ``InputError`` naming the file
or the line, the field and the reason;
after a refusal the directory holds exactly the contacts it held before.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given

from desktop.domain.errors import InputError
from desktop.services.contact_import import import_contacts
from desktop.services.contacts import count_contacts
from desktop.services.database import Database
from tests.fuzz.conftest import FUZZ
from tests.fuzz.mutations import EDITS, mutate

VCF = (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dilnoza Rahimova\r\nN:Rahimova;Dilnoza;;;\r\n"
       b"ORG:Ministry of Health\r\nTITLE:Press Officer\r\nTEL;TYPE=CELL:+992 93 555 1234\r\n"
       b"EMAIL;TYPE=WORK:d.rahimova@health.example.tj\r\nNOTE:Speaks Tajik\\, Russian\r\n"
       b"END:VCARD\r\nBEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ana Souza\r\n"
       b"TEL;VALUE=uri;TYPE=work:tel:+55-61-3333-4444\r\nEND:VCARD\r\n")
CSV = ("Name,Organization,Title,Phone,E-mail,Country\r\n"
       "Dilnoza Rahimova,Ministry of Health,Press Officer,+992 93 555 1234,"
       "d.rahimova@health.example.tj,TJ\r\n"
       "\"Souza, Ana\",\"Agência \"\"Brasil\"\"\",Editor,+55 61 3333 4444,ana@example.br,BR\r\n"
       ).encode()
BASES = {".vcf": VCF, ".csv": CSV}


@pytest.mark.parametrize("suffix", list(BASES))
def test_damaged_contact_files_import_whole_or_not_at_all(db: Database, suffix: str) -> None:
    assert import_contacts(db, _written(BASES[suffix], suffix, Path(tempfile.mkdtemp())),
                           dry_run=True).outcomes

    @FUZZ
    @given(edits=EDITS)
    def check(edits: list[tuple[str, float, bytes]]) -> None:
        before = count_contacts(db, include_archived=True)
        with tempfile.TemporaryDirectory() as folder:
            path = _written(mutate(BASES[suffix], edits), suffix, Path(folder))
            try:
                import_contacts(db, path)
            except InputError as refusal:
                # The file, or the line and column of the file being imported, and why.
                for problem in refusal.problems:
                    assert problem.field and problem.reason, refusal
                    assert path.name in problem.value or problem.where, refusal
                assert count_contacts(db, include_archived=True) == before

    check()


def _written(data: bytes, suffix: str, folder: Path) -> Path:
    path = folder / f"contacts{suffix}"
    path.write_bytes(data)
    return path
