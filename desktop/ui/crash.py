"""Never a silent crash: an unhandled exception is logged and shown with its details.

Errors Press Desk raises for people (a refused value, an unreachable server) are shown plainly;
anything else is a bug, shown with the traceback to copy into a report.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from desktop import paths

log = logging.getLogger("desktop.crash")
_showing = False


def show_error(error: BaseException, details: str) -> None:
    """The dialog itself (separate so tests can drive it)."""
    from PySide6.QtWidgets import QMessageBox  # late: not needed to paint the window

    from desktop.domain.errors import PressDeskError

    box = QMessageBox(QApplication.activeWindow())
    box.setObjectName("errorDialog")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("ErrorDialog", "Press Desk"))
    if isinstance(error, PressDeskError):
        box.setText(str(error))
    else:
        box.setText(QCoreApplication.translate(
            "ErrorDialog", "Something went wrong, and it is a bug in Press Desk. Your data is "
            "safe: every change is saved in one transaction or not at all."))
        box.setInformativeText(QCoreApplication.translate(
            "ErrorDialog", "Details are in the log: {path}").format(
            path=paths.log_dir() / "pressdesk.log"))
        box.setDetailedText(details)
    box.exec()


def install(interactive: bool = True) -> None:
    """Replace ``sys.excepthook``; ``interactive=False`` (screenshots) logs and exits instead."""

    def hook(kind: type[BaseException], error: BaseException,
             tb: TracebackType | None) -> None:
        global _showing
        details = "".join(traceback.format_exception(kind, error, tb))
        log.error("unhandled exception\n%s", details)
        if issubclass(kind, KeyboardInterrupt) or QApplication.instance() is None:
            sys.__excepthook__(kind, error, tb)
            return
        if not interactive:
            sys.stderr.write(details)
            QApplication.exit(1)
            return
        if _showing:
            return
        _showing = True
        try:
            show_error(error, details)
        finally:
            _showing = False

    sys.excepthook = hook
