"""GUI start-up: logging, QApplication, the database opened (and upgraded), the main window."""

from __future__ import annotations

import argparse
import logging
import sys

from desktop import APP_ID, APP_NAME, __version__, paths


def _configure_logging() -> None:
    logging.basicConfig(
        filename=paths.log_dir() / "pressdesk.log", level=logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


def run_app(args: argparse.Namespace) -> int:
    """Open the desktop window on the chosen database and run until it closes."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop.domain.errors import PressDeskError
    from desktop.services.database import open_database
    from desktop.ui.main_window import MainWindow

    _configure_logging()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    try:
        db = open_database(paths.database_url(args.db))
    except PressDeskError as error:
        QMessageBox.critical(None, APP_NAME, str(error))
        return 1
    window = MainWindow(db)
    window.show()
    return int(app.exec())
