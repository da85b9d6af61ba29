"""Opening release files: text (with encoding fallback), HTML, .eml, .docx and .pdf.

Every failure to read becomes a ``ReleaseReadError`` that names the file and the reason, so an
import can list it beside the others instead of stopping. Sizes are checked against
``limits`` before anything expensive runs, and a file with no readable text is refused.
"""

from __future__ import annotations

import re
import zipfile
from datetime import date
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from typing import Any

from desktop.formats.releases import limits
from desktop.formats.releases.html import parse_release_html
from desktop.formats.releases.model import ParsedRelease
from desktop.formats.releases.parse import parse_release_text
from desktop.formats.releases.refused import CodedReadError

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
    bom = _utf16_without_bom(data[:4096])
    if bom:  # Notepad's "Unicode" saved by a tool that dropped the BOM
        data = bom + data
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise CodedReadError(name, "release.binary")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise CodedReadError(name, "release.bad_utf16", detail=str(error)) from error
    for encoding in _ENCODINGS:
        try:
            return data.decode(encoding).lstrip("\ufeff")
        except UnicodeDecodeError:
            continue
    raise CodedReadError(name, "release.encoding")


def _utf16_without_bom(head: bytes) -> bytes:
    """The BOM of UTF-16 text written without one: a zero byte beside nearly every letter."""
    pairs = len(head) // 2
    if pairs < 8 or head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return b""
    even, odd = head[0:pairs * 2:2].count(0), head[1:pairs * 2:2].count(0)
    if odd >= 0.9 * pairs and even == 0:
        return b"\xff\xfe"
    if even >= 0.9 * pairs and odd == 0:
        return b"\xfe\xff"
    return b""


def _file_limit(suffix: str) -> int:
    return {".eml": limits.MAX_EML_FILE_BYTES, ".docx": limits.MAX_DOCX_FILE_BYTES,
            ".pdf": limits.MAX_PDF_FILE_BYTES}.get(
        suffix, limits.MAX_HTML_FILE_BYTES if suffix in HTML_SUFFIXES
        else limits.MAX_TEXT_FILE_BYTES)


def _check_size(path: Path) -> None:
    """Refuse a file far larger than a release before reading a byte of it."""
    try:
        size = path.stat().st_size
    except FileNotFoundError as error:
        raise CodedReadError(str(path), "release.no_such_file") from error
    except OSError as error:
        raise CodedReadError(str(path), "release.unreadable",
                          detail=str(error.strerror or error)) from error
    if path.is_dir():
        raise CodedReadError(str(path), "release.folder")
    limit = _file_limit(path.suffix.lower())
    if size > limit:
        raise CodedReadError(str(path), "release.file_too_big", size=limits.megabytes(size),
                          limit=limits.megabytes(limit))


def _read_bytes(path: Path) -> bytes:
    _check_size(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError as error:
        raise CodedReadError(str(path), "release.no_such_file") from error
    except IsADirectoryError as error:
        raise CodedReadError(str(path), "release.folder") from error
    except OSError as error:
        raise CodedReadError(str(path), "release.unreadable",
                          detail=str(error.strerror or error)) from error
    if not data.strip():
        raise CodedReadError(str(path), "release.empty_file")
    return data


def read_release(path: Path) -> ParsedRelease:
    """Read a release file of any supported kind, chosen by its suffix (text if unknown)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".docx":
        return read_docx(path)
    if suffix == ".pdf":
        _check_size(path)
        from desktop.formats.releases.pdf import read_pdf  # pdfminer only when a PDF comes

        return read_pdf(path)
    data = _read_bytes(path)
    if suffix == ".eml":
        return parse_release_eml(data, str(path))
    if data.startswith(b"%PDF-"):
        raise CodedReadError(str(path), "release.pdf_suffix")
    text = decode_text(data, str(path))
    if suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and _looks_like_html(text)):
        return parse_html_bounded(text, str(path))
    return parse_text_bounded(text, str(path))


def _check_text(text: str, source: str) -> None:
    if len(text) > limits.MAX_TEXT_CHARS:
        raise CodedReadError(source, "release.text_too_long", chars=f"{len(text):,}",
                          limit=f"{limits.MAX_TEXT_CHARS:,}")
    if not limits.has_readable_text(text):
        raise CodedReadError(source, "release.no_readable_text")


def parse_text_bounded(text: str, source: str, **hints: Any) -> ParsedRelease:
    """``parse_release_text`` after the size and readability checks."""
    _check_text(text, source)
    return parse_release_text(text, source, **hints)


def parse_html_bounded(html: str, source: str, *, date_hint: date | None = None) -> ParsedRelease:
    """``parse_release_html`` for a page of bounded size, refused when it has no readable text."""
    if len(html) > limits.MAX_HTML_FILE_BYTES:
        raise CodedReadError(source, "release.page_too_big", size=limits.megabytes(len(html)),
                          limit=limits.megabytes(limits.MAX_HTML_FILE_BYTES))
    release = parse_release_html(html, source, date_hint=date_hint)
    if not limits.has_readable_text(f"{release.title}\n{release.body}"):
        raise CodedReadError(source, "release.no_text_on_page")
    return release


def _looks_like_html(text: str) -> bool:
    return bool(re.match(r"\s*(?:<!doctype html|<html)", text[:500], re.IGNORECASE))


def parse_release_eml(data: bytes, source: str) -> ParsedRelease:
    """An email carrying a release: Subject is the title candidate, Date the date candidate."""
    try:
        message = BytesParser(policy=policy.default).parsebytes(data)
    except RecursionError as error:  # the parser recurses once per level of nesting
        raise CodedReadError(source, "release.eml_nested", depth=limits.MAX_EML_DEPTH) from error
    except Exception as error:
        raise CodedReadError(source, "release.eml_unreadable", detail=str(error)) from error
    assert isinstance(message, EmailMessage)
    _check_parts(message, source)
    subject = _SUBJECT_PREFIX.sub("", str(message.get("Subject", "") or "")).strip() or None
    sent = _header_date(message)
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        raise CodedReadError(source, "release.eml_no_body")
    try:
        content = part.get_content()
    except (LookupError, UnicodeError) as error:
        raise CodedReadError(source, "release.eml_undecodable", detail=str(error)) from error
    if isinstance(content, bytes):
        content = decode_text(content, source)
    if part.get_content_subtype() == "html":
        return parse_html_bounded(str(content), source, date_hint=sent)
    if subject and not limits.has_readable_text(subject):
        subject = None
    return parse_text_bounded(str(content), source, title_hint=subject, date_hint=sent)


def _check_parts(message: EmailMessage, source: str) -> None:
    """Refuse mail nested deeper, or split into more parts, than any real release needs."""
    stack: list[tuple[EmailMessage, int]] = [(message, 1)]
    parts = 0
    while stack:
        part, depth = stack.pop()
        parts += 1
        if depth > limits.MAX_EML_DEPTH:
            raise CodedReadError(source, "release.eml_nested", depth=limits.MAX_EML_DEPTH)
        if parts > limits.MAX_EML_PARTS:
            raise CodedReadError(source, "release.eml_parts", parts=limits.MAX_EML_PARTS)
        if part.is_multipart():
            payload = part.get_payload()
            if isinstance(payload, list):
                stack.extend((child, depth + 1) for child in payload
                             if isinstance(child, EmailMessage))


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

    _check_size(path)
    _check_docx_members(path)
    try:
        document = docx.Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise CodedReadError(str(path), "release.docx_unreadable", detail=str(error)) from error
    except Exception as error:
        raise CodedReadError(str(path), "release.docx_unreadable", detail=str(error)) from error
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
        raise CodedReadError(str(path), "release.docx_empty")
    core_title = (document.core_properties.title or "").strip() or None
    return parse_text_bounded(text, str(path), title_hint=title or core_title)


def _check_docx_members(path: Path) -> None:
    """Read the zip directory only: refuse a document that would inflate beyond the limits."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise CodedReadError(str(path), "release.docx_unreadable", detail=str(error)) from error
    total = sum(member.file_size for member in members)
    if total > limits.MAX_DOCX_INFLATED_BYTES:
        raise CodedReadError(str(path), "release.docx_too_big", size=limits.megabytes(total),
                          limit=limits.megabytes(limits.MAX_DOCX_INFLATED_BYTES))
    for member in members:
        if (member.file_size > limits.MB
                and member.file_size > member.compress_size * limits.MAX_DOCX_RATIO):
            raise CodedReadError(
                str(path), "release.zip_bomb", member=repr(member.filename),
                size=limits.megabytes(member.file_size),
                ratio=f"{member.file_size // max(member.compress_size, 1):,}")
