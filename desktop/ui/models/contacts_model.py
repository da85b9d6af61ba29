"""The contacts table: every contact, paged from the database, or search results.

With no query the model pages with ``list_contacts(order_by=…, after=(sort value, id))``
(keyset paging), so it holds only the rows the user scrolled to, whatever the directory's size;
sorting by a column asks the database again. With a query it holds the search hits and why
each matched: a screenful first (SEARCH_PAGE, what typing waits for), the rest (up to
SEARCH_LIMIT) when the user scrolls or sorts. Both load on the TaskRunner: the GUI never waits.
A new answer replaces the rows in place (no model reset), so the view keeps its columns and
repaints only what changed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop.ui import override
from desktop.ui.i18n import ui_language
from desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop.domain.records import ContactRecord
    from desktop.services.database import Database

PAGE_SIZE = 200
SEARCH_LIMIT = 200
SEARCH_PAGE = 50
"""Hits fetched as the user types: more than a 1400×900 window shows, a quarter of the
search's cost at 100,000 contacts (records and rows are built per hit)."""
NAME, TITLE, OFFICE, COUNTRY, PHONE, MATCHED = range(6)
BROWSE_ORDERS = {NAME: "name", TITLE: "title", OFFICE: "office", COUNTRY: "country"}
"""The columns the whole directory can be sorted by (``list_contacts(order_by=…)``)."""

# Enum values looked up once: data() runs for every visible cell on every repaint.
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_DECORATION = Qt.ItemDataRole.DecorationRole
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
_HORIZONTAL = Qt.Orientation.Horizontal
ID_ROLE = Qt.ItemDataRole.UserRole + 1
_NO_INDEX = QModelIndex()
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_NO_FLAGS = Qt.ItemFlag.NoItemFlags

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ContactRow:
    """One row, its cells formatted off the GUI thread.

    ``reason`` is why a search hit matched as (kind, value), put into words in the UI language
    when shown (so a language switch needs no new search); ``cells[MATCHED]`` is the service's
    own wording, shown when the kind is unknown.
    """

    record: ContactRecord
    cells: tuple[str, str, str, str, str, str]
    reason: tuple[str, str | None] | None = None
    releases_read: bool = True
    """False for a search hit: its record's ``releases`` were not read (the list does not show
    them; the card reads the person again)."""


@lru_cache(maxsize=2048)
def _country_name(code: str, language: str) -> str:
    """CLDR's name through Babel costs more than the rest of a row: asked once per pair."""
    from desktop.domain.countries import country_name

    return country_name(code, language)


def make_row(record: ContactRecord, matched: str, language: str,
             reason: tuple[str, str | None] | None = None) -> ContactRow:
    country_name = _country_name
    country = record.country or (record.office.country if record.office else None)
    phone = next((p.display or p.as_written for p in record.phones if p.valid), None) or next(
        (p.as_written for p in record.phones), "")
    if reason is not None and reason[0] == "country" and reason[1] and len(reason[1]) == 2 \
            and reason[1].isupper():
        reason = ("country", country_name(reason[1], language))  # a code: name it
    cells = (record.name, record.title or "", record.office.name if record.office else "",
             country_name(country, language) if country else "", phone, matched)
    return ContactRow(record, cells, reason)


def sort_value(record: ContactRecord, order_by: str) -> object:
    """What ``list_contacts`` wants in ``after`` for a record under ``order_by``."""
    if order_by == "office":
        return record.office.name if record.office else None
    if order_by == "country":
        return record.country or (record.office.country if record.office else None)
    if order_by == "title":
        return record.title
    if order_by == "updated":
        return record.updated_at
    return record.name


def load_page(db: Database, after: tuple[object, int] | None, language: str,
              order_by: str = "name", descending: bool = False) -> list[ContactRow]:
    from desktop.services.contacts import list_contacts

    return [make_row(r, "", language) for r in list_contacts(
        db, after=after, limit=PAGE_SIZE, order_by=order_by, descending=descending)]


def load_search(db: Database, query: str, language: str,
                limit: int = SEARCH_LIMIT) -> list[ContactRow]:
    from desktop.services.search import search_contacts

    hits = search_contacts(db, query, limit=limit, with_releases=False)  # the card reads them
    rows = []
    for hit in hits:
        kind, value = hit.match_kind, hit.match_value
        reason = (kind, value or None) if kind else None
        row = make_row(hit.contact, hit.matched, language, reason)
        rows.append(ContactRow(row.record, row.cells, row.reason, releases_read=False))
    return rows


class ContactsModel(QAbstractTableModel):
    """Contacts by name (paged) or search hits; sorting re-queries, never filters in memory."""

    loaded = Signal()  # a first page or a set of search results arrived
    failed = Signal(str)
    settled = Signal()  # a load finished (answered or failed): the next one may start

    def __init__(self, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._db: Database | None = None
        self._rows: list[ContactRow] = []
        self._query = ""
        self._fetching = False
        self._exhausted = True
        self._search_full = False
        """The hits in hand are all there are (up to SEARCH_LIMIT), not just a screenful."""
        self._key = f"contacts-model-{id(self)}"
        """The TaskRunner key: a newer load drops the result of an older one still running."""
        self._sort = (NAME, Qt.SortOrder.AscendingOrder)
        self._headers: tuple[str, ...] = ()
        self._reasons: dict[str, tuple[str, str]] = {}
        self.retranslate_ui()

    # Loading --------------------------------------------------------------------------------
    def set_database(self, db: Database) -> None:
        self._db = db
        self.reload()

    @property
    def query(self) -> str:
        return self._query

    def is_fetching(self) -> bool:
        return self._fetching

    def set_query(self, query: str) -> None:
        """Show every contact ("" ) or the hits for ``query``; stale answers are dropped."""
        self._query = query.strip()
        if not self._query and self._sort[0] not in BROWSE_ORDERS:
            self._sort = (NAME, Qt.SortOrder.AscendingOrder)  # e.g. hits were sorted by phone
        self.reload()

    def reload(self) -> None:
        if self._db is None:
            return
        db, language = self._db, ui_language()
        if self._query:
            query = self._query
            self._search_full = False
            self._run(lambda: load_search(db, query, language, SEARCH_PAGE), replace=True)
        else:
            self._exhausted = False
            order_by, descending = self._browse_order()
            self._run(lambda: load_page(db, None, language, order_by, descending), replace=True)

    def _browse_order(self) -> tuple[str, bool]:
        column, order = self._sort
        return BROWSE_ORDERS.get(column, "name"), order == Qt.SortOrder.DescendingOrder

    def _run(self, fn: Callable[[], list[ContactRow]], *, replace: bool = False,
             more: bool = False) -> None:
        """Load off the GUI thread; only the newest load's result is kept (the runner's key)."""
        self._fetching = True

        def done(rows: list[ContactRow]) -> None:
            self._fetching = False
            if more:
                self._more_hits(rows)
            elif replace:
                self._replace(rows)
            else:
                self._append(rows)
            self.settled.emit()

        def failed(error: BaseException, _details: str) -> None:
            self._fetching = False
            self._exhausted = True
            from desktop.ui.refusals import said

            self.failed.emit(said(error))
            self.settled.emit()

        self._tasks.run(fn, done, failed, key=self._key, owner=self)

    def _replace(self, rows: list[ContactRow]) -> None:
        """The new rows in place of the old: rows removed or inserted at the end, the rest
        changed. A model reset would make the view forget its column sizes and re-measure
        everything on every keystroke."""
        rows = self._sorted(rows) if self._query else rows
        if self._query:
            self._search_full = self._search_full or len(rows) < SEARCH_PAGE
        else:
            self._exhausted = len(rows) < PAGE_SIZE
        old, new = len(self._rows), len(rows)
        if new < old:
            self.beginRemoveRows(_NO_INDEX, new, old - 1)
            del self._rows[new:]
            self.endRemoveRows()
        elif new > old:
            self.beginInsertRows(_NO_INDEX, old, new - 1)
            self._rows.extend(rows[old:])
            self.endInsertRows()
        self._rows[:] = rows
        if min(old, new):
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(min(old, new) - 1, len(self._headers) - 1))
        self.loaded.emit()

    def _more_hits(self, rows: list[ContactRow]) -> None:
        """The rest of the hits after a screenful: appended, so nothing moves under the
        cursor (rows already shown keep their places)."""
        self._search_full = True
        shown = {r.record.id for r in self._rows}
        self._append([r for r in rows if r.record.id not in shown])

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
    def contact(self, row: int | None) -> ContactRecord | None:
        return self._rows[row].record if row is not None and 0 <= row < len(self._rows) \
            else None

    def texts(self, column: int, rows: int) -> list[str]:
        """What the first ``rows`` rows show in ``column`` (the view sizes columns to it)."""
        if column == MATCHED:
            return [self.reason_text(r) for r in self._rows[:rows]]
        return [r.cells[column] for r in self._rows[:rows]]

    def releases_read(self, contact_id: int) -> bool:
        """Whether this person's row carries their releases (a search hit's does not)."""
        row = self.row_of(contact_id)
        return row < 0 or self._rows[row].releases_read

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
            return self.reason_text(row) if column == MATCHED else row.cells[column]
        if role == ID_ROLE:
            return row.record.id
        if role == _DECORATION and column == NAME and row.record.needs_review:
            from desktop.ui.icons import icon  # the icon engine loads after the first paint

            return icon("warning")
        if role == _TOOLTIP:
            if column == NAME and row.record.needs_review:
                return self.tr("A number or address needs review")
            return (self.reason_text(row) if column == MATCHED else row.cells[column]) or None
        return None

    @override
    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = _DISPLAY) -> Any:
        if orientation == _HORIZONTAL and role == _DISPLAY and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    @override
    def flags(self, index: Index) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else _NO_FLAGS  # runs for every cell on every paint

    @override
    def canFetchMore(self, parent: Index = _NO_INDEX) -> bool:
        if parent.isValid() or self._db is None or self._fetching:
            return False
        return not self._search_full if self._query else not self._exhausted

    @override
    def fetchMore(self, parent: Index = _NO_INDEX) -> None:
        if not self.canFetchMore(parent) or self._db is None:
            return
        if self._query:
            db, query, language = self._db, self._query, ui_language()
            self._run(lambda: load_search(db, query, language), more=True)
            return
        order_by, descending = self._browse_order()
        last = self._rows[-1].record if self._rows else None
        after = (sort_value(last, order_by), last.id) if last else None
        db, language = self._db, ui_language()
        self._run(lambda: load_page(db, after, language, order_by, descending), replace=False)

    def can_sort(self, column: int) -> bool:
        """Search hits sort by any column; the whole directory by those the database pages by."""
        return 0 <= column < len(self._headers) and (
            bool(self._query) or column in BROWSE_ORDERS)

    @property
    def sort_order(self) -> tuple[int, Qt.SortOrder]:
        return self._sort

    @override
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Search hits (a few hundred at most) sort here; the whole directory re-queries the
        database in that order (keyset paging), so memory stays a few pages whatever the size.
        """
        if (column, order) == self._sort or not self.can_sort(column):
            return
        self._sort = (column, order)
        if not self._query:
            self.reload()  # the first page in the new order; scrolling fetches the rest
            return
        if not self._search_full and self._db is not None:  # sort all the hits, not a page
            db, query, language = self._db, self._query, ui_language()
            self._search_full = True
            self._run(lambda: load_search(db, query, language), replace=True)
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self._rows[i.row()].record.id for i in before]
        self._rows = self._sorted(self._rows)
        position = {r.record.id: n for n, r in enumerate(self._rows)}
        self.changePersistentIndexList(
            before, [self.index(position[i], old.column()) for i, old in zip(ids, before,
                                                                          strict=True)])
        self.layoutChanged.emit()

    def reason_text(self, row: ContactRow) -> str:
        """Why a hit matched, in the UI language ("country: Kazakhstan", "similar name")."""
        if row.reason is None or row.reason[0] not in self._reasons:
            return row.cells[MATCHED]
        kind, value = row.reason
        bare, with_value = self._reasons[kind]
        return with_value.format(value=value) if value else bare

    def retranslate_ui(self) -> None:
        self._headers = (self.tr("Name"), self.tr("Title"), self.tr("Office"),
                         self.tr("Country"), self.tr("Phone"), self.tr("Why it matched"))
        # Why a search hit matched: (without a value, with one). Short: they share a column.
        self._reasons = {
            "name": (self.tr("name"), self.tr("name: {value}")),
            "office": (self.tr("office"), self.tr("office: {value}")),
            "country": (self.tr("country"), self.tr("country: {value}")),
            "city": (self.tr("city"), self.tr("city: {value}")),
            "title": (self.tr("title"), self.tr("title: {value}")),
            "phone": (self.tr("phone"), self.tr("phone: {value}")),
            "email": (self.tr("email"), self.tr("email: {value}")),
            "similar": (self.tr("similar name"), self.tr("similar to {value}")),
            "release": (self.tr("named in a release"), self.tr("release: {value}")),
        }
        if self.columnCount():
            self.headerDataChanged.emit(_HORIZONTAL, 0, len(self._headers) - 1)
        if self._rows and self._query:
            self.dataChanged.emit(self.index(0, MATCHED),
                                  self.index(len(self._rows) - 1, MATCHED), [_DISPLAY])
