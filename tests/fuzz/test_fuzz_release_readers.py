"""Damaged release files (text, HTML, .eml, .docx, .pdf) are read or refused by name, never crash.

Each reader gets near-valid bytes: a small real file built here, then mutated (bytes flipped,
inserted, deleted, the file cut short, a stretch repeated). The only failure allowed is
``ReleaseReadError`` whose message names the file.
"""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

import pytest
from hypothesis import given

from desktop.formats.releases.model import ParsedRelease, ReleaseReadError
from desktop.formats.releases.sources import read_release
from tests.fuzz.conftest import FUZZ
from tests.fuzz.mutations import EDITS, mutate

TEXT = ("Ministry of Health opens a new clinic in Dushanbe\n\nDUSHANBE, 3 March 2025 – "
        "The clinic serves 40,000 people.\n\nMedia contact: Dilnoza Rahimova, Press Officer, "
        "+992 37 221 4455, d.rahimova@health.example.tj\n")


def _html() -> bytes:
    return ("<!doctype html><html><head><title>New clinic – Ministry</title></head><body>"
            "<h1>Ministry of Health opens a new clinic</h1><p>DUSHANBE, 3 March 2025 – The "
            "clinic serves 40,000 people.</p><p>Media contact: Dilnoza Rahimova, Press Officer, "
            "+992 37 221 4455, <a href='mailto:d.rahimova@health.example.tj'>email</a></p>"
            "</body></html>").encode()


def _eml() -> bytes:
    return ("From: press@health.example.tj\r\nTo: desk@example.org\r\n"
            "Subject: Ministry of Health opens a new clinic\r\n"
            "Date: Mon, 03 Mar 2025 09:00:00 +0500\r\nMIME-Version: 1.0\r\n"
            "Content-Type: multipart/alternative; boundary=\"b1\"\r\n\r\n--b1\r\n"
            "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: "
            "quoted-printable\r\n\r\n" + TEXT.replace("\n", "\r\n") + "\r\n--b1--\r\n").encode()


def _docx() -> bytes:
    import docx

    document = docx.Document()
    document.add_heading("Ministry of Health opens a new clinic", level=1)
    for line in TEXT.splitlines()[1:]:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    for line in TEXT.replace("–", "-").splitlines():
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.set_compression(False)  # mutations then reach the text, not only the zlib stream
    return bytes(pdf.output())


BASES = {".txt": lambda: TEXT.encode(), ".html": _html, ".eml": _eml, ".docx": _docx,
         ".pdf": _pdf}


def _read(data: bytes, suffix: str) -> ParsedRelease | ReleaseReadError:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"release{suffix}"
        path.write_bytes(data)
        try:
            return read_release(path)
        except ReleaseReadError as refusal:
            assert "release" in str(refusal), f"refusal does not name the file: {refusal}"
            return refusal


@pytest.mark.parametrize("suffix", list(BASES))
def test_the_unmutated_file_is_read(suffix: str) -> None:
    release = _read(BASES[suffix](), suffix)
    assert isinstance(release, ParsedRelease), release
    assert "clinic" in f"{release.title} {release.body}"


@pytest.mark.parametrize("suffix", list(BASES))
def test_damaged_files_are_read_or_refused_by_name(suffix: str) -> None:
    base = BASES[suffix]()

    @FUZZ
    @given(edits=EDITS)
    def check(edits: list[tuple[str, float, bytes]]) -> None:
        _read(mutate(base, edits), suffix)

    check()


def test_a_control_character_beside_a_mailto_link_is_read() -> None:
    """Found by the fuzzer: lxml refused to write the address back beside a \\x01 byte."""
    release = _read(mutate(_html(), [("insert", 0.875, b"\x01")]), ".html")
    assert isinstance(release, ParsedRelease), release
    assert release.title == "Ministry of Health opens a new clinic"
    assert "Dilnoza Rahimova" in release.body
