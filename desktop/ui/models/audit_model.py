"""The audit table: who changed what and when, newest first, a page at a time.

Pages come from ``audit.list_changes`` off the GUI thread (keyset paging on the entry id), so a
directory with years of history opens as fast as a new one. The last column spells out the
previous values ("Title: — → Spokesperson").
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop.services import audit
from desktop.services.audit import AuditFilter, AuditRow
from desktop.services.database import Database
from desktop.ui import override
from desktop.ui.dates import medium_datetime
from desktop.ui.refusals import said
from desktop.ui.tasks import TaskRunner

_Index = QModelIndex | QPersistentModelIndex

WHEN, WHO, WHAT, KIND, DETAILS = range(5)
COLUMN_COUNT = 5
ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
"""The whole AuditRow of a line (restore, the details pane)."""
_CONTEXT = "AuditModel"


def _tr(text: object) -> str:
    """Translate a source marked with QT_TRANSLATE_NOOP (typed ``object`` by the stubs)."""
    return QCoreApplication.translate(_CONTEXT, str(text))


_ACTIONS = {
    "create": QT_TRANSLATE_NOOP("AuditModel", "Created"),
    "update": QT_TRANSLATE_NOOP("AuditModel", "Changed"),
    "archive": QT_TRANSLATE_NOOP("AuditModel", "Archived"),
    "unarchive": QT_TRANSLATE_NOOP("AuditModel", "Brought back"),
    "restore": QT_TRANSLATE_NOOP("AuditModel", "Restored"),
    "delete": QT_TRANSLATE_NOOP("AuditModel", "Deleted"),
    "import": QT_TRANSLATE_NOOP("AuditModel", "Imported"),
}
_ENTITIES = {
    "contact": QT_TRANSLATE_NOOP("AuditModel", "Contact"),
    "office": QT_TRANSLATE_NOOP("AuditModel", "Office"),
    "release": QT_TRANSLATE_NOOP("AuditModel", "Release"),
    "inquiry": QT_TRANSLATE_NOOP("AuditModel", "Inquiry"),
    "journalist": QT_TRANSLATE_NOOP("AuditModel", "Journalist"),
    "database": QT_TRANSLATE_NOOP("AuditModel", "Database"),
}
_FIELDS = {
    "name": QT_TRANSLATE_NOOP("AuditModel", "Name"),
    "title": QT_TRANSLATE_NOOP("AuditModel", "Title"),
    "office": QT_TRANSLATE_NOOP("AuditModel", "Office"),
    "country": QT_TRANSLATE_NOOP("AuditModel", "Country"),
    "notes": QT_TRANSLATE_NOOP("AuditModel", "Notes"),
    "languages": QT_TRANSLATE_NOOP("AuditModel", "Languages"),
    "tags": QT_TRANSLATE_NOOP("AuditModel", "Tags"),
    "archived": QT_TRANSLATE_NOOP("AuditModel", "Archived"),
    "status": QT_TRANSLATE_NOOP("AuditModel", "Status"),
    "city": QT_TRANSLATE_NOOP("AuditModel", "City"),
    "time_zone": QT_TRANSLATE_NOOP("AuditModel", "Time zone"),
    "phones": QT_TRANSLATE_NOOP("AuditModel", "Phones"),
    "emails": QT_TRANSLATE_NOOP("AuditModel", "Emails"),
    "source": QT_TRANSLATE_NOOP("AuditModel", "Source"),
    "topic": QT_TRANSLATE_NOOP("AuditModel", "Topic"),
    "assignee": QT_TRANSLATE_NOOP("AuditModel", "Assignee"),
    "response": QT_TRANSLATE_NOOP("AuditModel", "Response"),
}
_RELEASE_FIELDS = {
    # A release's title is its headline: "Title" alone is translated as a person's job title.
    "title": QT_TRANSLATE_NOOP("AuditModel", "Headline"),
}
_LISTED = {
    "added_phones": QT_TRANSLATE_NOOP("AuditModel", "Phones added: {0}"),
    "removed_phones": QT_TRANSLATE_NOOP("AuditModel", "Phones removed: {0}"),
    "added_emails": QT_TRANSLATE_NOOP("AuditModel", "Emails added: {0}"),
    "removed_emails": QT_TRANSLATE_NOOP("AuditModel", "Emails removed: {0}"),
}


def action_text(action: str) -> str:
    return _tr(_ACTIONS[action]) if action in _ACTIONS else action


def entity_text(entity: str) -> str:
    return _tr(_ENTITIES[entity]) if entity in _ENTITIES else entity


def _field_text(name: str, entity: str | None = None) -> str:
    if entity == "release" and name in _RELEASE_FIELDS:
        return _tr(_RELEASE_FIELDS[name])
    return _tr(_FIELDS[name]) if name in _FIELDS else name.replace("_", " ")


def _value(value: object) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return (QCoreApplication.translate("AuditModel", "yes") if value
                else QCoreApplication.translate("AuditModel", "no"))
    if isinstance(value, list | tuple):
        return ", ".join(_value(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{_field_text(str(k))}: {_value(v)}" for k, v in value.items())
    return str(value)


def describe_changes(changes: dict[str, object], entity: str | None = None) -> list[str]:
    """One line per changed field: "Title: — → Spokesperson", "Phones added: +251…"; a
    release's fields are named as a release's (its title is a headline, not a job)."""
    lines: list[str] = []
    inner = changes.get("changed")
    if isinstance(inner, dict):  # a restore: its own previous values
        changes = {k: v for k, v in changes.items()
                   if k not in ("changed", "phones", "emails")} | inner
    for name, value in changes.items():
        if name in _LISTED:
            lines.append(_tr(_LISTED[name]).format(_value(value)))
        elif name in ("from_version", "to_state_of_version"):
            continue
        elif name == "changes" and isinstance(value, list):  # a contact file's import
            from desktop.ui.import_changes import change_text

            lines.extend(change_text(str(change)) for change in value)
        elif isinstance(value, list) and len(value) == 2 and name not in (
                "phones", "emails", "changes"):
            lines.append(QCoreApplication.translate("AuditModel", "{field}: {old} → {new}")
                         .format(field=_field_text(name, entity), old=_value(value[0]),
                                 new=_value(value[1])))
        else:
            lines.append(QCoreApplication.translate("AuditModel", "{field}: {value}")
                         .format(field=_field_text(name, entity), value=_value(value)))
    return lines


def when_text(row: AuditRow) -> str:
    """The time in the viewer's zone, as the UI language writes it ("30 nov. 2026, 14:05")."""
    return medium_datetime(datetime.fromtimestamp(row.entry.at.timestamp(), UTC))


class AuditModel(QAbstractTableModel):
    """Audit entries matching a filter, newest first; ``set_filter`` starts over."""

    pageLoaded = Signal()
    loadFailed = Signal(str)

    def __init__(self, db: Database, tasks: TaskRunner, parent: QObject | None = None,
                 page_size: int = audit.PAGE) -> None:
        super().__init__(parent)
        self._db, self._tasks, self._page_size = db, tasks, page_size
        self._rows: list[AuditRow] = []
        self._filter = AuditFilter()
        self._exhausted = False
        self._loading = False
        self.loaded_once = False
        self._generation = 0
        self._key = f"audit-model-{id(self)}"

    @property
    def filter(self) -> AuditFilter:
        return self._filter

    def set_filter(self, where: AuditFilter) -> None:
        self._filter = where
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        self._loading = False
        self._generation += 1
        self.endResetModel()
        self._request_page()

    def _request_page(self) -> None:
        if self._loading or self._exhausted:
            return
        self._loading = True
        db, where, limit, generation = self._db, self._filter, self._page_size, self._generation
        before = self._rows[-1].entry.id if self._rows else None
        self._tasks.run(lambda: audit.list_changes(db, where, before_id=before, limit=limit),
                        lambda page: self._append(generation, page), self._failed,
                        key=self._key, owner=self)

    def _append(self, generation: int, page: list[AuditRow]) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self.loaded_once = True
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
        self.loaded_once = True
        self.loadFailed.emit(said(error))

    @override
    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._loading

    @override
    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if not parent.isValid():
            self._request_page()

    def row_at(self, row: int) -> AuditRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

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
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == WHEN:
                return when_text(row)
            if column == WHO:
                return row.entry.actor
            if column == WHAT:
                return self.tr("{entity}: {subject}").format(
                    entity=entity_text(row.entry.entity), subject=row.subject)
            if column == KIND:
                return action_text(row.entry.action)
            if column == DETAILS:
                return "; ".join(describe_changes(row.entry.changes, row.entry.entity))
        if role == Qt.ItemDataRole.ToolTipRole and column == DETAILS:
            return "\n".join(describe_changes(row.entry.changes, row.entry.entity))
        if role == ENTRY_ID_ROLE:
            return row.entry.id
        if role == ROW_ROLE:
            return row
        return None

    @override
    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {WHEN: self.tr("When"), WHO: self.tr("Who"), WHAT: self.tr("What"),
                  KIND: self.tr("Change"), DETAILS: self.tr("Previous → new values")}
        return titles.get(section)

    @override
    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, COLUMN_COUNT - 1))
