"""Desktop notifications for deadlines: one when a deadline is near, one when it passes.

``ReminderPlan`` decides (pure, any clock), ``Reminders`` asks the services for the open
inquiries due soon on a timer and shows the plan's notices through the system tray. Each notice
is given once per inquiry and deadline (a moved deadline is reminded again); a deadline that had
already passed when the app started is not announced (the overdue count shows those), only
those that pass while it runs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.ui import settings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QSystemTrayIcon

    from desktop.services.database import Database
    from desktop.ui.tasks import TaskRunner

NEAR, PASSED = "near", "passed"
CHECK_EVERY_MS = 30_000


@dataclass(frozen=True)
class Due:
    """What a reminder needs of an open inquiry."""

    inquiry_id: int
    topic: str
    journalist: str
    deadline: datetime


@dataclass(frozen=True)
class Notice:
    kind: str  # NEAR or PASSED
    due: Due


class ReminderPlan:
    """Which notices are owed at ``now``, each given once."""

    def __init__(self, started_at: datetime) -> None:
        self.started_at = started_at
        self._given: set[tuple[int, datetime, str]] = set()

    def notices(self, items: Iterable[Due], now: datetime, lead: timedelta) -> list[Notice]:
        owed: list[Notice] = []
        for item in items:
            if item.deadline <= now:
                kind = PASSED if item.deadline > self.started_at else None
            elif item.deadline - now <= lead:
                kind = NEAR
            else:
                kind = None
            if kind is None or (item.inquiry_id, item.deadline, kind) in self._given:
                continue
            if kind == PASSED:  # a near notice for it is moot now
                self._given.add((item.inquiry_id, item.deadline, NEAR))
            self._given.add((item.inquiry_id, item.deadline, kind))
            owed.append(Notice(kind, item))
        return sorted(owed, key=lambda n: n.due.deadline)


def lead_time() -> timedelta:
    return timedelta(minutes=max(0, settings.REMINDER_LEAD_MINUTES.get()))


class Reminders(QObject):
    """Checks the open deadlines every 30 s while the app runs and notifies through the tray.

    ``fetch(db, until)`` returns the open inquiries due before ``until`` as ``Due`` items; it
    runs off the GUI thread. ``noticeGiven`` carries each notice (tests, the status bar).
    """

    noticeGiven = Signal(object)
    activated = Signal(int)
    """The user clicked a notice: the inquiry id it was about."""

    def __init__(self, tasks: TaskRunner, fetch: Callable[[Database, datetime], list[Due]],
                 clock: Callable[[], datetime] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._fetch = fetch
        self._clock = clock or (lambda: datetime.now(UTC))
        self._db: Database | None = None
        self.plan = ReminderPlan(self._clock())
        self._tray: QSystemTrayIcon | None = None
        self._last: Notice | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)

    def start(self, db: Database) -> None:
        self._db = db
        self.timer.start()
        self.check()

    def stop(self) -> None:
        self.timer.stop()
        if self._tray is not None:
            self._tray.hide()

    def check(self) -> None:
        """Ask for what is due within the lead time, then give the owed notices."""
        if self._db is None:
            return
        db, now, lead = self._db, self._clock(), lead_time()
        fetch = self._fetch
        self._tasks.run(lambda: fetch(db, now + lead), lambda items: self._give(items, now, lead),
                        self._failed, key=f"reminders-{id(self)}", owner=self)

    def _failed(self, _error: BaseException, _details: str) -> None:
        """A dropped connection: try again at the next tick, say nothing now."""

    def _give(self, items: list[Due], now: datetime, lead: timedelta) -> None:
        for notice in self.plan.notices(items, now, lead):
            self._last = notice
            self._show(notice)
            self.noticeGiven.emit(notice)

    def title_and_text(self, notice: Notice) -> tuple[str, str]:
        from desktop.ui.time_left import time_left_text

        item = notice.due
        when = time_left_text(item.deadline, self._clock())
        if notice.kind == PASSED:
            title = self.tr("Deadline passed: {topic}").format(topic=item.topic)
        else:
            title = self.tr("Deadline near: {topic}").format(topic=item.topic)
        text = self.tr("{journalist} — {when}").format(journalist=item.journalist, when=when)
        return title, text

    def _show(self, notice: Notice) -> None:
        from PySide6.QtWidgets import QSystemTrayIcon

        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        if self._tray is None:
            from desktop.ui.icons import app_icon

            self._tray = QSystemTrayIcon(app_icon(), self)
            self._tray.setToolTip(self.tr("Press Desk — deadlines"))
            self._tray.messageClicked.connect(self._clicked)
            self._tray.show()
        title, text = self.title_and_text(notice)
        icon: Any = (QSystemTrayIcon.MessageIcon.Warning if notice.kind == PASSED
                     else QSystemTrayIcon.MessageIcon.Information)
        self._tray.showMessage(title, text, icon, 15_000)

    def _clicked(self) -> None:
        if self._last is not None:
            self.activated.emit(self._last.due.inquiry_id)
