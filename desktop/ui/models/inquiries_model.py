"""The desk's table: pages of ``list_inquiries`` (open first, by deadline) loaded as it scrolls.

The "time left" column is words ("due in 2 h", "overdue by 1 day") with an icon, computed from
the clock at paint time; ``tick()`` repaints it as deadlines pass without asking the database.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop.services.database import Database
from desktop.ui import override
from desktop.ui.dates import medium_datetime
from desktop.ui.inquiry_texts import status_text
from desktop.ui.refusals import said
from desktop.ui.tasks import TaskRunner
from desktop.ui.time_left import Urgency, time_left_text, urgency

_Index = QModelIndex | QPersistentModelIndex

TIME_LEFT, DEADLINE, STATUS, TOPIC, JOURNALIST, OUTLET, ASSIGNEE, OFFICE, RECEIVED = range(9)
COLUMN_COUNT = 9
PAGE_SIZE = 200
INQUIRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
URGENCY_ROLE = Qt.ItemDataRole.UserRole + 2


def value(row: Any, *names: str) -> Any:
    """The first of ``names`` the row has (records and summaries name a few things apiece)."""
    for name in names:
        found = getattr(row, name, None)
        if found is not None:
            return found
    return None


def code(enum_or_text: Any) -> str:
    return str(getattr(enum_or_text, "value", enum_or_text) or "")


def local_text(when: datetime | None) -> str:
    """A date-time in the viewer's zone, to the minute, as the UI language writes it
    ("30 nov. 2026, 14:05"); the models sort by the moment itself, never this text."""
    if when is None:
        return ""
    return medium_datetime(when)


def is_open(row: Any) -> bool:
    return code(value(row, "status")) in ("new", "assigned")


@cache
def _blank_icon() -> Any:
    from PySide6.QtGui import QIcon, QPixmap

    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    return QIcon(pixmap)


class InquiriesModel(QAbstractTableModel):
    """Inquiries matching a filter, one page at a time; ``refresh()`` starts over."""

    pageLoaded = Signal()
    loadFailed = Signal(str)

    def __init__(self, db: Database, tasks: TaskRunner, parent: QObject | None = None,
                 page_size: int = PAGE_SIZE,
                 clock: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._tasks = tasks
        self._page_size = page_size
        self._clock = clock or (lambda: datetime.now(UTC))
        self._rows: list[Any] = []
        self._filter: Any = None
        self._exhausted = False
        self._loading = False
        self._loaded_once = False
        self._key = f"inquiries-model-{id(self)}"
        self.lead = timedelta(minutes=30)

    # -- loading -----------------------------------------------------------------------------

    @property
    def loaded_once(self) -> bool:
        return self._loaded_once

    def set_filter(self, inquiry_filter: Any) -> None:
        self._filter = inquiry_filter
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        self._loading = False
        self.endResetModel()
        self._request_page()

    def _request_page(self) -> None:
        if self._loading or self._exhausted:
            return
        from desktop.services.inquiries import InquiryFilter, list_inquiries

        self._loading = True
        db, offset, limit = self._db, len(self._rows), self._page_size
        chosen = self._filter or InquiryFilter()
        self._tasks.run(lambda: list_inquiries(db, chosen, offset=offset, limit=limit),
                        lambda page: self._append(offset, page), self._failed, key=self._key)

    def _append(self, offset: int, page: list[Any]) -> None:
        self._loading = False
        self._loaded_once = True
        if offset != len(self._rows):
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
        self._exhausted = True
        self.loadFailed.emit(said(error))

    @override
    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._loading

    @override
    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if not parent.isValid():
            self._request_page()

    def tick(self) -> None:
        """Time moved on: repaint the time-left words and icons (no database call)."""
        if self._rows:
            self.dataChanged.emit(self.index(0, TIME_LEFT),
                                  self.index(len(self._rows) - 1, TIME_LEFT))

    # -- reading -----------------------------------------------------------------------------

    def inquiry_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, inquiry_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == inquiry_id), None)

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    @override
    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def urgency_of(self, row: Any) -> Urgency:
        return urgency(value(row, "deadline"), self._clock(), is_open=is_open(row),
                       lead=self.lead)

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and column == DEADLINE:
            return self._deadline_tip(row)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column == TIME_LEFT:
            return self._icon(self.urgency_of(row))
        if role == Qt.ItemDataRole.FontRole and column == TIME_LEFT \
                and self.urgency_of(row) is Urgency.OVERDUE:
            return self._bold()  # overdue rows stand out in any colour scheme
        if role == Qt.ItemDataRole.AccessibleTextRole and column == TIME_LEFT:
            return self._display(row, column)
        if role == INQUIRY_ID_ROLE:
            return row.id
        if role == URGENCY_ROLE:
            return self.urgency_of(row).value
        return None

    @staticmethod
    def _icon(level: Urgency) -> Any:
        from desktop.ui.icons import icon

        if level in (Urgency.NONE, Urgency.LATER):
            return _blank_icon()  # keeps the words of every row aligned
        return icon("warning" if level is Urgency.OVERDUE else "clock")

    @staticmethod
    def _bold() -> Any:
        from PySide6.QtGui import QFont

        font = QFont()
        font.setBold(True)
        return font

    def _deadline_tip(self, row: Any) -> str:
        """The deadline in the viewer's zone and, when it differs, the journalist's."""
        deadline, zone = value(row, "deadline"), value(row, "deadline_zone")
        if deadline is None:
            return ""
        shown = local_text(deadline)
        if zone:
            try:
                theirs = deadline.astimezone(ZoneInfo(zone))
            except (ZoneInfoNotFoundError, ValueError):
                return shown
            if theirs.utcoffset() != deadline.astimezone().utcoffset():
                return self.tr("{mine} here; {theirs} {zone} for the journalist").format(
                    mine=shown, theirs=medium_datetime(theirs, theirs.tzinfo), zone=zone)
        return shown

    def _display(self, row: Any, column: int) -> str:
        if column == TIME_LEFT:
            text = time_left_text(value(row, "deadline"), self._clock(), is_open=is_open(row))
            return text or status_text(code(value(row, "status")))
        if column == DEADLINE:
            return local_text(value(row, "deadline"))
        if column == STATUS:
            return status_text(code(value(row, "status")))
        if column == TOPIC:
            return str(value(row, "topic") or "")
        if column == JOURNALIST:
            return str(value(row, "journalist_name") or "")
        if column == OUTLET:
            return str(value(row, "outlet_name") or "")
        if column == ASSIGNEE:
            return str(value(row, "assignee_name") or "")
        if column == OFFICE:
            return str(value(row, "office_name") or "")
        if column == RECEIVED:
            return local_text(value(row, "received_at"))
        return ""

    @override
    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {TIME_LEFT: self.tr("Time left"), DEADLINE: self.tr("Deadline"),
                  STATUS: self.tr("Status"), TOPIC: self.tr("Topic"),
                  JOURNALIST: self.tr("Journalist"), OUTLET: self.tr("Outlet"),
                  ASSIGNEE: self.tr("Assignee"), OFFICE: self.tr("Office"),
                  RECEIVED: self.tr("Received")}
        return titles.get(section)

    @override
    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable \
            | Qt.ItemFlag.ItemNeverHasChildren

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, COLUMN_COUNT - 1))
