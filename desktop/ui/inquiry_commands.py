"""The media desk's part of the main window: its view, its dialogs, its reminders and the
sidebar's overdue count.

Kept out of ``main_window`` (which only creates this and forwards a few calls) so the window
stays about navigation and the desk is found under its own name.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from desktop.ui.dialogs.inquiry_dialog import Prefill
from desktop.ui.reminders import Due, Reminders

if TYPE_CHECKING:
    from PySide6.QtWidgets import QListWidget, QMainWindow, QStackedWidget

    from desktop.services.database import Database
    from desktop.ui.tasks import TaskRunner

COUNT_EVERY_MS = 30_000
START_DELAY_MS = 1500


def open_deadlines(db: Database, until: datetime) -> list[Due]:
    """Open inquiries due before ``until`` (for the reminders; runs off the GUI thread)."""
    from desktop.domain.inquiries import InquiryStatus
    from desktop.services.inquiries import InquiryFilter, list_inquiries

    rows = list_inquiries(db, InquiryFilter(statuses=(InquiryStatus.NEW, InquiryStatus.ASSIGNED),
                                            deadline_before=until), offset=0, limit=500)
    return [Due(r.id, r.topic, r.journalist_name or "", r.deadline) for r in rows
            if r.deadline is not None]


class InquiryCommands(QObject):
    """Builds the Inquiries view on first use, opens the log form and the answer dialog,
    keeps the sidebar's overdue count current and runs the reminders."""

    def __init__(self, window: QMainWindow, tasks: TaskRunner, stack: QStackedWidget,
                 navigation: QListWidget, index: int) -> None:
        super().__init__(window)
        self._window = window
        self._tasks = tasks
        self._stack = stack
        self._navigation = navigation
        self._index = index
        self.db: Database | None = None
        self.view: Any = None
        self._card: Any = None
        self.overdue = 0
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)
        """Replaced by tests: the overdue count and the reminders follow it."""
        self.log_dialog: Any = None
        self.answer_dialog: Any = None
        self.reminders = Reminders(tasks, open_deadlines, clock=lambda: self.clock(),
                                   parent=self)
        self.reminders.activated.connect(self.show_inquiry)
        self.count_timer = QTimer(self)
        self.count_timer.setInterval(COUNT_EVERY_MS)
        self.count_timer.timeout.connect(self.count_overdue)

    def set_database(self, db: Database) -> None:
        """Count and check a moment after start-up: the first page of contacts comes first
        (both would compete with it for the interpreter)."""
        self.db = db
        self.count_timer.start()
        QTimer.singleShot(START_DELAY_MS, self, self._first_check)

    def _first_check(self) -> None:
        if self.db is not None:
            self.count_overdue()
            self.reminders.start(self.db)

    def watch_card(self, card: Any) -> None:
        """Connect the contact card's "Log an inquiry to …" (once: the card is built lazily)."""
        if card is self._card:
            return
        self._card = card
        signal = getattr(card, "log_inquiry_requested", None)
        if signal is not None:
            signal.connect(self.log_to_contact)

    def ensure_view(self) -> Any:
        """The Inquiries view, built the first time it is shown."""
        if self.view is not None or self.db is None:
            return self.view
        from desktop.ui.views.inquiries_view import InquiriesView

        view = InquiriesView(self.db, self._tasks, clock=lambda: self.clock())
        old = self._stack.widget(self._index)
        self._stack.insertWidget(self._index, view)
        if old is not None:
            self._stack.removeWidget(old)
            old.deleteLater()
        self._stack.setCurrentIndex(self._navigation.currentRow())
        view.logRequested.connect(lambda: self.log())
        view.openRequested.connect(self.answer)
        view.logFromJournalistRequested.connect(self.log_from_journalist)
        view.overdueChanged.connect(self._set_overdue)
        view.message.connect(lambda text: self._window.statusBar().showMessage(text, 8000))
        self.view = view
        return view

    # Overdue count ------------------------------------------------------------------------------
    def count_overdue(self) -> None:
        """Count again (every 30 s, and after a change): deadlines pass without any edit."""
        if self.db is None:
            return
        from desktop.services.inquiries import count_overdue

        db, now = self.db, self.clock()
        self._tasks.run(lambda: count_overdue(db, now), self._set_overdue,
                        key=f"sidebar-overdue-{id(self)}", owner=self)

    def _set_overdue(self, count: int) -> None:
        self.overdue = count
        self.retranslate_ui()

    def sidebar_text(self) -> str:
        if self.overdue:
            return self.tr("Inquiries (%n overdue)", "", self.overdue)
        return self.tr("Inquiries")

    def retranslate_ui(self) -> None:
        item = self._navigation.item(self._index)
        if item is None:
            return
        item.setText(self.sidebar_text())
        self._fit_sidebar(self.sidebar_text())
        item.setToolTip(f"{self.sidebar_text()} (Alt+{self._index + 1})")
        item.setData(0x0101, self.overdue)  # Qt.UserRole + 1: for tests and screen readers

    def _fit_sidebar(self, text: str) -> None:
        """Widen the sidebar when "Demandes (3 en retard)" would be cut (never narrower)."""
        navigation = self._navigation
        needed = (navigation.fontMetrics().horizontalAdvance(text)
                  + navigation.iconSize().width() + 28)
        if needed > navigation.width():
            navigation.setFixedWidth(needed)

    # Dialogs ------------------------------------------------------------------------------------
    def log(self, prefill: Prefill | None = None) -> Any:
        """Open the log form (Ctrl+Shift+N from anywhere; pre-filled from a card or a
        release)."""
        from desktop.ui import read_only
        from desktop.ui.dialogs.inquiry_dialog import InquiryDialog

        if self.db is None or read_only.refuse(self._window):
            return None
        dialog = InquiryDialog(self.db, self._tasks, prefill, self._window,
                               clock=lambda: self.clock())
        dialog.finished.connect(lambda _r: self._logged(dialog))
        dialog.open()
        self.log_dialog = dialog
        return dialog

    def log_to_contact(self, contact_id: int) -> Any:
        """"Log an inquiry to …" on a contact's card: that person is the assignee."""
        from desktop.services.contacts import get_contact
        from desktop.ui import read_only

        if self.db is None or read_only.refuse(self._window):
            return None
        db = self.db
        holder: list[Any] = []
        self._tasks.run(lambda: get_contact(db, contact_id),
                        lambda record: holder.append(self.log(Prefill(
                            assignee_id=record.id, assignee_name=record.name))),
                        self._failed, owner=self)
        return holder[0] if holder else None

    def log_from_journalist(self, journalist: Any) -> Any:
        """A journalist's card: the form starts with their name, outlet, email and phone."""
        dialog = self.log()
        if dialog is not None:
            dialog.use_journalist(journalist)
        return dialog

    def log_about_release(self, release_id: int, title: str) -> Any:
        return self.log(Prefill(topic=title, release_id=release_id, release_title=title))

    def _logged(self, dialog: Any) -> None:
        saved = dialog.saved
        dialog.deleteLater()
        if saved is None:
            return
        self._window.statusBar().showMessage(
            self.tr("Logged: {topic}").format(topic=saved.topic), 8000)
        self.after_change(saved.id)

    def answer(self, inquiry_id: int) -> None:
        """Assign, answer or close: a writing command, refused (with why) in read-only mode."""
        from desktop.services.inquiries import get_inquiry
        from desktop.ui import read_only

        if self.db is None or read_only.refuse(self._window):
            return
        db = self.db
        self._tasks.run(lambda: get_inquiry(db, inquiry_id), self.open_answer, self._failed,
                        owner=self)

    def open_answer(self, record: Any) -> Any:
        from desktop.ui import read_only
        from desktop.ui.dialogs.answer_dialog import AnswerDialog

        if self.db is None or read_only.refuse(self._window):
            return None
        dialog = AnswerDialog(self.db, self._tasks, record, self._window)
        dialog.finished.connect(lambda _r: self._answered(dialog))
        dialog.open()
        self.answer_dialog = dialog
        return dialog

    def _answered(self, dialog: Any) -> None:
        saved = dialog.saved
        dialog.deleteLater()
        if saved is not None:
            self._window.statusBar().showMessage(
                self.tr("Saved: {topic}").format(topic=saved.topic), 8000)
            self.after_change(saved.id)

    def after_change(self, inquiry_id: int | None = None) -> None:
        self.count_overdue()
        self.reminders.check()
        if self.view is not None:
            view = self.view
            view.refresh()
            if inquiry_id is not None:
                view.select_inquiry(inquiry_id)

    def show_inquiry(self, inquiry_id: int) -> None:
        """A reminder was clicked: bring the desk up on that inquiry."""
        self._navigation.setCurrentRow(self._index)
        view = self.ensure_view()
        if view is not None and not view.select_inquiry(inquiry_id):
            self.answer(inquiry_id)
        self._window.raise_()
        self._window.activateWindow()

    def _failed(self, error: BaseException, _details: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        from desktop.ui.crash import plain_message

        message = plain_message(error)
        if message is None:
            raise error
        QMessageBox.warning(self._window, self.tr("Inquiry"), message)

    def refresh(self) -> None:
        if self.view is not None:
            self.view.refresh()
        self.count_overdue()

    def stop(self) -> None:
        self.count_timer.stop()
        self.reminders.stop()
