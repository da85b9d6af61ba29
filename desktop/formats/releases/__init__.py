"""Reading press releases (text, HTML, .eml, .docx) into a ``ParsedRelease``.

Pure: no database, no Qt. ``read_release`` opens a file; the ``parse_*`` functions take content
already in memory. The readers are imported on first use (PEP 562): they pull in trafilatura
and lxml, which the app does not need to start or to show a release already imported.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from desktop.formats.releases.model import ExtractedPerson, ParsedRelease, ReleaseReadError, Role

if TYPE_CHECKING:
    from desktop.formats.releases.html import parse_release_html
    from desktop.formats.releases.parse import content_hash, parse_release_text
    from desktop.formats.releases.sources import parse_release_eml, read_docx, read_release

_LAZY = {
    "parse_release_html": "desktop.formats.releases.html",
    "content_hash": "desktop.formats.releases.parse",
    "parse_release_text": "desktop.formats.releases.parse",
    "parse_release_eml": "desktop.formats.releases.sources",
    "read_docx": "desktop.formats.releases.sources",
    "read_release": "desktop.formats.releases.sources",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "ExtractedPerson",
    "ParsedRelease",
    "ReleaseReadError",
    "Role",
    "content_hash",
    "parse_release_eml",
    "parse_release_html",
    "parse_release_text",
    "read_docx",
    "read_release",
]
