"""A vCard file is read a block at a time, each plain card (unfolded lines, one line ending)
split at once; folded, quoted-printable or odd cards, and anything that could move where a card
ends, go through the line reader. Whatever the file and wherever a block ends, the cards and
problems are the plain reader's."""

from __future__ import annotations

import io

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from desktop.formats.contact_card import ContactFileError
from desktop.formats.vcard import reader
from tests.exchange import vcard_reader_reference as reference
from tests.exchange.test_import_vcard_reader_reads_as_the_plain_reader import _LINES


def _read(read: object, data: bytes, charset: str) -> object:
    try:
        return list(read(io.BytesIO(data), fallback_charset=charset))  # type: ignore[operator]
    except ContactFileError as error:
        return ("refused", str(error))


_PLAIN = ["FN:Ana María", "N:Diallo;Aïcha;;;", "ORG:IOM Senegal", "TITLE:Press officer",
          "TEL;TYPE=cell:+221 77 100 0001", "TEL;TYPE=work;VALUE=uri:tel:+41-22-710-1234",
          "EMAIL;TYPE=work:a.diallo@example.org", "NOTE:On call\\nweekends\\; north",
          "CATEGORIES:Press officers", "VERSION:4.0", "item1.TEL:+41 79 100 0002",
          "item1.X-ABLabel:_$!<Mobile>!$_"]


@st.composite
def _file(draw: st.DrawFn) -> bytes:
    """Mostly plain cards, some with an odd line (folded, broken after "=", a stray line
    ending, a card inside, a BEGIN or END written otherwise), blank lines and text between
    cards, the last END missing or not followed by a line break."""
    nl = draw(st.sampled_from(["\r\n", "\n"]))
    out: list[str] = []
    for _ in range(draw(st.integers(1, 6))):
        if draw(st.integers(0, 5)) == 0:
            out.append(draw(st.sampled_from(["", "junk", " BEGIN:VCARD", "begin:vcard"])))
        out.append("BEGIN:VCARD")
        lines = draw(st.lists(st.sampled_from(_PLAIN), max_size=8))
        if draw(st.integers(0, 3)) == 0:
            odd = draw(st.sampled_from([*_LINES, "", " folded", "\tfolded", "NOTE:a=",
                                        "FN:x\r", "FN:y\rz", "FN:\nz"]))
            lines.insert(draw(st.integers(0, len(lines))), odd)
        out.extend(lines)
        if draw(st.integers(0, 12)):
            out.append(draw(st.sampled_from(["END:VCARD"] * 6 + ["end:vcard", "END:VCARD "])))
        if draw(st.integers(0, 8)) == 0:
            out.append(draw(st.sampled_from([" x", "\ty", "", "junk"])))
    text = nl.join(out) + draw(st.sampled_from([nl, "", "\r\n", "\n"]))
    return text.encode(draw(st.sampled_from(["utf-8", "cp1252"])), "replace")


@settings(max_examples=600, deadline=None)
@given(_file(), st.sampled_from([1, 7, 64, 1 << 20]), st.sampled_from(["utf-8", "cp1252"]))
@example(b"BEGIN:VCARD\r\nEND:VCARD\r\n", 1 << 20, "utf-8")
@example(b"BEGIN:VCARD\r\nFN:a=\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:b\r\nEND:VCARD\r\n", 7,
         "utf-8")
@example(b"BEGIN:VCARD\r\nNOTE;ENCODING=QUOTED-PRINTABLE:a=\r\nb\r\nEND:VCARD\r\n", 64,
         "utf-8")
@example(b"BEGIN:VCARD\r\nFN:a\r\nEND:VCARD\r\n x\r\nBEGIN:VCARD\r\nFN:b\r\nEND:VCARD\r\n",
         1 << 20, "utf-8")
@example(b"BEGIN:VCARD\n FN:a\nEND:VCARD\n", 1 << 20, "utf-8")
def test_any_file_read_in_blocks_reads_as_the_plain_reader(
        data: bytes, block: int, charset: str) -> None:
    before = reader.BLOCK
    reader.BLOCK = block
    try:
        quick = _read(reader.read_vcards, data, charset)
    finally:
        reader.BLOCK = before
    assert quick == _read(reference.read_vcards, data, charset)


@pytest.mark.parametrize("nl", [b"\r\n", b"\n"])
def test_a_large_plain_file_reads_as_the_plain_reader(nl: bytes) -> None:
    cards = [nl.join([b"BEGIN:VCARD", b"VERSION:3.0", f"FN:Person {n}".encode(),
                      f"N:{n};Person;;;".encode(), f"TEL;TYPE=cell:+41 79 100 {n:04d}".encode(),
                      "NOTE:Café\\, north\\nline two".encode(), b"END:VCARD", b""])
             for n in range(3000)]
    cards[1500] = cards[1500].replace(b"FN:Person", nl + b" FN:Folded")  # one folded card
    data = b"".join(cards)
    quick = _read(reader.read_vcards, data, "utf-8")
    assert quick == _read(reference.read_vcards, data, "utf-8")
    assert isinstance(quick, list) and len(quick) == 3000
