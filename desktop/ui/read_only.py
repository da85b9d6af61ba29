"""Read-only mode: a role that may only read, or a SQLite file on a read-only medium.

The window says so at once (a banner in the status bar with the reason) and the commands that
would change the directory are disabled, instead of letting the user type a whole contact and
then fail on save. Search, the card, copying and export keep working.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

WRITING_ACTIONS = ("new_contact", "edit_contact", "archive_contact", "import_files",
                   "load_demo", "log_inquiry")
"""The window's actions that change the directory."""


def is_read_only(window: MainWindow) -> bool:
    return window.db is not None and window.db.read_only


def banner_text(reason: str) -> str:
    # The reason comes from the services (English, like other service messages).
    plain = reason.rstrip(".") or QCoreApplication.translate("ReadOnlyMode",
                                                             "no write permission")
    return QCoreApplication.translate(
        "ReadOnlyMode", "Read-only: you can search and export, not change the directory "
        "({reason})").format(reason=plain)


def apply(window: MainWindow) -> None:
    """Show read-only mode (or take the banner away) and disable the writing commands."""
    label = window.findChild(QLabel, "readOnlyBanner")
    if not is_read_only(window):
        if label is not None:
            label.hide()
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


def refuse(window: MainWindow) -> bool:
    """True (and a word in the status bar) when a change must not even start."""
    if not is_read_only(window):
        return False
    assert window.db is not None
    window.statusBar().showMessage(banner_text(window.db.read_only_reason), 8000)
    return True
