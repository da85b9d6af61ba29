"""Shared set-up for the GUI tests: a couple of real-looking contacts, a deferred runner."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject

from desktop.domain.records import ContactRecord
from desktop.services import contacts
from desktop.services.database import Database
from desktop.ui import override
from desktop.ui.tasks import TaskRunner, _Job


def add_people(db: Database) -> dict[str, ContactRecord]:
    shafiev = contacts.add_contact(db, contacts.ContactDraft(
        name="Abdulfattoh Shafiev", office="OIM Tadjikistan", title="Media officer",
        phones=("+992 48 701 02 22",), emails=("abdulfattoh@inbox.ru",), languages=("ru", "tg")))
    bekele = contacts.add_contact(db, contacts.ContactDraft(
        name="Hiwot Bekele", office="IOM Ethiopia", phones=("+251 911 234 567",),
        emails=("hbekele@iom.int",)))
    return {"shafiev": shafiev, "bekele": bekele}


class DeferredTaskRunner(TaskRunner):
    """Holds each task until ``finish()``: what a slow database looks like to the GUI (the
    user can close a dialog, select something else, … before the result arrives)."""

    def __init__(self) -> None:
        super().__init__()
        self.jobs: list[_Job[Any]] = []

    @override
    def _start(self, job: _Job[Any]) -> None:
        self.jobs.append(job)

    def finish(self) -> int:
        """Run every held task (and those they start) on this thread; how many ran."""
        ran = 0
        while self.jobs:
            self.jobs.pop(0).run()
            ran += 1
        return ran


def delete_now(widget: QObject) -> None:
    """``deleteLater`` and process it: the C++ object is gone when this returns."""
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(widget)
