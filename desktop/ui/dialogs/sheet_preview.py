"""The Export dialog's preview: the first page of the PDF sheet that would be written.

The real sheet is written to a scratch file off the GUI thread and its first page drawn
(``desktop.ui.pdf_preview``). A sheet of more than PREVIEW_LIMIT people takes seconds to lay
out, so it is drawn only when asked; a newer request stops an older one while it reads.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.database import Database
from desktop.services.exports import (
    ExportCancelledError,
    ExportOptions,
    ExportResult,
    ExportScope,
    contact_ids_in,
    export_contacts,
)
from desktop.ui import override
from desktop.ui.grouped import grouped
from desktop.ui.pdf_preview import PagePreview, first_page
from desktop.ui.plural import counted
from desktop.ui.refusals import said
from desktop.ui.tasks import TaskRunner

PREVIEW_LIMIT = 1500
"""People on a sheet drawn at once on every change; a longer one (seconds) waits to be asked."""
PREVIEW_WIDTH = 300
"""Pixels: the page is rendered at twice this width, then scaled to the room the dialog has."""

Source = Callable[[], tuple[ExportScope, ExportOptions]]
"""What to preview, asked at the moment the preview starts."""


def fit_to_parent(dialog: QWidget, width: int, height: int) -> None:
    """``width`` x ``height``, or smaller to stay inside a small window (800x600 screens)."""
    parent = dialog.parentWidget()
    if parent is not None:
        width = min(width, max(parent.width() - 40, 480))
        height = min(height, max(parent.height() - 60, 360))
    dialog.resize(width, height)


class PageLabel(QLabel):
    """A page picture scaled to the room it has, never cut: small screens see the whole page."""

    def __init__(self) -> None:
        super().__init__()
        self._page = QPixmap()
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(120, 170)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)

    def set_page(self, page: QPixmap) -> None:
        self._page = page
        self._fit()

    def page(self) -> QPixmap:
        return self._page

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self._page.isNull():
            self.clear()
            return
        self.setPixmap(self._page.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                         Qt.TransformationMode.SmoothTransformation))


class SheetPreview(QGroupBox):
    """Page 1 of the sheet for ``source()``'s scope and options, its length in words."""

    def __init__(self, db: Database, tasks: TaskRunner, source: Source,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._tasks, self._source = db, tasks, source
        self._folder = tempfile.TemporaryDirectory(prefix="pressdesk-export-")
        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.refresh)
        self.preview: PagePreview | None = None
        self.image = PageLabel()
        self.image.setObjectName("exportPreviewImage")
        self.text = QPlainTextEdit()
        self.text.setObjectName("exportPreviewText")
        self.text.setReadOnly(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.image)
        self.stack.addWidget(self.text)
        self.note = QLabel()
        self.note.setObjectName("exportPreviewNote")
        self.note.setWordWrap(True)
        self.button = QPushButton()
        self.button.setObjectName("exportPreviewButton")
        self.button.setVisible(False)
        self.button.clicked.connect(lambda: self.refresh(large=True))
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("First page"))
        self.image.setAccessibleName(self.tr("Picture of the first page"))
        self.button.setText(self.tr("&Show the first page"))
        self.button.setAccessibleName(self.tr("Draw the first page of a long sheet"))

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def request(self) -> None:
        """A setting changed: preview again after a short pause (choices come in bursts)."""
        self.note.setText(self.tr("Preparing the preview…"))
        self._timer.start()

    def stop(self) -> None:
        """The dialog is closing: no more previews, the scratch file removed."""
        self._timer.stop()
        self._generation += 1
        self.unsetCursor()
        self._folder.cleanup()

    def refresh(self, *, large: bool = False) -> None:
        """Write the sheet to a scratch file and show its first page (off the GUI thread)."""
        self._generation += 1
        generation = self._generation
        db, (scope, options) = self._db, self._source()
        target = Path(self._folder.name) / "preview.pdf"

        def current(_done: int, _total: int) -> bool:
            return generation == self._generation

        def work() -> tuple[int, ExportResult | None, PagePreview | None]:
            count = len(contact_ids_in(db, scope))
            if count > PREVIEW_LIMIT and not large:
                return count, None, None
            result = export_contacts(db, target, "pdf", scope, options, current)
            return count, result, first_page(target, PREVIEW_WIDTH * 2)

        self.button.setVisible(False)
        if large:  # seconds for thousands of people: say so, where the button was pressed
            self.setCursor(Qt.CursorShape.BusyCursor)
            self.note.setText(self.tr("Drawing the first page…"))
        self._tasks.run(work, self._ready, self._failed, key=f"export-preview-{id(self)}",
                        owner=self)

    def _ready(self, outcome: tuple[int, ExportResult | None, PagePreview | None]) -> None:
        count, result, preview = outcome
        self.unsetCursor()
        if result is None or preview is None:  # a long sheet: drawn when asked
            self.image.set_page(QPixmap())
            self.stack.setCurrentIndex(0)
            self.note.setText(self.tr(
                "{count} contacts: a long sheet, drawn when you ask.").format(count=grouped(count)))
            self.button.setVisible(True)
            return
        self.preview = preview
        if preview.png is not None:
            picture = QPixmap()
            picture.loadFromData(preview.png, "PNG")
            self.image.set_page(picture)
            self.stack.setCurrentIndex(0)
        else:
            self.text.setPlainText(preview.text)
            self.stack.setCurrentIndex(1)
        pages = counted(self.tr("%Ln pages", "", preview.pages), preview.pages, "1 page")
        people = counted(self.tr("%Ln contacts", "", result.count), result.count, "1 contact")
        self.note.setText(self.tr("{people} on {pages}.").format(people=people, pages=pages))

    def _failed(self, error: BaseException, _details: str) -> None:
        if isinstance(error, ExportCancelledError):
            return  # a newer preview replaced it
        self.unsetCursor()
        self.image.set_page(QPixmap())
        self.note.setText(self.tr("No preview: {reason}").format(reason=said(error)))
