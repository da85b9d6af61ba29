"""Screenshots of the dialogs a sweep of the app looks at (``--view mapping | settings |
feeds | release-preview``): the column mapping of an unknown CSV, Settings with its newsroom
feeds, the Check Feeds summary with pages and feeds that could not be fetched (nothing leaves
the computer: the feeds are a closed local port and a file that is not a feed), and the
release import preview of a release beside a scanned PDF.
"""

from __future__ import annotations

import socket
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QMessageBox

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

SWEEP_VIEWS = ("mapping", "settings", "feeds")
UNKNOWN_LAYOUT = """Person;Organisation;Tel;Mail
Ibrahim Sow;OIM Guinée;+224 622 12 34 56;isow.sample@iom.int
Fatou Camara;OIM Guinée;not a number;fcamara(at)iom.int
"""


def _folder() -> Path:
    return Path(tempfile.mkdtemp(prefix="pressdesk-screenshot-"))


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def _save_failing_feeds(window: MainWindow) -> None:
    from desktop.services.feeds import save_feed

    db = window.db
    if db is None:
        return
    not_a_feed = _folder() / "newsroom.rss"
    not_a_feed.write_text("<html><body><p>Our newsroom moved</body></html>", encoding="utf-8")
    save_feed(db, f"http://127.0.0.1:{_closed_port()}/news/feed.xml")
    save_feed(db, str(not_a_feed))


def show_mapping(window: MainWindow, settle: Callable[..., bool]) -> Any:
    """A CSV whose columns Press Desk does not recognise: the column-mapping step."""
    path = _folder() / "guinea-officers.csv"
    path.write_text(UNKNOWN_LAYOUT, encoding="utf-8")
    window.imports.import_paths([path])
    importer = window.imports.contact_importer
    if importer is None:
        return None
    settle(window, lambda: importer.mapping_dialog is not None, quiet_ms=400)
    return importer.mapping_dialog


def show_settings(window: MainWindow, settle: Callable[..., bool]) -> Any:
    """Settings on its Feeds tab, two saved feeds (their last check failed: the tooltip says
    why)."""
    _save_failing_feeds(window)
    window.feeds.check()
    settle(window, lambda: not window.feeds.running, quiet_ms=400)
    for box in window.findChildren(QMessageBox, "feedSummary"):
        box.close()
    dialog = window.open_settings()
    dialog.tabs.setCurrentIndex(dialog.tabs.count() - 1)
    settle(window, quiet_ms=400)
    return dialog


def show_feeds(window: MainWindow, settle: Callable[..., bool]) -> Any:
    """File → Check Feeds on feeds that cannot be read: the summary says why, per feed."""
    _save_failing_feeds(window)
    window.feeds.check()
    settle(window, lambda: window.findChild(QMessageBox, "feedSummary") is not None,
           quiet_ms=400)
    return window.findChild(QMessageBox, "feedSummary")


RELEASE = """Harbour Authority Publishes Winter Timetable

GENEVA, 29 November 2026 – The harbour authority published its winter timetable today, with
fewer evening crossings from December.

For more information, please contact:
Lena Marchetti, Press Officer, Harbour Authority, +41 22 555 01 23, lena.marchetti@example.org
"""


def _pdf_without_text(path: Path) -> None:
    """A one-page PDF holding only a grey rectangle: what a scanner gives, to Press Desk."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_fill_color(230, 230, 230)
    pdf.rect(20, 20, 170, 240, style="F")
    pdf.output(str(path))


def show_release_preview(window: MainWindow, settle: Callable[..., bool]) -> Any:
    """File → Import of a release and a scanned PDF: the preview, the refusal chosen and shown
    whole under the list."""
    folder = _folder()
    (folder / "winter-timetable.txt").write_text(RELEASE, encoding="utf-8")
    _pdf_without_text(folder / "scanned-statement.pdf")
    window.imports.import_paths([folder / "winter-timetable.txt",
                                 folder / "scanned-statement.pdf"])
    importer = window.imports.importer
    if importer is None:
        return None
    settle(window, lambda: importer.preview_dialog is not None, quiet_ms=400)
    return importer.preview_dialog
