"""The desktop app: PySide6 widgets and Qt models over the services. Never holds a Session."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from typing_extensions import override
else:
    _F = TypeVar("_F", bound=Callable[..., Any])

    def override(method: _F) -> _F:
        """``typing_extensions.override`` without importing it (some 6 ms at start-up)."""
        with contextlib.suppress(AttributeError, TypeError):
            method.__override__ = True
        return method

from desktop.ui.pyside_guard import keep_singletons_alive

keep_singletons_alive()  # before any signal is emitted: PySide6 6.12 drops references

__all__ = ["override"]
