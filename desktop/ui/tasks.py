"""Run service calls off the GUI thread and deliver results back on it, typed.

``TaskRunner.run(fn, on_done, on_error)`` runs ``fn()`` on a QThreadPool and calls ``on_done``
(or ``on_error``) in the GUI thread. Tests swap in ``InlineTaskRunner``, which runs at once.
A ``generation`` key drops stale results: starting a newer task with the same key means an
older one's result is thrown away (as-you-type search).

An ``owner`` (a dialog, a view) drops the result when it is gone: a dialog closed (and deleted)
while its task ran must not be called back. Callbacks that are bound methods of a QObject have
that object as their owner without saying so.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktop.ui import override

T = TypeVar("T")
log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(object, int)
    failed = Signal(object, str, int)


class _Job(QRunnable, Generic[T]):
    def __init__(self, fn: Callable[[], T], signals: _Signals, generation: int) -> None:
        super().__init__()
        self._fn = fn
        self._signals = signals
        self._generation = generation

    @override
    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as error:  # delivered to the GUI thread, shown there
            self._signals.failed.emit(error, traceback.format_exc(), self._generation)
        else:
            self._signals.done.emit(result, self._generation)


def _bound_object(callback: object) -> QObject | None:
    """The QObject a bound-method callback belongs to, if any."""
    target = getattr(callback, "__self__", None)
    return target if isinstance(target, QObject) else None


def _alive(owners: list[QObject]) -> bool:
    return all(shiboken6.isValid(o) for o in owners)


class TaskRunner(QObject):
    """Runs work on a thread pool; results come back by signal on the GUI thread."""

    runs_inline = False

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._generations: dict[str, int] = {}
        self._keep: dict[_Signals, _Job[Any]] = {}
        self._pending = 0

    def run(self, fn: Callable[[], T], on_done: Callable[[T], Any],
            on_error: Callable[[BaseException, str], Any] | None = None,
            key: str | None = None, owner: QObject | None = None) -> None:
        """Run ``fn`` off the GUI thread, then ``on_done(result)`` or ``on_error(error,
        traceback)`` on it, unless a newer task took ``key`` or ``owner`` was destroyed."""
        owners = [o for o in (owner, _bound_object(on_done), _bound_object(on_error))
                  if o is not None]
        generation = self._generations.get(key, 0) + 1 if key else 0
        if key:
            self._generations[key] = generation
        signals = _Signals()
        job: _Job[Any] = _Job(fn, signals, generation)
        # Python owns the job, freed on the GUI thread once its result is in: a QRunnable
        # subclass deleted by the pool from a worker thread can crash the interpreter at exit.
        job.setAutoDelete(False)
        self._keep[signals] = job
        self._pending += 1

        def finished(result: object, gen: int) -> None:
            self._keep.pop(signals, None)
            self._pending -= 1
            if _alive(owners) and (key is None or self._generations.get(key) == gen):
                on_done(result)  # type: ignore[arg-type]

        def failed(error: object, details: str, gen: int) -> None:
            self._keep.pop(signals, None)
            self._pending -= 1
            if key is not None and self._generations.get(key) != gen:
                return
            if not _alive(owners):
                log.info("result dropped, its window is gone: %s", details.strip()[-200:])
                return
            if on_error is not None:
                on_error(error, details)  # type: ignore[arg-type]
            else:
                log.error("background task failed: %s", details)

        signals.done.connect(finished)
        signals.failed.connect(failed)
        self._start(job)

    def _start(self, job: _Job[Any]) -> None:
        self._pool.start(job)

    def pending(self) -> int:
        """How many tasks have not delivered their result yet (screenshots, tests, shutdown)."""
        return self._pending

    def wait(self, msecs: int = 30000) -> bool:
        """Block until every running task finished (tests and shutdown)."""
        return bool(self._pool.waitForDone(msecs))


class InlineTaskRunner(TaskRunner):
    """Runs each task at once in the calling thread: deterministic tests."""

    runs_inline = True
    """Results arrive within the call: views need not stage their updates behind a paint."""

    def _start(self, job: _Job[Any]) -> None:
        job.run()
