"""The contacts table: every contact by name, paged from the database, or search results.

With no query the model pages with ``list_contacts(after=(name, id))`` (keyset paging), so it
holds only the rows the user scrolled to, whatever the directory's size. With a query it holds
the search hits and why each matched. Both load on the TaskRunner: the GUI never waits.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from typing_extensions import override

from desktop.ui.i18n import ui_language
from desktop.ui.icons import icon
from desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop.domain.records import ContactRecord
    from desktop.services.database import Database

PAGE_SIZE = 200
SEARCH_LIMIT = 200
NAME, TITLE, OFFICE, COUNTRY, PHONE, MATCHED = range(6)

# Enum values looked up once: data() runs for every visible cell on every repaint.
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_DECORATION = Qt.ItemDataRole.DecorationRole
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
_HORIZONTAL = Qt.Orientation.Horizontal
ID_ROLE = Qt.ItemDataRole.UserRole + 1
_NO_INDEX = QModelIndex()

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ContactRow:
    """One row, its cells formatted off the GUI thread."""

    record: ContactRecord
    cells: tuple[str, str, str, str, str, str]


def make_row(record: ContactRecord, matched: str, language: str) -> ContactRow:
    from desktop.domain.countries import country_name

    country = record.country or (record.office.country if record.office else None)
    phone = next((p.display or p.as_written for p in record.phones if p.valid), None) or next(
        (p.as_written for p in record.phones), "")
    cells = (record.name, record.title or "", record.office.name if record.office else "",
             country_name(country, language) if country else "", phone, matched)
    return ContactRow(record, cells)


def load_page(db: Database, after: tuple[str, int] | None, language: str) -> list[ContactRow]:
    from desktop.services.contacts import list_contacts

    return [make_row(r, "", language) for r in list_contacts(db, after=after, limit=PAGE_SIZE)]


def load_search(db: Database, query: str, language: str) -> list[ContactRow]:
    from desktop.services.search import search_contacts

    hits = search_contacts(db, query, limit=SEARCH_LIMIT)
    return [make_row(hit.contact, hit.matched, language) for hit in hits]


class ContactsModel(QAbstractTableModel):
    """Contacts by name (paged) or search hits; sorting re-queries, never filters in memory."""

    loaded = Signal()  # a first page or a set of search results arrived
    failed = Signal(str)

    def __init__(self, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._db: Database | None = None
        self._rows: list[ContactRow] = []
        self._query = ""
        self._fetching = False
        self._exhausted = True
        self._epoch = 0
        self._sort = (NAME, Qt.SortOrder.AscendingOrder)
        self._headers: tuple[str, ...] = ()
        self.retranslate_ui()

    # Loading --------------------------------------------------------------------------------
    def set_database(self, db: Database) -> None:
        self._db = db
        self.reload()

    @property
    def query(self) -> str:
        return self._query

    def set_query(self, query: str) -> None:
        """Show every contact ("" ) or the hits for ``query``; stale answers are dropped."""
        self._query = query.strip()
        self.reload()

    def reload(self) -> None:
        if self._db is None:
            return
        db, language, epoch = self._db, ui_language(), self._begin()
        if self._query:
            query = self._query
            self._run(lambda: load_search(db, query, language), epoch, replace=True)
        else:
            self._exhausted = False
            self._run(lambda: load_page(db, None, language), epoch, replace=True)

    def _begin(self) -> int:
        self._epoch += 1
        self._fetching = True
        return self._epoch

    def _run(self, fn: Callable[[], list[ContactRow]], epoch: int, *, replace: bool) -> None:
        def done(rows: list[ContactRow]) -> None:
            if epoch != self._epoch:
                return
            self._fetching = False
            if replace:
                self._replace(rows)
            else:
                self._append(rows)

        def failed(error: BaseException, _details: str) -> None:
            if epoch == self._epoch:
                self._fetching = False
                self._exhausted = True
                self.failed.emit(str(error))

        self._tasks.run(fn, done, failed, key="contacts-model")

    def _replace(self, rows: list[ContactRow]) -> None:
        self.beginResetModel()
        self._rows = self._sorted(rows) if self._query else rows
        if not self._query:
            self._exhausted = len(rows) < PAGE_SIZE
        self.endResetModel()
        self.loaded.emit()

    def _append(self, rows: list[ContactRow]) -> None:
        self._exhausted = len(rows) < PAGE_SIZE
        if rows:
            start = len(self._rows)
            self.beginInsertRows(_NO_INDEX, start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def _sorted(self, rows: list[ContactRow]) -> list[ContactRow]:
        column, order = self._sort
        if column == MATCHED:  # search order is relevance: keep it
            return rows
        descending = order == Qt.SortOrder.DescendingOrder
        return sorted(rows, key=lambda r: r.cells[column].casefold(), reverse=descending)

    # Reading --------------------------------------------------------------------------------
    def contact(self, row: int) -> ContactRecord | None:
        return self._rows[row].record if 0 <= row < len(self._rows) else None

    def row_of(self, contact_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.record.id == contact_id), -1)

    def is_loading(self) -> bool:
        return self._fetching

    # Qt model -------------------------------------------------------------------------------
    @override
    def rowCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._rows)

    @override
    def columnCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._headers)

    @override
    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (_DISPLAY, _ACCESSIBLE):
            return row.cells[column]
        if role == ID_ROLE:
            return row.record.id
        if role == _DECORATION and column == NAME and row.record.needs_review:
            return icon("warning")
        if role == _TOOLTIP:
            if column == NAME and row.record.needs_review:
                return self.tr("A number or address needs review")
            return row.cells[column] or None
        return None

    @override
    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = _DISPLAY) -> Any:
        if orientation == _HORIZONTAL and role == _DISPLAY and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    @override
    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    @override
    def canFetchMore(self, parent: Index = _NO_INDEX) -> bool:
        return (not parent.isValid() and self._db is not None and not self._query
                and not self._fetching and not self._exhausted)

    @override
    def fetchMore(self, parent: Index = _NO_INDEX) -> None:
        if not self.canFetchMore(parent) or self._db is None:
            return
        last = self._rows[-1].record if self._rows else None
        after = (last.name, last.id) if last else None
        db, language = self._db, ui_language()
        epoch = self._begin()
        self._run(lambda: load_page(db, after, language), epoch, replace=False)

    @override
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Search hits (a few hundred at most) sort here; the whole directory re-queries.

        Paging by keyset needs the database to sort, and the service pages by name only, so
        browsing keeps the name order whatever column is asked for.
        """
        if (column, order) == self._sort or not 0 <= column < len(self._headers):
            return
        self._sort = (column, order)
        if self._query:
            self.layoutAboutToBeChanged.emit()
            before = self.persistentIndexList()
            ids = [self._rows[i.row()].record.id for i in before]
            self._rows = self._sorted(self._rows)
            position = {r.record.id: n for n, r in enumerate(self._rows)}
            self.changePersistentIndexList(
                before, [self.index(position[i], old.column()) for i, old in zip(ids, before,
                                                                              strict=True)])
            self.layoutChanged.emit()

    def retranslate_ui(self) -> None:
        self._headers = (self.tr("Name"), self.tr("Title"), self.tr("Office"),
                         self.tr("Country"), self.tr("Phone"), self.tr("Why it matched"))
        if self.columnCount():
            self.headerDataChanged.emit(_HORIZONTAL, 0, len(self._headers) - 1)
