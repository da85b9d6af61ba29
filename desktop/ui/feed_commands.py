"""Newsroom feeds in the app: File → Check Feeds, a Feeds section in Settings, a check at start.

The services do the work (``services.feeds``) on the task pool; progress comes back through a
queued signal and Cancel stops between pages (what was imported before stays all-or-nothing).
Feeds are kept in the database, so every officer on a team server sees the same list.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import override
from desktop.ui.plural import counted
from desktop.ui.refusals import file_reason, reason_text, said
from desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop.services.database import Database
    from desktop.services.feeds import FeedRecord, FeedReport

Status = Callable[[str, int], None]
SHOWN_FAILURES = 5
"""Failed pages listed per feed in the summary; the rest are counted."""


class _Bridge(QObject):
    """Carries progress from the worker thread to the GUI thread (a queued signal)."""

    progressed = Signal(int, int, str)


class FeedCommands(QObject):
    """Owns the "Check Feeds" action; checks saved feeds on demand or when the app starts."""

    checked = Signal(object)
    """The list of ``FeedReport`` when a check ends (for tests and the window)."""

    def __init__(self, window: QWidget, tasks: TaskRunner, imported: Callable[[], None],
                 status: Status) -> None:
        super().__init__(window)
        self._window, self._tasks = window, tasks
        self._imported, self._status = imported, status
        self._db: Database | None = None
        self._cancel = threading.Event()
        self._running = False
        self._bridge = _Bridge(self)
        self._bridge.progressed.connect(self._on_progress)
        self.progress_dialog: QProgressDialog | None = None
        self.action = QAction(window)
        self.action.setObjectName("action_check_feeds")
        self.action.triggered.connect(lambda: self.check())
        window.installEventFilter(self)
        self.retranslate_ui()

    def install(self, menu: QMenu | None, after: QAction | None = None) -> None:
        """Put "Check Feeds" in ``menu``, below ``after`` when given."""
        if menu is None:
            return
        actions = menu.actions()
        index = actions.index(after) + 1 if after in actions else len(actions)
        if index < len(actions):
            menu.insertAction(actions[index], self.action)
        else:
            menu.addAction(self.action)

    def set_database(self, db: Database) -> None:
        """Attach the database and run the check the user asked for at start, if any."""
        self._db = db
        if not db.read_only:  # a read-only role cannot import: it checks nothing at start
            self.check(at_start=True)

    @property
    def running(self) -> bool:
        return self._running

    def check(self, *, at_start: bool = False) -> bool:
        """Check saved feeds (at start: only those ticked, quietly); False if one runs."""
        db = self._db
        if db is None or self._running:
            if not at_start and self._running:
                self._status(self.tr("Feeds are already being checked."), 5000)
            return False
        self._running = True
        self._cancel.clear()
        if not at_start:
            self._open_progress()
        cancel, bridge = self._cancel, self._bridge

        def work() -> list[FeedReport]:
            from desktop.services.feeds import check_saved_feeds

            return check_saved_feeds(
                db, at_start=at_start,
                progress=lambda done, total, label: bridge.progressed.emit(done, total, label),
                should_cancel=cancel.is_set)

        self._tasks.run(work, lambda reports: self._done(reports, at_start), self._failed,
                        owner=self)
        return True

    def cancel(self) -> None:
        self._cancel.set()

    def _open_progress(self) -> None:
        dialog = QProgressDialog(self.tr("Checking feeds…"), self.tr("Cancel"), 0, 100,
                                 self._window)
        dialog.setObjectName("feedProgress")
        dialog.setWindowTitle(self.tr("Check feeds"))
        dialog.setAccessibleName(self.tr("Feed check progress"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        dialog.setValue(0)
        self.progress_dialog = dialog

    def _on_progress(self, done: int, total: int, label: str) -> None:
        dialog = self.progress_dialog
        if dialog is None or self._cancel.is_set():
            return
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))
        dialog.setLabelText(self.tr("Fetching {page}…").format(page=label) if label
                            else self.tr("Finishing…"))

    def _close_progress(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.canceled.disconnect(self.cancel)
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def _done(self, reports: list[FeedReport], at_start: bool) -> None:
        self._running = False
        self._close_progress()
        if any(r.imported.written for r in reports):
            self._imported()
        self.checked.emit(reports)
        new = sum(r.imported.created + r.imported.updated for r in reports)
        if at_start:
            if reports:
                self._status(counted(self.tr("Feeds checked: %Ln new releases.", "", new), new,
                                     "Feeds checked: 1 new release."), 8000)
            return
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Feeds checked"),
                          self.summary(reports), QMessageBox.StandardButton.Ok,
                          self._window)
        box.setObjectName("feedSummary")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def summary(self, reports: list[FeedReport]) -> str:
        """A paragraph per feed: imported, seen before, failed and why (or why the feed could
        not be read); feeds apart, so a long reason does not run into the next feed."""
        blocks = []
        for report in reports:
            name = report.title or report.url
            if report.error is not None:
                blocks.append(self.tr("{feed}: not read: {reason}").format(
                    feed=name, reason=reason_text(report.code, report.params, report.error)))
                continue
            new = report.imported.created + report.imported.updated
            lines = [self.tr("{feed}: {new}, {seen}, {failed}").format(  # plural forms, not "(s)"
                feed=name, new=self.tr("%Ln new", "releases", new),
                seen=self.tr("%Ln seen before", "releases", report.seen_before),
                failed=self.tr("%Ln failed", "releases", len(report.failed)))]
            lines += [self.tr("• {page}: {reason}").format(page=failure.path,
                                                          reason=file_reason(failure))
                      for failure in report.failed[:SHOWN_FAILURES]]
            more = len(report.failed) - SHOWN_FAILURES
            if more > 0:
                lines.append(self.tr("… and %n more (tried again at the next check)", "", more))
            blocks.append("\n".join(lines))
        return ("\n\n".join(blocks) if blocks
                else self.tr("No feeds are saved: add one in Settings."))

    def _failed(self, error: BaseException, _details: str) -> None:
        self._running = False
        self._close_progress()
        self._status(self.tr("Feeds not checked: {reason}").format(reason=said(error)), 10000)

    def settings_section(self, dialog: QDialog) -> FeedsBox | None:
        """Add the Feeds section to the Settings dialog: its own tab (Alt+F) where the dialog
        has tabs, so the dialog is as tall as its tabs (under the tabs it made the dialog
        560 px at 800×600, the General tab half empty); else above its buttons."""
        layout = dialog.layout()
        if self._db is None or layout is None:
            return None
        box = FeedsBox(self._db, self._tasks, dialog)
        tabs = getattr(dialog, "tabs", None)
        if isinstance(tabs, QTabWidget):
            box.in_tab(tabs)
        elif isinstance(layout, QVBoxLayout):
            layout.insertWidget(max(0, layout.count() - 1), box)
        else:
            layout.addWidget(box)
        # Tab as the eye reads: the settings, the feeds, then OK and Cancel (the section is
        # made after the buttons, so Tab reached it only after Cancel).
        previous: QWidget = box.at_start_check
        for buttons in dialog.findChildren(QDialogButtonBox):
            for button in buttons.buttons():
                QWidget.setTabOrder(previous, button)
                previous = button
        return box

    def retranslate_ui(self) -> None:
        self.action.setText(self.tr("Check &Feeds"))
        self.action.setToolTip(self.tr("Import the new releases of the saved newsroom feeds"))

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return super().eventFilter(watched, event)


class FeedsBox(QGroupBox):
    """Settings → Feeds: the saved feeds, add one by address or file, check it at start."""

    changed = Signal()
    """A feed was added, removed or re-ticked (written at once, not on OK)."""

    def __init__(self, db: Database, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feedsGroup")
        self._db, self._tasks = db, tasks
        self._tabs: QTabWidget | None = None
        self.feed_list = QListWidget()
        self.feed_list.setObjectName("feedList")
        self.feed_list.setMaximumHeight(64)  # the dialog must fit 800×600 with the other sections
        self.address_edit = QLineEdit()
        self.address_edit.setObjectName("feedAddressEdit")
        self.add_button = QPushButton()
        self.add_button.setObjectName("addFeedButton")
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeFeedButton")
        self.at_start_check = QCheckBox()
        self.at_start_check.setObjectName("checkFeedsAtStart")
        self.message = QLabel()
        self.message.setObjectName("feedMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        row = QHBoxLayout()
        row.addWidget(self.address_edit, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.feed_list)
        layout.addLayout(row)
        layout.addWidget(self.at_start_check)
        layout.addWidget(self.message)
        self.add_button.clicked.connect(self.add_feed)
        self.address_edit.installEventFilter(self)  # Enter adds the feed, not OK
        self.remove_button.clicked.connect(self.remove_feed)
        self.at_start_check.toggled.connect(self._set_at_start)
        self.feed_list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.retranslate_ui()
        self.reload()

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the address field adds the feed and stays: it also pressed the dialog's
        default OK, closing Settings on someone about to add a second feed."""
        if (watched is self.address_edit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and self.address_edit.text().strip()):
            self.add_feed()
            return True
        return super().eventFilter(watched, event)

    def in_tab(self, tabs: QTabWidget) -> None:
        """Be the last tab of ``tabs`` (named "&Feeds"), the list taking the room there."""
        self._tabs = tabs
        self.feed_list.setMaximumHeight(16_777_215)
        tabs.addTab(self, "")
        self.retranslate_ui()

    def reload(self) -> None:
        db = self._db

        def load() -> list[FeedRecord]:
            from desktop.services.feeds import list_feeds

            return list_feeds(db)

        self._tasks.run(load, self._show, self._failed, key="settings-feeds", owner=self)

    def _show(self, feeds: list[FeedRecord]) -> None:
        self.feed_list.clear()
        for feed in feeds:
            text = feed.url if not feed.title else f"{feed.title} — {feed.url}"
            item = QListWidgetItem(text, self.feed_list)
            item.setData(Qt.ItemDataRole.UserRole, feed.id)
            if feed.last_error:
                item.setToolTip(self.tr("Last check: {reason}").format(reason=reason_text(
                    feed.last_error_code, feed.last_error_params, feed.last_error)))
        self.at_start_check.blockSignals(True)
        self.at_start_check.setChecked(any(f.check_at_start for f in feeds))
        self.at_start_check.blockSignals(False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.feed_list.currentItem() is not None)
        self.at_start_check.setEnabled(self.feed_list.count() > 0)

    def _failed(self, error: BaseException, _details: str) -> None:
        self._say(said(error))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def add_feed(self) -> None:
        address = self.address_edit.text().strip()
        if not address:
            return
        db, at_start = self._db, self.at_start_check.isChecked()

        def save() -> FeedRecord:
            from desktop.services.feeds import save_feed

            return save_feed(db, address, check_at_start=at_start)

        def saved(_feed: FeedRecord) -> None:
            self.address_edit.clear()
            self._say(self.tr("Feed saved."))
            self.changed.emit()
            self.reload()

        self._tasks.run(save, saved, self._failed, owner=self)

    def remove_feed(self) -> None:
        item = self.feed_list.currentItem()
        if item is None:
            return
        db, feed_id = self._db, int(item.data(Qt.ItemDataRole.UserRole))

        def forget() -> None:
            from desktop.services.feeds import forget_feed

            forget_feed(db, feed_id)

        def removed(_result: None) -> None:
            self._say(self.tr("Feed removed."))
            self.changed.emit()
            self.reload()

        self._tasks.run(forget, removed, self._failed, owner=self)

    def _set_at_start(self, checked: bool) -> None:
        db = self._db
        ids = [int(self.feed_list.item(row).data(Qt.ItemDataRole.UserRole))
               for row in range(self.feed_list.count())]

        def store() -> None:
            from desktop.services.feeds import set_check_at_start

            for feed_id in ids:
                set_check_at_start(db, feed_id, checked)

        self._tasks.run(store, lambda _r: self.changed.emit(), self._failed, owner=self)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Newsroom feeds"))
        if self._tabs is not None:
            self._tabs.setTabText(self._tabs.indexOf(self), self.tr("&Feeds"))
        self.address_edit.setPlaceholderText(self.tr("Feed address (https://…) or file"))
        self.address_edit.setAccessibleName(self.tr("Feed address"))
        self.feed_list.setAccessibleName(self.tr("Saved feeds"))
        self.add_button.setText(self.tr("&Add Feed"))
        self.remove_button.setText(self.tr("Remo&ve Feed"))
        self.at_start_check.setText(self.tr("Check the feeds when Press Desk starts"))

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
