"""Undo and redo for contact edits and archiving, off the GUI thread.

The database work of a step runs on the TaskRunner; the QUndoStack moves only when it is done,
so a slow or unreachable server never freezes the window and the stack never points at a step
the database did not take. Each command remembers the record after its last step and passes its
version back, so undoing a change somebody else has since overwritten is refused with the
conflict's message (and the step is dropped); a database that cannot be reached leaves the step
where it is, to try again.

An edit is undone by putting the contact back exactly as it was (``restore_contact``): numbers
kept as written and flagged come back flagged, with their kind and text, not re-validated.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack

from desktop.domain.errors import PressDeskError
from desktop.domain.records import ContactRecord
from desktop.services.database import Database
from desktop.ui import override
from desktop.ui.crash import plain_message
from desktop.ui.tasks import TaskRunner

Applied = Callable[[ContactRecord], None]
Failed = Callable[[bool, str], None]
"""(undoing, message): a step could not be undone (True) or redone (False)."""
Work = Callable[[], ContactRecord]


class _ContactCommand(QUndoCommand):
    """A step whose database work is done before the stack calls ``undo``/``redo``.

    ``undo()``/``redo()`` only take in the record the work returned (pushing the step calls
    ``redo()`` with nothing to take in: the change is already saved).
    """

    def __init__(self, text: str, current: ContactRecord) -> None:
        super().__init__(text)
        self.current = current
        self.applied: Applied | None = None
        self._arrived: ContactRecord | None = None
        self._refused = False

    def work(self, db: Database, undo: bool) -> Work:
        raise NotImplementedError

    def arrive(self, record: ContactRecord | None) -> None:
        """The database took the step (``record``) or refused it for good (None)."""
        self._arrived, self._refused = record, record is None

    def _take(self) -> None:
        record, refused = self._arrived, self._refused
        self._arrived, self._refused = None, False
        if refused:
            self.setObsolete(True)  # the stack drops a step that can no longer be applied
        elif record is not None:
            self.current = record
            if self.applied is not None:
                self.applied(record)

    @override
    def undo(self) -> None:
        self._take()

    @override
    def redo(self) -> None:
        self._take()


class EditContactCommand(_ContactCommand):
    """Undo puts the contact back as ``before``; redo as ``after`` (the saved edit)."""

    def __init__(self, before: ContactRecord, after: ContactRecord, text: str) -> None:
        super().__init__(text, after)
        self._before, self._after = before, after

    @override
    def work(self, db: Database, undo: bool) -> Work:
        from desktop.services.contact_restore import restore_contact

        target, version = (self._before if undo else self._after), self.current.version
        return lambda: restore_contact(db, target, if_version=version)


class ArchiveContactCommand(_ContactCommand):
    def __init__(self, archived: ContactRecord, text: str) -> None:
        super().__init__(text, archived)

    @override
    def work(self, db: Database, undo: bool) -> Work:
        from desktop.services.contacts import set_archived

        contact_id, version = self.current.id, self.current.version
        return lambda: set_archived(db, contact_id, not undo, if_version=version)


class ContactUndoStack(QObject):
    """A QUndoStack whose steps reach the database on the TaskRunner; one step at a time."""

    busyChanged = Signal(bool)
    moved = Signal(bool, str)
    """A step reached the database: (undone, its text), for the status bar."""

    def __init__(self, tasks: TaskRunner, applied: Applied, failed: Failed,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stack = QUndoStack(self)
        self._tasks, self._applied, self._failed = tasks, applied, failed
        self._db: Database | None = None
        self._busy = False
        self._actions: tuple[QAction, QAction] | None = None

    def set_database(self, db: Database) -> None:
        self._db = db

    @property
    def busy(self) -> bool:
        return self._busy

    def push(self, command: _ContactCommand) -> None:
        command.applied = self._applied
        self.stack.push(command)

    def count(self) -> int:
        return self.stack.count()

    def canUndo(self) -> bool:
        return self.stack.canUndo() and not self._busy

    def canRedo(self) -> bool:
        return self.stack.canRedo() and not self._busy

    def undo(self) -> None:
        self._move(undo=True)

    def redo(self) -> None:
        self._move(undo=False)

    def _move(self, *, undo: bool) -> None:
        if self._busy or self._db is None:
            return
        index = self.stack.index() - 1 if undo else self.stack.index()
        command = self.stack.command(index) if 0 <= index < self.stack.count() else None
        if not isinstance(command, _ContactCommand):
            return
        self._set_busy(True)
        start = self.stack.index()

        def step(record: ContactRecord | None) -> None:
            if self.stack.index() != start or self.stack.command(index) is not command:
                self.stack.clear()  # a step was pushed meanwhile: the history no longer holds
                if record is not None:
                    self._applied(record)
                return
            text = command.text()
            command.arrive(record)
            if undo:
                self.stack.undo()
            else:
                self.stack.redo()
            if record is not None:
                self.moved.emit(undo, text)

        def done(record: ContactRecord) -> None:
            self._set_busy(False)
            step(record)

        def failed(error: BaseException, _details: str) -> None:
            self._set_busy(False)
            message = plain_message(error)
            if message is None:
                raise error  # a bug: the crash dialog, with the traceback
            if isinstance(error, PressDeskError):
                step(None)  # refused for good (changed meanwhile, deleted): drop the step
            self._failed(undo, message)

        self._tasks.run(command.work(self._db, undo), done, failed, owner=self)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busyChanged.emit(busy)

    def create_actions(self, parent: QObject) -> tuple[QAction, QAction]:
        """Undo and Redo actions that go through ``undo()``/``redo()`` (not the bare stack)."""
        self._actions = (QAction(parent), QAction(parent))
        self._actions[0].triggered.connect(self.undo)
        self._actions[1].triggered.connect(self.redo)
        # Bound methods: Qt disconnects them when this object goes (the stack's destructor
        # still signals).
        for signal in (self.stack.indexChanged, self.stack.cleanChanged,
                       self.stack.canUndoChanged, self.stack.canRedoChanged, self.busyChanged):
            signal.connect(self._update_actions)
        self._update_actions()
        return self._actions

    def _update_actions(self, *_changed: object) -> None:
        if self._actions is None:
            return
        undo, redo = self._actions
        undo.setEnabled(self.canUndo())
        redo.setEnabled(self.canRedo())
        undo_text, redo_text = self.stack.undoText(), self.stack.redoText()
        undo.setText(self.tr("&Undo {0}").format(undo_text) if undo_text else self.tr("&Undo"))
        redo.setText(self.tr("&Redo {0}").format(redo_text) if redo_text else self.tr("&Redo"))

    def retranslate_ui(self) -> None:
        self._update_actions()
