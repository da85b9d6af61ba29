"""How big a release may be: a press release is a few pages, so far more is refused up front.

Each bound is checked before the expensive step it protects (the file size before reading, a
.docx's inflated member sizes before unzipping, the page count before laying a PDF out), so a
hostile or mistaken file is refused in well under a second and with little memory. The README
("Data safety: size and time bounds") states these figures; keep them in step.
"""

from __future__ import annotations

import re
import unicodedata

MB = 1024 * 1024

MAX_TEXT_FILE_BYTES = 2 * MB
"""A plain-text release: 2 MB is several hundred pages."""
MAX_HTML_FILE_BYTES = 8 * MB
"""A saved web page with its inline scripts and styles."""
MAX_EML_FILE_BYTES = 16 * MB
"""An email, attachments included (only its text or HTML part is read)."""
MAX_DOCX_FILE_BYTES = 16 * MB
MAX_DOCX_INFLATED_BYTES = 64 * MB
"""All members of a .docx unzipped: a zip bomb inflates far beyond this."""
MAX_DOCX_RATIO = 200
"""A member that unzips to more than 200 times its compressed size is a bomb, not a document."""
MAX_PDF_FILE_BYTES = 24 * MB
MAX_PDF_PAGES = 20
"""pdfminer lays out a dense page in about 0.6 s here: 20 pages stay near 12 s."""
MAX_TEXT_CHARS = 300_000
"""Extracted text of any kind (about 100 pages), checked before the contact extraction."""
MAX_EML_DEPTH = 8
"""Nesting of multipart parts in an email; real mail rarely goes past 3."""
MAX_EML_PARTS = 200

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def megabytes(size: int) -> str:
    return f"{size / MB:.1f} MB" if size < 10 * MB else f"{size / MB:.0f} MB"


def too_big(name: str, what: str, size: int, limit: int) -> str:
    """The refusal message: the file, what was measured, and the stated limit."""
    return (f"{name}: {what} is {megabytes(size)}, more than the {megabytes(limit)} a press "
            "release can be; it was not read")


def text_too_long(name: str, chars: int) -> str:
    return (f"{name}: the text is {chars:,} characters long, more than the {MAX_TEXT_CHARS:,} "
            "a press release can be; it was not read")


def readable_share(text: str) -> float:
    """The share of non-space characters that are letters, digits or punctuation people write.

    Junk (binary read as text, a broken .eml) is mostly replacement characters, control
    characters and unassigned code points.
    """
    seen = good = 0
    for char in text[:20_000]:
        if char.isspace():
            continue
        seen += 1
        if char == "\ufffd":
            continue
        category = unicodedata.category(char)
        if category[0] in "LNPS" or category == "Mn":
            good += 1
    return good / seen if seen else 0.0


def has_readable_text(text: str) -> bool:
    """At least a few words, and mostly characters people write."""
    letters = sum(1 for char in text[:20_000] if char.isalpha())
    return letters >= 10 and readable_share(text) >= 0.8


def shown(text: str, limit: int = 300) -> str:
    """Text safe for one terminal line: control, line-break and direction characters escaped,
    long values cut."""
    cut = text if len(text) <= limit else text[:limit] + f"… ({len(text):,} characters)"
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), cut)
