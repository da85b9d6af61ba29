"""``--screenshot PNG [--view NAME] [--query TEXT]``: show a view on real data, save a picture.

Used for the README's pictures and to look at the app in CI. Each step waits for background
work to finish, so the picture shows loaded data, not a spinner.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from desktop.ui.main_window import CONTACTS, OFFICES, RELEASES, MainWindow

log = logging.getLogger(__name__)
VIEWS = ("contacts", "card", "edit", "releases", "offices", "inquiries", "log", "summary",
         "export", "import-preview", "journalist", "history", "conflict", "mapping", "settings",
         "feeds", "release-preview")
INVALID_PHONE = "+992 48 701 02"


def settle(window: MainWindow, until: Callable[[], bool] = lambda: True,
           timeout: float = 60.0, quiet_ms: int = 200) -> bool:
    """Run the event loop until background tasks are done and ``until()`` holds."""
    deadline = time.monotonic() + timeout
    quiet_since = None
    while time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        idle = window.tasks.pending() == 0 and until()
        if idle:
            quiet_since = quiet_since or time.monotonic()
            if (time.monotonic() - quiet_since) * 1000 >= quiet_ms:
                return True
        else:
            quiet_since = None
        time.sleep(0.01)
    log.warning("screenshot: still busy after %.0f s", timeout)
    return False


TITLE_BAR = 30


def _grab(window: MainWindow, dialog: QWidget | None) -> QPixmap:
    """The window, and over it the dialog as a window manager would frame it.

    Offscreen (and under a bare X server) dialogs have no frame: draw the dimmed window behind,
    a shadow, a border and a title bar, so the picture reads as a dialog over the window.
    """
    picture = window.grab()
    if dialog is None:
        return picture
    painter = QPainter(picture)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    offset = dialog.mapToGlobal(QPoint(0, 0)) - window.mapToGlobal(QPoint(0, 0))
    if not window.rect().contains(offset):  # offscreen: centre it over the window
        offset = QPoint(max(0, (window.width() - dialog.width()) // 2),
                        max(TITLE_BAR, (window.height() - dialog.height() + TITLE_BAR) // 2))
    offset.setY(max(offset.y(), TITLE_BAR))
    painter.fillRect(picture.rect(), QColor(0, 0, 0, 70))
    frame = QRect(offset.x(), offset.y() - TITLE_BAR, dialog.width(),
                  dialog.height() + TITLE_BAR)
    for spread in range(8, 0, -1):  # a soft shadow
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 10))
        painter.drawRoundedRect(frame.adjusted(-spread, -spread + 3, spread, spread + 3), 8, 8)
    palette = dialog.palette()
    painter.setBrush(palette.color(QPalette.ColorRole.Window).darker(108))
    painter.setPen(palette.color(QPalette.ColorRole.Mid))
    painter.drawRoundedRect(frame.adjusted(0, 0, -1, -1), 6, 6)
    title = QFont(dialog.font())
    title.setBold(True)
    painter.setFont(title)
    painter.setPen(palette.color(QPalette.ColorRole.WindowText))
    painter.drawText(QRect(frame.x(), frame.y(), frame.width(), TITLE_BAR),
                     Qt.AlignmentFlag.AlignCenter, dialog.windowTitle())
    painter.drawPixmap(offset, dialog.grab())
    painter.end()
    return picture


def take(window: MainWindow, path: Path, view: str | None, query: str | None) -> int:
    """Drive the window to ``view``, save the picture at ``path``; the exit status."""
    settle(window, lambda: window.db is not None and not window.contacts.model.is_loading())
    dialog: Any = None
    if query:
        window.contacts.search_field.setText(query)
        time.sleep(0.15)  # past the as-you-type pause
        settle(window, lambda: not window.contacts.model.is_loading())
    if view in ("card", "edit", None) and window.contacts.model.rowCount():
        if not window.contacts.table.selectionModel().hasSelection():
            window.contacts.table.selectRow(0)
        settle(window)
    if view == "edit":
        dialog = window.edit_contact() or window.new_contact()
        settle(window)
        if dialog is not None:
            edit = dialog.phones.add_row(INVALID_PHONE, focus=True)
            edit.setCursorPosition(len(INVALID_PHONE))
            settle(window)
    elif view == "releases":
        window.show_view(RELEASES)
        settle(window)
        from desktop.ui.models.releases_model import RELEASE_ID_ROLE

        model = window.releases.model
        if model.rowCount() and window.releases.current_release() is None:
            window.releases.open_release(int(model.index(0, 0).data(RELEASE_ID_ROLE)))
        settle(window)
    elif view == "offices":
        window.show_view(OFFICES)
        settle(window)
        tree = window.offices.tree
        model = tree.model()
        index = model.index(0, 0)
        while model.rowCount(index):  # down to the first office of the first country
            tree.expand(index)
            index = model.index(0, 0, index)
        if index.isValid():
            tree.setCurrentIndex(index)
        settle(window)
    elif view in ("inquiries", "log", "summary", "journalist"):
        from desktop.ui.screenshot_desk import show_desk

        dialog = show_desk(window, view, settle)
    elif view in ("export", "import-preview"):
        from desktop.ui.screenshot_exchange import show_export, show_import_preview

        dialog = (show_export if view == "export" else show_import_preview)(window, settle)
    elif view in ("mapping", "settings", "feeds", "release-preview"):
        from desktop.ui.screenshot_sweep import (
            show_feeds,
            show_mapping,
            show_release_preview,
            show_settings,
        )

        shown = {"mapping": show_mapping, "settings": show_settings, "feeds": show_feeds,
                 "release-preview": show_release_preview}
        dialog = shown[view](window, settle)
    elif view in ("history", "conflict"):
        from desktop.ui.screenshot_team import show_team

        dialog = show_team(window, view, settle)
    elif view in ("contacts", "card", None):
        window.show_view(CONTACTS)
    QApplication.processEvents()
    path.parent.mkdir(parents=True, exist_ok=True)
    saved = _grab(window, dialog).save(str(path), "PNG")
    if dialog is not None:
        dialog.reject()
    return 0 if saved else 1
