"""Undo and redo for contact edits and archiving, through the same services as the change.

Each command remembers the record after its last step and passes its version back, so undoing
a change somebody else has since overwritten is refused with the conflict's message.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand
from typing_extensions import override

from desktop.domain.errors import PressDeskError
from desktop.domain.records import ContactRecord
from desktop.services import contacts
from desktop.services.database import Database
from desktop.ui.contact_changes import changes_between

Applied = Callable[[ContactRecord], None]
Failed = Callable[[str], None]


class _ContactCommand(QUndoCommand):
    """Shared bookkeeping: skip the first redo (the change is already saved), report results."""

    def __init__(self, db: Database, text: str, applied: Applied, failed: Failed) -> None:
        super().__init__(text)
        self._db, self._applied, self._failed = db, applied, failed
        self._first = True

    def _step(self, action: Callable[[], ContactRecord]) -> None:
        try:
            record = action()
        except PressDeskError as error:
            self.setObsolete(True)  # the stack drops a step that can no longer be applied
            self._failed(str(error))
            return
        self._applied(record)


class EditContactCommand(_ContactCommand):
    def __init__(self, db: Database, before: ContactRecord, after: ContactRecord,
                 text: str, applied: Applied, failed: Failed) -> None:
        super().__init__(db, text, applied, failed)
        self._before, self._after, self._current = before, after, after

    @override
    def undo(self) -> None:
        self._step(lambda: self._move(self._before))

    @override
    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._step(lambda: self._move(self._after))

    def _move(self, target: ContactRecord) -> ContactRecord:
        record = contacts.update_contact(self._db, target.id,
                                         changes_between(self._current, target),
                                         if_version=self._current.version)
        self._current = record
        return record


class ArchiveContactCommand(_ContactCommand):
    def __init__(self, db: Database, archived: ContactRecord, text: str, applied: Applied,
                 failed: Failed) -> None:
        super().__init__(db, text, applied, failed)
        self._current = archived

    @override
    def undo(self) -> None:
        self._step(lambda: self._set(False))

    @override
    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._step(lambda: self._set(True))

    def _set(self, archived: bool) -> ContactRecord:
        record = contacts.set_archived(self._db, self._current.id, archived,
                                       if_version=self._current.version)
        self._current = record
        return record
