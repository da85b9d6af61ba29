"""The vCard reader, quick as it is (each head split once, quoted-printable asked only where a
line ends with "=", values decoded directly), reads every file as the plain reader does: the
same cards, the same problems, the same refusal of a file cut short."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from desktop.formats.contact_card import ContactFileError, ParsedCard
from desktop.formats.vcard.reader import open_vcards, read_vcards
from tests.exchange import vcard_reader_reference as reference

DATA = Path(__file__).resolve().parent.parent / "data" / "contacts"


def _both(data: bytes, charset: str = "utf-8") -> tuple[object, object]:
    def run(read: object) -> object:
        try:
            return list(read(io.BytesIO(data).readlines(), fallback_charset=charset))  # type: ignore[operator]
        except ContactFileError as error:
            return ("refused", str(error))
    return run(read_vcards), run(reference.read_vcards)


@pytest.mark.parametrize("path", sorted(DATA.glob("*.vcf")), ids=lambda p: p.name)
def test_every_vendor_file_reads_as_the_plain_reader_reads_it(path: Path) -> None:
    quick: list[ParsedCard] = list(open_vcards(path))
    assert quick == list(reference.open_vcards(path))
    assert quick


_LINES = [
    "FN:Ana María", "fn:ana", "N:Diallo;Aïcha;B.;;", "N:O\\;Brien;Seán", "ORG:IOM Senegal;Dakar",
    "TITLE:Press officer\\, West Africa", "UID:urn:uuid:1", "NOTE:Line one\\nline two",
    "NOTE;CHARSET=windows-1252:caf\xe9", "NOTE;ENCODING=QUOTED-PRINTABLE:Caf=C3=A9 =",
    "NOTE;QUOTED-PRINTABLE;CHARSET=UTF-8:a=3Db=", "TEL;TYPE=cell:+41 79 100 0001",
    "TEL;TYPE=work;VALUE=uri:tel:+41-22-710-1234;ext=12", "TEL;WORK;VOICE:022 710 12 34",
    "item1.TEL:+221 33 869 0000", "item1.X-ABLabel:_$!<Mobile>!$_", "item2.EMAIL:a@b.org",
    "item2.X-ABLabel:Press line", "item3.X-ABLABEL:", ".FN:group-less", "EMAIL;TYPE=home:x@y.org",
    "EMAIL;PREF;INTERNET:mailto:p@q.int", 'TEL;X-LABEL="a:b";TYPE=fax:+1 212 555 0100',
    'X-NAME;P="unclosed:value', "CATEGORIES:Press,* myContacts,Media\\,TV",
    "LANG:fr", "X-PRESSDESK-LANG:ru", "ADR;TYPE=work:;;Rue 1;Dakar;;;Sénégal",
    "ADR:;;;;;;Narnia", "X-PRESSDESK-COUNTRY:TJ", "PHOTO;ENCODING=b:AAAA", "no colon here",
    "VERSION:2.1", "BEGIN:VCARD", "END:VCARD", "  begin:vcard ", "End:VCard", "AGENT:",
    "NOTE;ENCODING=QUOTED-PRINTABLE:broken=ZZ", "NOTE;ENCODING=BASE64:bm90", "TEL;CHARSET=x-no:1",
]
_FOLDS = st.sampled_from(["", " ", "\t", "=", "  "])


@st.composite
def _vcard_file(draw: st.DrawFn) -> bytes:
    """Cards made of known lines, folded anywhere with a space or tab, broken after "=",
    with blank lines, stray text between cards, cards inside cards and a missing END."""
    out: list[str] = []
    for _ in range(draw(st.integers(1, 3))):
        out.append(draw(st.sampled_from(["BEGIN:VCARD", "begin:vcard", " BEGIN:VCARD"])))
        for line in draw(st.lists(st.sampled_from(_LINES), max_size=10)):
            cut = draw(st.integers(0, len(line)))
            fold = draw(_FOLDS)
            if cut and cut < len(line) and fold:
                line = line[:cut] + draw(st.sampled_from(["\r\n", "\n"])) + fold + line[cut:]
            out.append(line)
            if draw(st.booleans()) and draw(st.booleans()):
                out.append(draw(st.sampled_from(["", "   ", "\t"])))
        if draw(st.integers(0, 9)):
            out.append("END:VCARD")
    text = "\r\n".join(out) + draw(st.sampled_from(["\r\n", "", "\n"]))
    return text.encode(draw(st.sampled_from(["utf-8", "cp1252"])), "replace")


@settings(max_examples=600, deadline=None)
@given(_vcard_file(), st.sampled_from(["utf-8", "cp1252", "latin-1"]))
@example(b"BEGIN:VCARD\r\nNOTE;ENCODING=QUOTED-PRINTABLE:a=\r\nb=\r\n c\r\nEND:VCARD\r\n", "utf-8")
@example(b"BEGIN:VCARD\r\nNOTE;ENCODING=QUOTED-PRINTABLE\r\n :a=\r\nb\r\nEND:VCARD\r\n", "utf-8")
@example(b"BEGIN:VCARD\r\nFN:a\r\r\n\x0b\r\nEND:VCARD\r\n", "utf-8")
@example(b"\x0cBEGIN:VCARD\r\nFN:a\r\nEND:VCARD\x0b\r\nEMAIL:x\r\nend:vcard\r\n", "utf-8")
@example(b"BEGIN:VCARDS\r\nBEGIN:VCARD\r\nEND:VCARDX\r\nEND:VCARD\r\n", "utf-8")
def test_any_file_reads_as_the_plain_reader_reads_it(data: bytes, charset: str) -> None:
    quick, plain = _both(data, charset)
    assert quick == plain
