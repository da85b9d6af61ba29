"""The releases pane: the table of imported releases and a reader for the one selected.

Imported releases come from the web: the reader never parses their text as HTML, never loads a
resource and never follows a link by itself. Text goes in through a ``QTextCursor`` as plain
text; the only anchors are the contact links the reader writes itself.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QItemSelection, Qt, QUrl, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.services import releases
from desktop.services.database import Database
from desktop.ui import override
from desktop.ui.dates import language_name
from desktop.ui.importing import ImportController
from desktop.ui.models.releases_model import (
    CONTACTS,
    DATE,
    DATELINE,
    LANGUAGE,
    RELEASE_ID_ROLE,
    TITLE,
    ReleasesModel,
    format_date,
    source_name,
)
from desktop.ui.refusals import said
from desktop.ui.tasks import TaskRunner

CONTACT_SCHEME = "contact"
STACKED_BELOW = 900
"""Narrower than this (px), the reader goes below the list (at 800×600 the titles were cut to
"…" beside it)."""


class SafeReader(QTextBrowser):
    """A read-only browser that fetches nothing: no images, style sheets or remote pages."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)

    @override
    def loadResource(self, type: int, name: QUrl | str) -> Any:
        """Nothing is ever loaded: an imported page must not phone home."""
        return None


class ReleasesView(QWidget):
    """Releases newest first; selecting one shows it, its contacts link to their cards."""

    contactActivated = Signal(int)
    filesDropped = Signal(object)
    """Release or contact files dropped on the pane (a ``list[Path]``), for the import."""
    logInquiryRequested = Signal(int, str)
    """Log an inquiry about the release being read: (release id, title), for the log form."""

    def __init__(self, db: Database, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._tasks = tasks
        self._current: releases.ReleaseDetail | None = None
        self._pending_id: int | None = None
        self._detail_key = f"release-detail-{id(self)}"
        self.setAcceptDrops(True)

        self.model = ReleasesModel(db, tasks, self)
        self.table = QTableView()
        self.table.setObjectName("releasesView")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(DATE, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)  # each click re-queries (ReleasesModel.sort)
        for column in (LANGUAGE, CONTACTS):  # short values: their width, no more
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column, width in ((DATE, 96), (DATELINE, 120)):
            header.resizeSection(column, width)

        self.reader = SafeReader()
        self.reader.setObjectName("releaseReader")
        self.reader.document().setDocumentMargin(12)  # text off the frame, as in a reader
        self.reader.anchorClicked.connect(self._anchor_clicked)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.reader)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("releasesEmptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.empty_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.log_inquiry_button = QPushButton()
        self.log_inquiry_button.setObjectName("logInquiryAboutRelease")
        self.log_inquiry_button.setEnabled(False)
        self.log_inquiry_button.clicked.connect(self._log_inquiry)
        layout.addWidget(self.log_inquiry_button, 0, Qt.AlignmentFlag.AlignRight)

        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.pageLoaded.connect(self._page_loaded)
        self.model.loadFailed.connect(self._load_failed)
        self.model.modelReset.connect(self._update_empty_state)
        self.retranslate_ui()
        self.refresh()

    # -- public API ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the list (after an import); the release being read stays open."""
        self._pending_id = self._current.id if self._current else self._pending_id
        self.model.refresh()

    def open_release(self, release_id: int) -> None:
        """Show ``release_id`` in the reader, selecting its row when it is loaded."""
        self._pending_id = release_id
        row = self.model.row_of(release_id)
        if row is not None:
            self._select_row(row)
        else:
            self.table.clearSelection()
            self._load_detail(release_id)

    def current_release(self) -> releases.ReleaseDetail | None:
        return self._current

    def focus_main(self) -> None:
        """Alt+3 puts the keyboard on the list of releases (the page itself takes no keys), on
        the release being read, else the newest."""
        if not self.table.selectionModel().hasSelection() and self.model.rowCount():
            row = self.model.row_of(self._current.id) if self._current is not None else None
            self._select_row(row if row is not None else 0)
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def retranslate_ui(self) -> None:
        self.table.setAccessibleName(self.tr("Releases"))
        self.reader.setAccessibleName(self.tr("Release text"))
        self.empty_label.setAccessibleName(self.tr("No releases"))
        self.log_inquiry_button.setText(self.tr("Log an &inquiry about this release…"))
        self.empty_label.setText(
            self.tr("No releases yet — drag release files here or use File → Import"))
        self.model.retranslate()
        if self._current is not None:
            self._render(self._current)
        else:
            self._show_message(self.tr("Select a release to read it."))

    # -- Qt events -------------------------------------------------------------------------

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        """The reader goes below the list when both side by side would cut the titles."""
        super().resizeEvent(event)
        wanted = (Qt.Orientation.Vertical if event.size().width() < STACKED_BELOW
                  else Qt.Orientation.Horizontal)
        if self.splitter.orientation() != wanted:
            self.splitter.setOrientation(wanted)
            room = (event.size().height() if wanted == Qt.Orientation.Vertical
                    else event.size().width())
            self.splitter.setSizes([room * 45 // 100, room * 55 // 100])

    @override
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if ImportController.paths_from_mime(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    @override
    def dropEvent(self, event: QDropEvent) -> None:
        paths = ImportController.paths_from_mime(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.filesDropped.emit(paths)

    # -- list ------------------------------------------------------------------------------

    def _page_loaded(self) -> None:
        self._update_empty_state()
        if self._pending_id is not None and self._current is None:
            row = self.model.row_of(self._pending_id)
            if row is not None:
                self._select_row(row)
        elif self._current is not None:
            row = self.model.row_of(self._current.id)
            if row is not None and self.table.currentIndex().row() != row:
                self.table.selectionModel().blockSignals(True)
                self.table.selectRow(row)
                self.table.selectionModel().blockSignals(False)

    def _update_empty_state(self) -> None:
        empty = self.model.loaded_once and self.model.rowCount() == 0
        self.stack.setCurrentWidget(self.empty_label if empty else self.splitter)

    def _load_failed(self, message: str) -> None:
        self._show_message(self.tr("The releases could not be loaded: {0}").format(message))

    def _select_row(self, row: int) -> None:
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        # The chosen row, not the current one: Qt makes the first row current, unchosen, when
        # a focused list is reloaded, which must not replace the release being read.
        rows = selected.indexes()
        if rows and rows[0].isValid():
            self._load_detail(int(rows[0].data(RELEASE_ID_ROLE)))

    # -- reader ----------------------------------------------------------------------------

    def _load_detail(self, release_id: int) -> None:
        db = self._db
        self._tasks.run(lambda: releases.get_release(db, release_id), self._detail_loaded,
                        self._detail_failed, key=self._detail_key)

    def _log_inquiry(self) -> None:
        if self._current is not None:
            self.logInquiryRequested.emit(self._current.id, self._current.title)

    def _detail_loaded(self, detail: releases.ReleaseDetail) -> None:
        self._current = detail
        self.log_inquiry_button.setEnabled(True)
        self._pending_id = None
        self._render(detail)

    def _detail_failed(self, error: BaseException, _details: str) -> None:
        self._current = None
        self._pending_id = None
        self._show_message(self.tr("This release could not be opened: {0}").format(said(error)))

    def _show_message(self, text: str) -> None:
        self.reader.clear()
        self.reader.document().setPlainText(text)

    def _render(self, detail: releases.ReleaseDetail) -> None:
        """Write the release as plain text, with one link per contact (the only anchors)."""
        self.reader.clear()
        cursor = QTextCursor(self.reader.document())
        plain = QTextCharFormat()
        title = QTextCharFormat()
        title.setFontWeight(QFont.Weight.Bold)
        title.setFontPointSize(self.reader.font().pointSizeF() * 1.3)
        label = QTextCharFormat()
        label.setFontWeight(QFont.Weight.DemiBold)

        if detail.title.strip():
            cursor.insertText(detail.title, title)
        else:  # a page with no headline: where it came from, in italics, as in the list
            title.setFontItalic(True)
            cursor.insertText(source_name(detail.source) or self.tr("(no headline)"), title)
        cursor.insertBlock()
        facts = [
            (self.tr("Date"), format_date(detail.published_on, long=True) or self.tr("unknown")),
            (self.tr("Dateline"), detail.dateline or self.tr("none")),
            (self.tr("Language"),  # named, not "ES" (nor "INCONNU" shouted when unknown)
             language_name(detail.language) if detail.language else self.tr("unknown")),
            (self.tr("Source"), detail.source),
        ]
        for name, value in facts:
            cursor.insertBlock()
            cursor.insertText(self.tr("{0}:").format(name) + " ", label)
            cursor.insertText(value, plain)

        cursor.insertBlock()
        cursor.insertBlock()
        cursor.insertText(self.tr("Contacts named in this release"), label)
        if not detail.contacts:
            cursor.insertBlock()
            cursor.insertText(self.tr("None"), plain)
        for ref in detail.contacts:
            cursor.insertBlock()
            cursor.insertText("• ", plain)
            if ref.contact is not None:
                link = QTextCharFormat()
                link.setAnchor(True)
                link.setAnchorHref(f"{CONTACT_SCHEME}:{ref.contact.id}")
                link.setFontUnderline(True)
                link.setForeground(self.palette().link())
                cursor.insertText(ref.contact.name, link)
            else:
                cursor.insertText(ref.name, plain)
            if ref.title:
                cursor.insertText(f", {ref.title}", plain)
            cursor.insertText(f" — {self._role_text(ref.role)}", plain)
            if ref.contact is None:
                cursor.insertText(" " + self.tr("(not in the directory)"), plain)
            if ref.snippet:
                cursor.insertBlock()
                cursor.insertText("    " + ref.snippet.replace("\n", " "), plain)

        cursor.insertBlock()
        cursor.insertBlock()
        cursor.insertText(detail.body, plain)
        self.reader.moveCursor(QTextCursor.MoveOperation.Start)

    def _role_text(self, role: str) -> str:
        if role == "quoted":
            return self.tr("quoted")
        if role == "media_contact":
            return self.tr("media contact")
        return role

    def _anchor_clicked(self, url: QUrl) -> None:
        """Contact links open the card; any other URL is ignored, never opened."""
        if url.scheme() == CONTACT_SCHEME and url.path().isdigit():
            self.contactActivated.emit(int(url.path()))

    def contact_links(self) -> list[tuple[int, str]]:
        """(contact id, name) of each contact link in the reader, in order: for tests and a11y."""
        links: list[tuple[int, str]] = []
        block = self.reader.document().begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                fmt = fragment.charFormat()
                if fmt.isAnchor() and fmt.anchorHref().startswith(f"{CONTACT_SCHEME}:"):
                    links.append((int(fmt.anchorHref().split(":", 1)[1]), fragment.text()))
                iterator += 1
            block = block.next()
        return links

