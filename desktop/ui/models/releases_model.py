"""The releases table: pages of ``list_releases`` loaded off the GUI thread as the view scrolls.

Memory stays proportional to what was scrolled through, not to the 50,000 releases a team may
hold. Sorting by any column re-queries the service (``list_releases(order_by=…)``) from the
first page.
"""

from __future__ import annotations

from datetime import date
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from desktop.services import releases
from desktop.services.database import Database
from desktop.ui import override
from desktop.ui.dates import medium_date
from desktop.ui.tasks import TaskRunner

_Index = QModelIndex | QPersistentModelIndex

DATE, TITLE, LANGUAGE, DATELINE, CONTACTS = range(5)
COLUMN_COUNT = 5
ORDERS = {DATE: "date", TITLE: "title", LANGUAGE: "language", DATELINE: "dateline",
          CONTACTS: "contacts"}
"""Each column's ``list_releases(order_by=…)``."""
PAGE_SIZE = 200
RELEASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The release id of a row, for views that open the release."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


def source_name(source: str) -> str:
    """The file name of a release's source ("…/statement.txt", a URL's last path part), shown
    in italics in place of a headline the page did not have."""
    if not source.strip():
        return ""
    if "://" in source:
        parts = urlsplit(source)
        return PurePosixPath(parts.path).name or parts.netloc
    return PureWindowsPath(source).name if "\\" in source else PurePosixPath(source).name


def format_date(value: date | None, long: bool = False) -> str:
    """The UI language's medium form in tables ("29 nov. 2026"; the list still sorts by the date
    itself), its long form to read."""
    if value is None:
        return ""
    if not long:
        return medium_date(value)
    qdate = QDate(value.year, value.month, value.day)
    return QLocale().toString(qdate, QLocale.FormatType.LongFormat)


class ReleasesModel(QAbstractTableModel):
    """Releases newest first, one page at a time; ``refresh()`` starts over."""

    pageLoaded = Signal()
    """A page (possibly empty) arrived: views update their empty state on it."""
    loadFailed = Signal(str)

    SORTABLE_COLUMNS = frozenset(ORDERS)

    def __init__(self, db: Database, tasks: TaskRunner, parent: QObject | None = None,
                 page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._db = db
        self._tasks = tasks
        self._page_size = page_size
        self._rows: list[releases.ReleaseSummary] = []
        self._exhausted = False
        self._loading = False
        self._loaded_once = False
        self._key = f"releases-model-{id(self)}"
        self._order = (DATE, Qt.SortOrder.DescendingOrder)  # newest first

    # -- loading ---------------------------------------------------------------------------

    @property
    def loaded_once(self) -> bool:
        """True once the first page arrived: before that, "no rows" does not mean "empty"."""
        return self._loaded_once

    def refresh(self) -> None:
        """Drop every row and load the first page again (after an import or a sort)."""
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        self._loading = False
        self.endResetModel()
        self._request_page()

    def _request_page(self) -> None:
        if self._loading or self._exhausted:
            return
        self._loading = True
        db, offset, limit = self._db, len(self._rows), self._page_size
        order_by = ORDERS[self._order[0]]
        descending = self._order[1] == Qt.SortOrder.DescendingOrder
        self._tasks.run(lambda: releases.list_releases(db, offset=offset, limit=limit,
                                                       order_by=order_by,
                                                       descending=descending),
                        lambda page: self._append(offset, page), self._failed, key=self._key)

    def _append(self, offset: int, page: list[releases.ReleaseSummary]) -> None:
        self._loading = False
        self._loaded_once = True
        if offset != len(self._rows):  # a refresh raced this page; its own request follows
            return
        if len(page) < self._page_size:
            self._exhausted = True
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
        self.pageLoaded.emit()

    def _failed(self, error: BaseException, _details: str) -> None:
        self._loading = False
        self._exhausted = True  # do not hammer a failing database on every scroll
        from desktop.ui.refusals import said

        self.loadFailed.emit(said(error))

    @override
    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._loading

    @override
    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if not parent.isValid():
            self._request_page()

    # -- reading ---------------------------------------------------------------------------

    def release_at(self, row: int) -> releases.ReleaseSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, release_id: int) -> int | None:
        """The row showing ``release_id`` among the pages loaded so far."""
        return next((i for i, r in enumerate(self._rows) if r.id == release_id), None)

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    @override
    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        release = self._rows[index.row()]
        column = index.column()
        untitled = column == TITLE and not release.title.strip()
        if role == Qt.ItemDataRole.DisplayRole:
            if untitled:  # a page with no headline: say where it came from, not a blank
                return source_name(release.source) or self.tr("(no headline)")
            return self._display(release, column)
        if role == Qt.ItemDataRole.FontRole and untitled:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE:
            if untitled:
                return self.tr("No headline was found; imported from %1").replace(
                    "%1", release.source or self.tr("(unknown source)")
                )
            return release.title
        if role == Qt.ItemDataRole.TextAlignmentRole and column == CONTACTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == RELEASE_ID_ROLE:
            return release.id
        if role == SORT_ROLE:
            return release.published_on.isoformat() if release.published_on else ""
        return None

    @staticmethod
    def _display(release: releases.ReleaseSummary, column: int) -> str | int | None:
        if column == DATE:
            return format_date(release.published_on)
        if column == TITLE:
            return release.title
        if column == LANGUAGE:
            return (release.language or "").upper()
        if column == DATELINE:
            return release.dateline or ""
        if column == CONTACTS:
            return release.contact_count
        return None

    @override
    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {DATE: self.tr("Date"), TITLE: self.tr("Title", "headline of a release"),
                  LANGUAGE: self.tr("Language"), DATELINE: self.tr("Dateline"),
                  CONTACTS: self.tr("Contacts")}
        return titles.get(section)

    @override
    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable \
            | Qt.ItemFlag.ItemNeverHasChildren

    @property
    def sort_order(self) -> tuple[int, Qt.SortOrder]:
        return self._order

    @override
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Ask the database for the rows in the new order, from the first page."""
        if column not in self.SORTABLE_COLUMNS or (column, order) == self._order:
            return
        self._order = (column, order)
        self.refresh()

    def retranslate(self) -> None:
        """Headers and dates follow the UI language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, DATE), self.index(len(self._rows) - 1, DATE),
                                  [Qt.ItemDataRole.DisplayRole])
