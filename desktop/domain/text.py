"""Text folding shared by matching, search and duplicate detection."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lower-case, strip accents and squeeze spaces: "  Sénégal " -> "senegal".

    Works on any script: only combining marks are removed, so Cyrillic and Arabic survive.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.casefold()).strip()


def squeeze(text: str) -> str:
    """Collapse runs of white space (including non-breaking spaces) to one space."""
    return _SPACES.sub(" ", text.replace("\u00a0", " ").replace("\u202f", " ")).strip()
