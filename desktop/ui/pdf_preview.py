"""The first page of a PDF as a picture, for the Export dialog's preview.

Rendered by poppler's ``pdftoppm`` when it is installed (every Linux desktop has it; 0 MB for
Press Desk). QtPdf would render it in-process but lives in PySide6-Addons, a download several
times the size of everything else the app needs, for one preview. Without ``pdftoppm`` the
preview shows the first page's text (pdfminer, already used to read PDF releases), so the
person still sees what the sheet holds.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

RENDER_TIMEOUT = 30.0
"""Seconds before a stuck renderer is given up on (the text preview is shown instead)."""


@dataclass(frozen=True)
class PagePreview:
    """Page 1 as PNG bytes, or (without a renderer) as text; ``pages`` is the sheet's length."""

    png: bytes | None
    text: str
    pages: int


def renderer() -> str | None:
    """The path of ``pdftoppm``, or None when it is not installed."""
    return shutil.which("pdftoppm")


def first_page(pdf: Path, width_px: int = 560) -> PagePreview:
    """Page 1 of ``pdf`` scaled to ``width_px`` wide (runs off the GUI thread)."""
    pages = _page_count(pdf)
    tool = renderer()
    if tool is not None:
        with tempfile.TemporaryDirectory(prefix="pressdesk-preview-") as folder:
            stem = Path(folder) / "page"
            try:
                subprocess.run(
                    [tool, "-png", "-f", "1", "-l", "1", "-singlefile", "-scale-to-x",
                     str(width_px), "-scale-to-y", "-1", str(pdf), str(stem)],
                    check=True, capture_output=True, timeout=RENDER_TIMEOUT)
                return PagePreview(stem.with_suffix(".png").read_bytes(), "", pages)
            except (OSError, subprocess.SubprocessError):
                pass  # fall back to the text below
    return PagePreview(None, _first_page_text(pdf), pages)


def _page_count(pdf: Path) -> int:
    from pdfminer.pdfpage import PDFPage

    with pdf.open("rb") as handle:
        return sum(1 for _ in PDFPage.get_pages(handle))


def _first_page_text(pdf: Path) -> str:
    from pdfminer.high_level import extract_text

    return str(extract_text(str(pdf), page_numbers=[0])).strip()
