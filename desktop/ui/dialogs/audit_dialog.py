"""The audit view: who changed what and when, with the previous values, for the whole directory
or one contact, and an earlier version of a contact put back from it.

A window of its own (not modal), so it can stay open beside the directory. Rows page in as the
table scrolls; every filter re-queries the services. Restoring asks first, is refused with the
name of who changed the contact when it changed after the history was read, and is handed to
the window's Undo (``restored``).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.records import ContactRecord
from desktop.services import audit
from desktop.services.audit import AuditFilter, AuditRow
from desktop.services.contact_versions import ContactVersion, contact_versions, restore_version
from desktop.services.database import Database
from desktop.ui import override
from desktop.ui.crash import plain_message
from desktop.ui.models.audit_model import (
    DETAILS,
    KIND,
    WHAT,
    WHEN,
    WHO,
    AuditModel,
    action_text,
    describe_changes,
    entity_text,
    when_text,
)
from desktop.ui.plural import counted
from desktop.ui.refusals import error_text
from desktop.ui.tasks import TaskRunner

PERIODS = ("all", "today", "7d", "30d")


class AuditDialog(QDialog):
    """Changes newest first; ``contact`` narrows it to one person (the card's "History…")."""

    restored = Signal(object, object)
    """(before, after) ContactRecords of a restore the database took: the window's Undo."""

    def __init__(self, db: Database, tasks: TaskRunner, contact: ContactRecord | None = None,
                 parent: QWidget | None = None, *, read_only_reason: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditDialog")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self._db, self._tasks, self._contact = db, tasks, contact
        self._read_only_reason = read_only_reason
        self.model = AuditModel(db, tasks, self)

        self.heading = QLabel()
        self.heading.setObjectName("auditHeading")
        self.heading.setWordWrap(True)
        self.who_filter = QComboBox()
        self.who_filter.setObjectName("auditWhoFilter")
        self.text_filter = QLineEdit()
        self.text_filter.setObjectName("auditTextFilter")
        self.text_filter.setClearButtonEnabled(True)
        self.period_filter = QComboBox()
        self.period_filter.setObjectName("auditPeriodFilter")
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("auditKindFilter")
        for combo in (self.who_filter, self.period_filter, self.kind_filter):
            # Never narrower than their longest choice: at 800×600 in French they showed
            # "Tout le mo" and "Toute mo"; the text field gives up the room instead.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.text_filter.setMinimumWidth(90)
        self._labels = [QLabel() for _ in range(4)]
        filters = QHBoxLayout()
        for label, field in zip(self._labels, (self.who_filter, self.text_filter,
                                               self.period_filter, self.kind_filter),
                                strict=True):
            label.setBuddy(field)
            filters.addWidget(label)
            filters.addWidget(field, 2 if field is self.text_filter else 1)
        if contact is not None:  # one contact: the text filter has nothing to narrow
            self._labels[1].hide()
            self.text_filter.hide()

        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DETAILS, QHeaderView.ResizeMode.Stretch)
        for column, width in ((WHEN, 125), (WHO, 90), (WHAT, 170), (KIND, 85)):
            header.resizeSection(column, width)
        self.details = QPlainTextEdit()
        self.details.setObjectName("auditDetails")
        self.details.setReadOnly(True)
        self.details.setTabChangesFocus(True)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        self.status = QLabel()
        self.status.setObjectName("auditStatus")
        self.status.setWordWrap(True)

        self.restore_button = QPushButton()
        self.restore_button.setObjectName("auditRestoreButton")
        self.restore_button.clicked.connect(self.restore_selected)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.restore_shortcut = QShortcut(QKeySequence("Ctrl+R"), self)
        self.restore_shortcut.activated.connect(self.restore_selected)

        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        self.model.pageLoaded.connect(self._page_loaded)
        self.model.loadFailed.connect(self.status.setText)
        self.retranslate_ui()
        for combo in (self.who_filter, self.period_filter, self.kind_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.text_filter.textChanged.connect(self.apply_filters)
        self.resize(760, 500)  # fits an 800×600 screen with its frame and a panel
        self._load_choices()
        self.apply_filters()
        self.table.setFocus()

    # Filters ------------------------------------------------------------------------------------
    def current_filter(self) -> AuditFilter:
        now = datetime.now(UTC)
        period = self.period_filter.currentData()
        since = {"today": now - timedelta(days=1), "7d": now - timedelta(days=7),
                 "30d": now - timedelta(days=30)}.get(period)
        kind = self.kind_filter.currentData()
        contact = self._contact
        return AuditFilter(actor=self.who_filter.currentData() or None,
                           text=self.text_filter.text() if contact is None else "",
                           since=since, kinds=(kind,) if kind else (),
                           entity="contact" if contact is not None else None,
                           entity_id=contact.id if contact is not None else None)

    def apply_filters(self) -> None:
        self.details.clear()
        self.model.set_filter(self.current_filter())

    def _load_choices(self) -> None:
        db = self._db
        self._tasks.run(lambda: (audit.actors(db), audit.kinds(db)), self._choices_loaded,
                        owner=self)

    def _choices_loaded(self, choices: tuple[list[str], list[str]]) -> None:
        people, kinds = choices
        self._fill(self.who_filter, [("", self.tr("Anyone")), *((p, p) for p in people)])
        self._fill(self.kind_filter, [("", self.tr("Any change")),
                                      *((k, action_text(k)) for k in kinds)])

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for data, text in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    # Rows ---------------------------------------------------------------------------------------
    def _page_loaded(self) -> None:
        count = self.model.rowCount()
        more = self.model.canFetchMore()
        if count == 0:
            text = self.tr("No change matches these filters.")
        elif more:
            text = counted(self.tr("%n changes shown — scroll for more", "", count), count,
                           "1 change shown — scroll for more")
        else:
            text = counted(self.tr("%n changes shown", "", count), count, "1 change shown")
        self.status.setText(text)
        if count and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        self._selected()

    def selected_row(self) -> AuditRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _selected(self) -> None:
        row = self.selected_row()
        if row is None:
            self.details.clear()
            self.restore_button.setEnabled(False)
            return
        lines = [self.tr("{when} — {who}: {kind} {what} “{name}”").format(
            when=when_text(row), who=row.entry.actor, kind=action_text(row.entry.action),
            what=entity_text(row.entry.entity).lower(), name=row.subject)]
        lines += describe_changes(row.entry.changes, row.entry.entity)
        self.details.setPlainText("\n".join(lines))
        writable = self._read_only_reason is None
        self.restore_button.setEnabled(writable and row.entry.entity == "contact")

    # Restore ------------------------------------------------------------------------------------
    def restore_selected(self) -> None:
        """Put the selected change's contact back as it was just after that change."""
        row = self.selected_row()
        if row is None or row.entry.entity != "contact" or not self.restore_button.isEnabled():
            return
        db, contact_id = self._db, row.entry.entity_id
        newest_seen = max((r.entry.id for r in (self.model.row_at(n)
                                                for n in range(self.model.rowCount()))
                           if r is not None and r.entry.entity == "contact"
                           and r.entry.entity_id == contact_id), default=row.entry.id)
        self.restore_button.setEnabled(False)
        self._tasks.run(lambda: contact_versions(db, contact_id),
                        lambda versions: self._confirm(row, versions, newest_seen),
                        self._failed, owner=self)

    def _confirm(self, row: AuditRow, versions: list[ContactVersion], newest_seen: int) -> None:
        self._selected()
        current = versions[0].state if versions else None
        chosen = next((v for v in versions if v.entry.id == row.entry.id), None)
        if current is None or chosen is None:
            return
        if versions[0].entry.id > newest_seen and not self._filtered_out(versions[0]):
            latest = versions[0].entry
            QMessageBox.warning(self, self.tr("Not restored"), self.tr(
                "{name} was changed by {who} at {when} after this history was shown. Look at "
                "the new history, then choose the version again.").format(
                name=current.name, who=latest.actor,
                when=when_text(AuditRow(latest, current.name))))
            self.model.refresh()
            return
        if chosen.current:
            self.status.setText(self.tr("This is how {name} is now: nothing to restore.")
                                .format(name=current.name))
            return
        if chosen.state is None:
            QMessageBox.information(self, self.tr("Cannot restore"), self.tr(
                "The history before this change does not say what the contact held (an import "
                "or an older restore), so this version cannot be put back."))
            return
        answer = QMessageBox.question(
            self, self.tr("Restore this version?"),
            self.tr("Put {name} back as they were after the change of {when} by {who}? "
                    "Later changes are undone; Undo (Ctrl+Z) in the main window brings them "
                    "back.").format(name=current.name, when=when_text(row), who=row.entry.actor))
        if answer != QMessageBox.StandardButton.Yes:
            return
        db, entry_id, version = self._db, row.entry.id, current.version
        self._tasks.run(lambda: restore_version(db, current.id, entry_id, version),
                        lambda after: self._restored(current, after), self._failed, owner=self)

    def _filtered_out(self, version: ContactVersion) -> bool:
        """A newer change the filters hide is not one the user failed to see."""
        where = self.model.filter
        return bool((where.actor and version.entry.actor != where.actor)
                    or (where.kinds and version.entry.action not in where.kinds))

    def _restored(self, before: ContactRecord, after: ContactRecord) -> None:
        self.status.setText(self.tr("{name} restored; Undo (Ctrl+Z) in the main window takes "
                                    "it back.").format(name=after.name))
        self.restored.emit(before, after)
        self.model.refresh()

    def _failed(self, error: BaseException, _details: str) -> None:
        self._selected()
        message = plain_message(error)
        if message is None:
            raise error
        QMessageBox.warning(self, self.tr("Not restored"), error_text(error) or message)
        self.model.refresh()

    # Language -----------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        from desktop.ui.dates import widest_moment

        # "30 nov. 2026, 01:28" is longer than the ISO it replaced: 125 px cut it to "01:…"
        self.table.horizontalHeader().resizeSection(
            WHEN, max(125, widest_moment(self.table.fontMetrics().horizontalAdvance) + 16))
        contact = self._contact
        self.setWindowTitle(self.tr("History of {name}").format(name=contact.name)
                            if contact else self.tr("History of changes"))
        self.heading.setText(
            self.tr("Every change to {name}, newest first, with the previous values.").format(
                name=contact.name) if contact else
            self.tr("Who changed what and when in the directory, newest first."))
        for label, text in zip(self._labels, (self.tr("&Who"), self.tr("&Contact or office"),
                                              self.tr("&Period"), self.tr("&Kind")),
                               strict=True):
            label.setText(text)
            buddy = label.buddy()
            if buddy is not None:
                buddy.setAccessibleName(text.replace("&", ""))
        self.text_filter.setPlaceholderText(self.tr("name of a contact or an office"))
        self._fill(self.period_filter, [("all", self.tr("Any time")),
                                        ("today", self.tr("Last 24 hours")),
                                        ("7d", self.tr("Last 7 days")),
                                        ("30d", self.tr("Last 30 days"))])
        if self.who_filter.count():
            self.who_filter.setItemText(0, self.tr("Anyone"))
        if self.kind_filter.count():
            self.kind_filter.setItemText(0, self.tr("Any change"))
        self.table.setAccessibleName(self.tr("Changes"))
        self.details.setAccessibleName(self.tr("Selected change"))
        self.restore_button.setText(self.tr("&Restore this version…"))
        reason = self._read_only_reason
        self.restore_button.setToolTip(
            reason if reason is not None else
            self.tr("Put the contact back as it was just after the selected change (Ctrl+R)"))
        self.model.retranslate()

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
