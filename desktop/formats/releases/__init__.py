"""Reading press releases (text, HTML, .eml, .docx) into a ``ParsedRelease``.

Pure: no database, no Qt. ``read_release`` opens a file; the ``parse_*`` functions take content
already in memory.
"""

from desktop.formats.releases.html import parse_release_html
from desktop.formats.releases.model import ExtractedPerson, ParsedRelease, ReleaseReadError, Role
from desktop.formats.releases.parse import content_hash, parse_release_text
from desktop.formats.releases.sources import parse_release_eml, read_docx, read_release

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
