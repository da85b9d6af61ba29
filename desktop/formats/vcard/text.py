"""vCard text rules for the writer: escaping and line folding (the reader unfolds on bytes).

RFC 6350 (4.0) and RFC 2426 (3.0): in a text value a backslash, a comma, a semicolon and a
line break are written ``\\\\``, ``\\,``, ``\\;`` and ``\\n``; a content line longer than
75 octets is folded by inserting CRLF and one space, and (RFC 6350 3.2) never inside a UTF-8
multi-octet sequence.
"""

from __future__ import annotations

LINE_OCTETS = 75
CRLF = "\r\n"


def escape(value: str) -> str:
    """A text value as vCard writes it (commas escaped too: safe for list and single values)."""
    if "\\" in value:
        value = value.replace("\\", "\\\\")
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    return value.replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")


def fold(line: str) -> str:
    """``line`` folded at 75 octets with CRLF + space, never splitting a UTF-8 sequence."""
    if len(line) <= LINE_OCTETS and (line.isascii() or len(line.encode()) <= LINE_OCTETS):
        return line
    data = line.encode()
    if len(data) <= LINE_OCTETS:
        return line
    pieces: list[bytes] = []
    start, limit = 0, LINE_OCTETS
    while len(data) - start > limit:
        cut = start + limit
        while data[cut] & 0xC0 == 0x80:  # a continuation byte: back off to the character start
            cut -= 1
        pieces.append(data[start:cut])
        start, limit = cut, LINE_OCTETS - 1  # the leading space counts
    pieces.append(data[start:])
    return b"\r\n ".join(pieces).decode()


def unfold(text: str) -> str:
    """Folded lines joined again (for tests and simple readers of our own output)."""
    return text.replace("\r\n ", "").replace("\r\n\t", "")
