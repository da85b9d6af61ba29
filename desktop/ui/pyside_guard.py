"""Keep ``True``, ``False`` and ``None`` alive under PySide6 6.12's reference-count slips.

PySide6 6.12.0 returns ``True`` from ``SignalInstance.emit()`` without taking a reference,
and drops one reference to the value a Python slot returns (``None`` for nearly every slot)
each time Qt calls it. On CPython 3.11 these singletons are ordinary reference-counted
objects, so after a few hundred ``emit()`` calls or a few thousand slot calls the count
reaches zero and the interpreter aborts ("bool_dealloc" / "none_dealloc": the typing
benchmark died this way after ~150 keystrokes). CPython 3.12 made them immortal; here they
are given that much headroom, which cannot free anything (the singletons are static).
"""

from __future__ import annotations

import ctypes
import sys

HEADROOM = 1 << 40
"""References added: ~10^12, more than any process emits or calls slots in its lifetime."""
_done = False


def keep_singletons_alive() -> None:
    """Once per process on CPython before 3.12 (where the singletons are not immortal)."""
    global _done
    if _done or sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    _done = True
    for singleton in (True, False, None):
        ctypes.c_ssize_t.from_address(id(singleton)).value += HEADROOM
