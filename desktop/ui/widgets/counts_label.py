"""The status bar's "N contacts · M releases", counted in the background."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from desktop.ui import override
from desktop.ui.plural import counted
from desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop.services.database import Database

RELEASES_DELAY_MS = 1500


class CountsLabel(QLabel):
    """Contacts are counted at once; releases a moment later on the first count, because
    counting them loads the release machinery, which the first page does not need."""

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countsLabel")
        self._tasks = tasks
        self._contacts: int | None = None
        self._releases: int | None = None
        self.retranslate_ui()

    def refresh(self, db: Database) -> None:
        def count_people() -> int:
            from desktop.services.contacts import count_contacts

            return count_contacts(db)

        def count_releases() -> int:
            from desktop.services.releases import count_releases

            return count_releases(db)

        self._tasks.run(count_people, self._show_contacts, key="count-contacts")
        if self._releases is not None:
            self._tasks.run(count_releases, self._show_releases, key="count-releases")
        else:
            QTimer.singleShot(RELEASES_DELAY_MS, self, lambda: self._tasks.run(
                count_releases, self._show_releases, key="count-releases"))

    def _show_contacts(self, count: int) -> None:
        self._contacts = count
        self.retranslate_ui()

    def _show_releases(self, count: int) -> None:
        self._releases = count
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        if self._contacts is None:
            self.setText(self.tr("Opening the database…"))
        elif self._releases is None:
            self.setText(counted(self.tr("%Ln contacts", "", self._contacts), self._contacts,
                                 "1 contact"))
        else:
            contacts = counted(self.tr("%Ln contacts", "", self._contacts), self._contacts,
                               "1 contact")
            releases = counted(self.tr("%Ln releases", "", self._releases), self._releases,
                               "1 release")
            self.setText(self.tr("{contacts} · {releases}").format(contacts=contacts,
                                                                   releases=releases))
        self.setAccessibleName(self.text())

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
