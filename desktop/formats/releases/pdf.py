"""PDF releases through pdfminer.six: the text in reading order, page furniture left out.

pdfminer gives text boxes with their positions. A page is read band by band from the top: a
box as wide as the page closes a band, and inside a band the left column is read before the
right one (two-column releases). Running headers and footers (the same text, digits aside, at
the top or bottom of most pages) and page numbers are dropped, so they do not cut a contact
block that runs over a page break.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from statistics import median

from desktop.formats.releases.limits import (
    MAX_PDF_PAGES,
    MAX_TEXT_CHARS,
    has_readable_text,
)
from desktop.formats.releases.model import ParsedRelease, ReleaseReadError
from desktop.formats.releases.parse import parse_release_text
from desktop.formats.releases.refused import CodedReadError

_MARGIN = 0.1
"""The top and bottom tenth of a page is where running headers and footers sit."""
_PAGE_NUMBER = re.compile(
    r"^\s*(?:[-–—]\s*)?(?:(?:page|p\.|seite|página|pagina|страница|стр\.)\s*)?\d{1,4}"
    r"(?:\s*(?:/|of|de|sur|von|из)\s*\d{1,4})?(?:\s*[-–—])?\s*$",
    re.IGNORECASE,
)
_ODD_SPACES = re.compile(r"[\u00a0\u2000-\u200b\u202f\u205f\u3000]")
_UNMAPPED = re.compile(r"\(cid:\d+\)")
"""pdfminer's stand-in for a glyph whose font has no map back to a letter."""
_LIGATURES = re.compile("[\ufb00-\ufb06]")
"""ﬁ, ﬂ, ﬀ…: fonts set them as one glyph; a search or an address needs the letters."""
_BULLETS = re.compile(r"^[\s\u2022\u25aa\u25cf\u25e6\u2023\u2043\u2219\uf0b7\uf0a7]+")


@dataclass(frozen=True)
class _Box:
    page: int
    x0: float
    top: float
    x1: float
    bottom: float
    text: str
    size: float
    """The box's median character height: the title is set larger than the body."""


def _furniture_key(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.split()).casefold())


def _clean(text: str) -> str:
    lines = []
    text = _LIGATURES.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    for line in _ODD_SPACES.sub(" ", text.replace("\u00ad", "")).splitlines():
        line = _BULLETS.sub("", line)
        lines.append(" ".join(line.split()))
    return "\n".join(lines).strip()


def _page_boxes(number: int, layout: object) -> tuple[list[_Box], float, float]:
    from pdfminer.layout import LTChar, LTTextBox, LTTextLine

    width = float(getattr(layout, "width", 0.0)) or 1.0
    height = float(getattr(layout, "height", 0.0)) or 1.0
    boxes = []
    for element in layout:  # type: ignore[attr-defined]
        if not isinstance(element, LTTextBox):
            continue
        text = _clean(element.get_text())
        if not text:
            continue
        sizes = [char.size for line in element if isinstance(line, LTTextLine)
                 for char in line if isinstance(char, LTChar)]
        boxes.append(_Box(number, element.x0, height - element.y1, element.x1,
                          height - element.y0, text, median(sizes) if sizes else 0.0))
    return boxes, width, height


def _rows(band: list[_Box]) -> list[list[_Box]]:
    """Cut a band where a clear gap runs across the whole page (a block below both columns)."""
    rows: list[list[_Box]] = []
    bottom = float("-inf")
    for box in sorted(band, key=lambda b: (b.top, b.x0)):
        if rows and box.top - bottom <= 2.0 * max(box.size, 1.0):
            rows[-1].append(box)
        else:
            rows.append([box])
        bottom = max(bottom, box.bottom) if len(rows[-1]) > 1 else box.bottom
    return rows


def _reading_order(boxes: list[_Box], width: float) -> list[_Box]:
    """Bands from the top; in each band the left column, then the right one."""
    middle = width / 2
    ordered: list[_Box] = []
    band: list[_Box] = []

    def close_band() -> None:
        for row in _rows(band):
            left = [b for b in row if (b.x0 + b.x1) / 2 < middle]
            right = [b for b in row if (b.x0 + b.x1) / 2 >= middle]
            if left and right:
                ordered.extend(sorted(left, key=lambda b: b.top))
                ordered.extend(sorted(right, key=lambda b: b.top))
            else:
                ordered.extend(sorted(row, key=lambda b: (b.top, b.x0)))
        band.clear()

    for box in sorted(boxes, key=lambda b: (b.top, b.x0)):
        spans = box.x0 < middle - width * 0.05 and box.x1 > middle + width * 0.05
        if spans:
            close_band()
            ordered.append(box)
        else:
            band.append(box)
    close_band()
    return ordered


def _joined(boxes: list[_Box]) -> str:
    """Boxes one under the other stay one block of lines; a gap of a line or more is a paragraph.

    Across a page break the block goes on unless the page ended a sentence.
    """
    parts: list[str] = []
    previous: _Box | None = None
    for box in boxes:
        if previous is not None:
            if box.page != previous.page:  # a page break inside a block is not a paragraph
                close = not previous.text.rstrip().endswith((".", "!", "?", ":", "»", '"'))
            else:
                close = 0 <= box.top - previous.bottom < 0.9 * max(box.size, previous.size, 1.0)
            parts.append("\n" if close else "\n\n")
        parts.append(box.text)
        previous = box
    return "".join(parts)


def _without_furniture(pages: list[tuple[list[_Box], float, float]]) -> list[list[_Box]]:
    """Drop page numbers, and margin boxes that repeat on most pages (running heads)."""
    in_margin: Counter[str] = Counter()
    for boxes, _, height in pages:
        keys = {_furniture_key(b.text) for b in boxes
                if b.bottom < height * _MARGIN or b.top > height * (1 - _MARGIN)}
        in_margin.update(keys)
    repeated = {key for key, count in in_margin.items()
                if len(pages) > 1 and count >= max(2, (len(pages) + 1) // 2)}
    kept = []
    for boxes, _, height in pages:
        page_kept = []
        for box in boxes:
            marginal = box.bottom < height * _MARGIN or box.top > height * (1 - _MARGIN)
            if _PAGE_NUMBER.match(box.text):
                continue
            if marginal and _furniture_key(box.text) in repeated:
                continue
            page_kept.append(box)
        kept.append(page_kept)
    return kept


def _title_hint(first_page: list[_Box]) -> str | None:
    """The first-page box set clearly larger than the body text, if there is one."""
    sized = [b for b in first_page if b.size > 0 and len(b.text) >= 4]
    if not sized:
        return None
    body = median(b.size for b in sized)
    biggest = max(sized, key=lambda b: (b.size, -b.top))
    if biggest.size < body * 1.25 or len(biggest.text) > 300:
        return None
    return " ".join(biggest.text.split())


def check_text_layer(text: str, name: str) -> None:
    """Refuse a text layer made of unmapped glyphs ("(cid:12)"), which reads as nothing."""
    unmapped = sum(len(m) for m in _UNMAPPED.findall(text))
    if unmapped > len(text) / 3 or not has_readable_text(_UNMAPPED.sub("", text)):
        raise CodedReadError(name, "release.pdf_unmapped")


def pdf_text(source: Path | bytes, name: str = "") -> tuple[str, str | None]:
    """(text in reading order, title hint) of a PDF file, or of its bytes (a fetched page, read
    in memory); ``ReleaseReadError`` naming ``name`` (else the path) when there is no text layer.
    """
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfminer.psparser import PSException

    label = _label(source, name)
    pages = []
    try:
        with io.BytesIO(source) if isinstance(source, bytes) else source.open("rb") as handle:
            count = sum(1 for _ in PDFPage.get_pages(handle))
            if count > MAX_PDF_PAGES:
                raise CodedReadError(label, "release.pdf_pages", pages=count,
                                  limit=MAX_PDF_PAGES)
            handle.seek(0)
            length = 0
            for number, layout in enumerate(extract_pages(handle,
                                                          laparams=LAParams(boxes_flow=None))):
                pages.append(_page_boxes(number, layout))
                length += sum(len(box.text) for box in pages[-1][0])
                if length > MAX_TEXT_CHARS:  # stop laying out: the rest would be refused anyway
                    raise CodedReadError(label, "release.pdf_text_too_long",
                                      limit=f"{MAX_TEXT_CHARS:,}")
    except ReleaseReadError:
        raise
    except (PDFPasswordIncorrect, PDFEncryptionError) as error:
        raise CodedReadError(label, "release.pdf_encrypted",
                          detail=type(error).__name__) from error
    except (PDFSyntaxError, PSException) as error:
        raise CodedReadError(label, "release.pdf_unreadable", detail=str(error)) from error
    except (OSError, ValueError, KeyError, TypeError, AssertionError) as error:
        raise CodedReadError(label, "release.pdf_unreadable", detail=repr(error)) from error
    kept = _without_furniture(pages)
    ordered: list[_Box] = []
    for boxes, (_, width, _) in zip(kept, pages, strict=True):
        ordered.extend(_reading_order(boxes, width))
    text = _joined(ordered)
    if not any(char.isalnum() for char in text):
        raise CodedReadError(label, "release.pdf_scanned")
    check_text_layer(text, label)
    if len(text) > MAX_TEXT_CHARS:
        raise CodedReadError(label, "release.text_too_long", chars=f"{len(text):,}",
                          limit=f"{MAX_TEXT_CHARS:,}")
    return text, _title_hint(kept[0]) if kept else None


def read_pdf(source: Path | bytes, name: str = "") -> ParsedRelease:
    """A PDF release (a file, or a fetched page's bytes named ``name``): its text in reading
    order, the largest first-page line as title hint."""
    text, title = pdf_text(source, name)
    return parse_release_text(text, _label(source, name), title_hint=title)


def _label(source: Path | bytes, name: str) -> str:
    """What messages and the release's source call the PDF: ``name``, else the file's path."""
    return name or (str(source) if isinstance(source, Path) else "a PDF")
