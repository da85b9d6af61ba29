"""Read-only mode: a role that may only read, or a SQLite file on a read-only medium.

The window says so at once (a banner in the status bar with the reason) and the commands that
would change the directory are disabled, with the reason as their tooltip, instead of letting
the user type a whole contact and then fail on save. Search, the card, copying, the history and
export keep working.

Buttons that write live in views built later and cards rebuilt for every record, each with its
own idea of when it is enabled; a guard on the application disables them, by object name, when
they are first shown and whenever something enables them again, so no view needs to know.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget

from desktop.ui import override

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

WRITING_ACTIONS = ("new_contact", "edit_contact", "archive_contact", "import_files",
                   "load_demo", "log_inquiry")
"""The window's actions that change the directory."""
WRITING_BUTTONS = frozenset({
    "cardEditButton", "cardArchiveButton", "cardInquiryButton",  # the contact card
    "logInquiryButton", "openInquiryButton",  # Inquiries: log; assign, answer, close
    "journalistLogButton", "logInquiryAboutRelease", "editOfficeButton",
})
"""Object names of the buttons, anywhere in the window, that change the directory."""
OTHER_WRITING_ACTIONS = ("action_check_feeds",)
"""Actions other modules add to the window that write (Check Feeds imports releases)."""


def is_read_only(window: QMainWindow) -> bool:
    db = getattr(window, "db", None)
    return db is not None and bool(db.read_only)


class _Guard(QObject):
    """Keeps the writing buttons of one window disabled, with the reason as their tooltip."""

    _EVENTS = frozenset({QEvent.Type.Polish, QEvent.Type.Show, QEvent.Type.EnabledChange,
                         QEvent.Type.ToolTipChange})

    def __init__(self, window: QMainWindow, reason: str) -> None:
        super().__init__(window)
        self.setObjectName("readOnlyGuard")
        self._window, self.reason = window, reason

    def hold(self, widget: QWidget) -> None:
        if widget.isEnabled():
            widget.setEnabled(False)
        if widget.toolTip() != self.reason:
            widget.setToolTip(self.reason)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() in self._EVENTS and isinstance(watched, QWidget)
                and watched.objectName() in WRITING_BUTTONS
                and watched.window() is self._window):
            self.hold(watched)
        return False


def _guard(window: QMainWindow) -> _Guard | None:
    return window.findChild(_Guard, "readOnlyGuard")


def reason_text(reason: str) -> str:
    """The services' reason (English, with command-line advice for a role) in the app's
    language and without the command line's words; an unknown reason as written."""
    from desktop.services.database import MEDIUM_READ_ONLY, ROLE_READ_ONLY

    if reason == MEDIUM_READ_ONLY:
        return QCoreApplication.translate(
            "ReadOnlyMode", "the file is on a read-only medium and was opened read-only: it "
            "can be listed and searched, not changed. Copy it to a writable folder to change it.")
    head, _, tail = ROLE_READ_ONLY.partition("{role!r}")
    if reason.startswith(head) and reason.endswith(tail) and len(reason) > len(head + tail):
        role = reason[len(head):len(reason) - len(tail)].strip("'\"")
        return QCoreApplication.translate(
            "ReadOnlyMode", "the server role “{role}” may only read this directory: it can be "
            "listed, searched and exported, not changed. Ask the server's administrator for "
            "editor rights.").format(role=role)
    return reason


def banner_text(reason: str) -> str:
    plain = reason_text(reason).rstrip(".") or QCoreApplication.translate(
        "ReadOnlyMode", "no write permission")
    return QCoreApplication.translate(
        "ReadOnlyMode", "Read-only: you can search and export, not change the directory "
        "({reason})").format(reason=plain)


def apply(window: MainWindow) -> None:
    """Show read-only mode (or take the banner away) and disable the writing commands."""
    label = window.findChild(QLabel, "readOnlyBanner")
    guard = _guard(window)
    if not is_read_only(window):
        if label is not None:
            label.hide()
        if guard is not None:
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(guard)
            guard.deleteLater()
        return
    assert window.db is not None
    if label is None:
        label = QLabel()
        label.setObjectName("readOnlyBanner")
        label.setWordWrap(False)
        window.statusBar().insertPermanentWidget(0, label)
    text = banner_text(window.db.read_only_reason)
    label.setText(text)
    label.setToolTip(text)
    label.setAccessibleName(text)
    label.show()
    for name in WRITING_ACTIONS:
        action = window.actions_[name]
        action.setEnabled(False)
        action.setToolTip(text)
    for name in OTHER_WRITING_ACTIONS:
        other = window.findChild(QAction, name)
        if other is not None:
            other.setEnabled(False)
            other.setToolTip(text)
    if guard is None:
        guard = _Guard(window, text)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(guard)
    guard.reason = text
    for widget in window.findChildren(QWidget):
        if widget.objectName() in WRITING_BUTTONS:
            guard.hold(widget)


def refuse(window: QMainWindow) -> bool:
    """True (and a word in the status bar) when a change must not even start."""
    if not is_read_only(window):
        return False
    db = getattr(window, "db", None)
    window.statusBar().showMessage(banner_text(db.read_only_reason if db else ""), 8000)
    return True
