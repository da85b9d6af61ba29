"""The vCard reader remembers each property head it has split (``TEL;TYPE=work``) so a large
file splits each once: what it remembers from one file never changes how another is read."""

from __future__ import annotations

import io
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.formats.vcard import reader
from desktop.formats.vcard.reader import open_vcards, read_vcards

DATA = Path(__file__).resolve().parent.parent / "data" / "contacts"
VCARDS = sorted(DATA.glob("*.vcf"))


def _forget() -> None:
    reader._HEADS.clear()
    reader._phone_kind.cache_clear()
    reader._email_kind.cache_clear()


def test_every_vendor_file_reads_the_same_after_all_the_others() -> None:
    assert len(VCARDS) >= 6
    alone = {}
    for path in VCARDS:
        _forget()
        alone[path.name] = list(open_vcards(path))
    _forget()
    for path in VCARDS + VCARDS[::-1]:  # every head already seen, in both orders
        assert list(open_vcards(path)) == alone[path.name], path.name


_HEADS = ["TEL", "TEL;TYPE=cell", "TEL;TYPE=CELL,VOICE", "item1.TEL", "TEL;TYPE=work;TYPE=fax",
          "EMAIL;TYPE=home", "EMAIL;TYPE=INTERNET;TYPE=WORK", "item1.EMAIL", "TEL;CELL",
          "EMAIL;PREF;INTERNET"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_HEADS), st.sampled_from(["+41 22 710 0001",
                                                                    "ana@example.org"])),
                min_size=1, max_size=6),
       st.sampled_from(["Mobile", "Press line", "_$!<Work>!$_", None]))
def test_cards_read_the_same_with_a_warm_or_a_cold_memory(
        lines: list[tuple[str, str]], label: str | None) -> None:
    body = "".join(f"{head}:{value}\r\n" for head, value in lines)
    if label:
        body += f"item1.X-ABLabel:{label}\r\n"
    card = f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\n{body}END:VCARD\r\n".encode()
    warm = list(read_vcards(io.BytesIO(card)))
    _forget()
    cold = list(read_vcards(io.BytesIO(card)))
    assert warm == cold
