"""Live refresh: others' changes appear in the open window within about a second.

A QTimer asks the service-level change check (``desktop.services.changes``) once a second; the
check costs a ``PRAGMA data_version`` (SQLite) or draining a LISTEN socket (PostgreSQL), so it
runs on the GUI thread without a task. When something changed the window re-queries in place:
the views keep the selected contact's id and the card shown, so nothing jumps. The window's own
saves do not count (the check skips changes this process committed), so a save is not followed
by a needless reload.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from desktop.services.changes import ChangeCheck, change_check
from desktop.services.database import Database

INTERVAL_MS = 1000
log = logging.getLogger(__name__)


class LiveRefresh(QObject):
    """Polls the change check for one database and calls ``on_change`` when it says so."""

    def __init__(self, on_change: Callable[[], object], parent: QObject | None = None,
                 interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.setObjectName("liveRefresh")
        self._on_change = on_change
        self._check: ChangeCheck | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)
        self.refreshes = 0
        """How many refreshes others' changes caused (tests, diagnostics)."""

    def watch(self, db: Database) -> None:
        self.stop()
        self._check = change_check(db)
        if self._check is not None:
            self._timer.start()

    def poll(self) -> None:
        if self._check is None:
            return
        if self._check.changed():
            self.refreshes += 1
            self._on_change()

    def stop(self) -> None:
        self._timer.stop()
        if self._check is not None:
            self._check.close()
            self._check = None
