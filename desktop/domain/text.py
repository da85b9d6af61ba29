"""Text folding shared by matching, search and duplicate detection."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lower-case, strip accents and squeeze spaces: "  Sénégal " -> "senegal".

    Works on any script: only combining marks are removed, so Cyrillic and Arabic survive.
    """
    if text.isascii():  # nothing to decompose or strip; casefold is lower (most text)
        if "  " not in text and text.isprintable():
            return text.lower().strip()  # its only white space is single spaces
        return _SPACES.sub(" ", text.lower()).strip()
    stripped = unicodedata.normalize("NFKD", text).translate(_marks())
    return _SPACES.sub(" ", stripped.casefold()).strip()


_MARKS: dict[int, None] = {}


def _marks() -> dict[int, None]:
    """Every combining mark (all below U+20000) mapped to nothing, for str.translate: one C
    call instead of a Python test per character. Built on first use (a few milliseconds)."""
    if not _MARKS:
        _MARKS.update({cp: None for cp in range(0x300, 0x20000)
                       if unicodedata.combining(chr(cp))})
    return _MARKS


def squeeze(text: str) -> str:
    """Collapse runs of white space (including non-breaking spaces) to one space."""
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text  # printable text holds no white space but " ": nothing to squeeze
    return _SPACES.sub(" ", text.replace("\u00a0", " ").replace("\u202f", " ")).strip()
