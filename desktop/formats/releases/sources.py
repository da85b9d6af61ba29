"""Opening release files: text (with encoding fallback), HTML, .eml and .docx.

Every failure to read becomes a ``ReleaseReadError`` that names the file and the reason, so an
import can list it beside the others instead of stopping.
"""

from __future__ import annotations

import re
import zipfile
from datetime import date
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

from desktop.formats.releases.html import parse_release_html
from desktop.formats.releases.model import ParsedRelease, ReleaseReadError
from desktop.formats.releases.parse import parse_release_text

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_ENCODINGS = ("utf-8", "utf-8-sig", "cp1252")
_SUBJECT_PREFIX = re.compile(
    r"^\s*(?:(?:re|fwd?|tr|rv|fw)\s*:\s*)*(?:(?:press|news)\s+release|communiqu[ée](?:\s+de\s+presse)?|"
    r"comunicado(?:\s+de\s+prensa)?|пресс-релиз)?\s*[:|–—-]?\s*",
    re.IGNORECASE,
)


def decode_text(data: bytes, name: str) -> str:
    """Decode bytes as UTF-8 (with or without BOM), else cp1252, else refuse."""
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ReleaseReadError(f"{name}: not a text file (it contains binary data)")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise ReleaseReadError(f"{name}: not valid UTF-16 text ({error})") from error
    for encoding in _ENCODINGS:
        try:
            return data.decode(encoding).lstrip("\ufeff")
        except UnicodeDecodeError:
            continue
    raise ReleaseReadError(f"{name}: the text is in none of the encodings UTF-8 or Windows-1252")


def _read_bytes(path: Path) -> bytes:
    try:
        data = path.read_bytes()
    except FileNotFoundError as error:
        raise ReleaseReadError(f"{path}: no such file") from error
    except IsADirectoryError as error:
        raise ReleaseReadError(f"{path}: is a folder, not a release file") from error
    except OSError as error:
        raise ReleaseReadError(f"{path}: cannot be read ({error.strerror or error})") from error
    if not data.strip():
        raise ReleaseReadError(f"{path}: the file is empty")
    return data


def read_release(path: Path) -> ParsedRelease:
    """Read a release file of any supported kind, chosen by its suffix (text if unknown)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".docx":
        return read_docx(path)
    data = _read_bytes(path)
    if suffix == ".eml":
        return parse_release_eml(data, str(path))
    text = decode_text(data, str(path))
    if suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and _looks_like_html(text)):
        return parse_release_html(text, str(path))
    return parse_release_text(text, str(path))


def _looks_like_html(text: str) -> bool:
    return bool(re.match(r"\s*(?:<!doctype html|<html)", text[:500], re.IGNORECASE))


def parse_release_eml(data: bytes, source: str) -> ParsedRelease:
    """An email carrying a release: Subject is the title candidate, Date the date candidate."""
    try:
        message = BytesParser(policy=policy.default).parsebytes(data)
    except Exception as error:
        raise ReleaseReadError(f"{source}: not a readable email ({error})") from error
    assert isinstance(message, EmailMessage)
    subject = _SUBJECT_PREFIX.sub("", str(message.get("Subject", "") or "")).strip() or None
    sent = _header_date(message)
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        raise ReleaseReadError(f"{source}: the email has no text or HTML part")
    try:
        content = part.get_content()
    except (LookupError, UnicodeError) as error:
        raise ReleaseReadError(f"{source}: the email text cannot be decoded ({error})") from error
    if isinstance(content, bytes):
        content = decode_text(content, source)
    if part.get_content_subtype() == "html":
        return parse_release_html(str(content), source, date_hint=sent)
    return parse_release_text(str(content), source, title_hint=subject, date_hint=sent)


def _header_date(message: EmailMessage) -> date | None:
    try:
        header = message.get("Date")
        when = getattr(header, "datetime", None)
    except (TypeError, ValueError, IndexError):
        return None
    return when.date() if when is not None else None


def read_docx(path: Path) -> ParsedRelease:
    """A Word document: paragraphs and table rows in document order, headings as the title."""
    import docx  # python-docx; imported here so text-only callers do not pay for it
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    if not path.exists():
        raise ReleaseReadError(f"{path}: no such file")
    try:
        document = docx.Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise ReleaseReadError(f"{path}: not a readable Word document ({error})") from error
    except Exception as error:
        raise ReleaseReadError(f"{path}: not a readable Word document ({error})") from error
    lines: list[str] = []
    title: str | None = None
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(block, document)
            text = paragraph.text
            style = (paragraph.style.name if paragraph.style is not None else "") or ""
            if title is None and text.strip() and style.startswith(("Title", "Heading 1")):
                title = text.strip()
            lines.extend(text.split("\n"))
        elif tag == "tbl":
            table = Table(block, document)
            for row in table.rows:
                cells = [cell.text.strip() for cell in row.cells if cell.text.strip()]
                lines.append(" | ".join(dict.fromkeys(cells)))
    text = "\n".join(lines)
    if not text.strip():
        raise ReleaseReadError(f"{path}: the document has no text")
    core_title = (document.core_properties.title or "").strip() or None
    return parse_release_text(text, str(path), title_hint=title or core_title)
