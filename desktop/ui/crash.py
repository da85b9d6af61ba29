"""Never a silent crash: an unhandled exception is logged and shown with its details.

Errors Press Desk raises for people (a refused value, an unreachable server) and faults of the
environment (the database server down, a full disk) are shown plainly; anything else is a bug,
shown with the traceback to copy into a report.
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


def plain_message(error: BaseException) -> str | None:
    """What to tell the user about ``error`` when it is not a bug; None when it is one.

    Press Desk's own errors say what happened; the database server unreachable or a file that
    cannot be read are faults of the environment, not of the program.
    """
    from desktop.domain.errors import PressDeskError

    if isinstance(error, PressDeskError):
        from desktop.ui.refusals import error_text  # codes in the app's language

        return error_text(error) or str(error)
    # Only if SQLAlchemy is loaded: otherwise the error cannot be one of its own.
    sa_exc = sys.modules.get("sqlalchemy.exc")
    if sa_exc is not None and isinstance(error, sa_exc.DBAPIError):
        lines = str(error.orig or error).strip().splitlines()
        reason = lines[0] if lines else type(error).__name__
        if isinstance(error, sa_exc.OperationalError | sa_exc.InterfaceError):
            return QCoreApplication.translate(
                "ErrorDialog", "The database could not be reached: {reason}").format(reason=reason)
        return QCoreApplication.translate(
            "ErrorDialog", "The database reported a problem: {reason}").format(reason=reason)
    if isinstance(error, OSError):
        from desktop.ui.refusals import os_error_text

        return QCoreApplication.translate(
            "ErrorDialog", "A file or the network could not be used: {reason}").format(
            reason=os_error_text(error))
    return None


def show_error(error: BaseException, details: str) -> None:
    """The dialog itself (separate so tests can drive it)."""
    from PySide6.QtWidgets import QMessageBox  # late: not needed to paint the window

    box = QMessageBox(QApplication.activeWindow())
    box.setObjectName("errorDialog")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("ErrorDialog", "Press Desk"))
    plain = plain_message(error)
    if plain is not None:
        box.setText(plain)
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
