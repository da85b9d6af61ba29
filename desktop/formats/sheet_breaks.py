"""Where a line holding an e-mail address breaks on the printed sheet.

fpdf2's ``multi_cell`` breaks between words and, for a word longer than the line, at any
letter: an address then reads as two broken ones ("…@iom-france-bureau-de-p" / "aris.…"),
on paper and when copied from the PDF. Here the breaks are chosen before ``multi_cell`` sees
the text: between words, and inside a word too long for a line only after "@", ".", "-" or
"/", as an address is broken by hand.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_ADDRESS_BREAKS = re.compile(r"(?<=[@./-])")


def broken_at_address_marks(text: str, fits: Callable[[str], bool]) -> str:
    """``text`` with a newline at each break: every line ``fits`` except a piece longer than
    a line by itself (left for ``multi_cell`` to break); no-break spaces are not broken."""
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        joined = f"{line} {word}" if line else word
        if fits(joined):
            line = joined
            continue
        if fits(word):
            if line:
                lines.append(line)
            line = word
            continue
        sep = " " if line else ""
        for piece in (p for p in _ADDRESS_BREAKS.split(word) if p):
            if line and fits(line + sep + piece):
                line += sep + piece
            else:
                if line:
                    lines.append(line)
                line = piece
            sep = ""
    lines.append(line)
    return "\n".join(lines)
