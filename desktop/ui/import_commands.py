"""File → Import, drag and drop, and the demo data: everything that brings releases in.

The import machinery (release parsers, HTML extraction) is loaded on first use, not at start-up:
it is the heaviest part of the app and most sessions only search.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject
from PySide6.QtWidgets import QWidget

from desktop.ui import settings
from desktop.ui.file_dialogs import open_file_names
from desktop.ui.refusals import file_reason, said
from desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop.services.database import Database
    from desktop.services.releases import ImportReport
    from desktop.ui.contact_importing import ContactImportController
    from desktop.ui.importing import ImportController

Status = Callable[[str, int], None]


class ImportCommands(QObject):
    """Starts imports for the window; calls ``imported`` when the directory changed."""

    def __init__(self, window: QWidget, tasks: TaskRunner, imported: Callable[[], None],
                 status: Status) -> None:
        super().__init__(window)
        self._window, self._tasks = window, tasks
        self._imported, self._status = imported, status
        self._db: Database | None = None
        self._importer: ImportController | None = None
        self._contact_importer: ContactImportController | None = None

    def set_database(self, db: Database) -> None:
        self._db = db

    @property
    def importer(self) -> ImportController | None:
        if self._importer is None and self._db is not None:
            from desktop.ui.importing import ImportController

            self._importer = ImportController(self._db, self._tasks, self._window)
            self._importer.imported.connect(lambda _report: self._imported())
        return self._importer

    def accepts(self, mime: QMimeData) -> bool:
        """A cheap check while dragging: local files that look like releases or contacts."""
        if self._db is None or not mime.hasUrls():
            return False
        from desktop.ui.importing import IMPORT_SUFFIXES

        return any(
            url.isLocalFile() and (Path(url.toLocalFile()).is_dir()
                                   or Path(url.toLocalFile()).suffix.lower() in IMPORT_SUFFIXES)
            for url in mime.urls())

    def drop(self, mime: QMimeData) -> bool:
        from desktop.ui.importing import ImportController

        paths = ImportController.paths_from_mime(mime)
        if paths:
            self.import_paths(paths)
        return bool(paths)

    def choose(self) -> None:
        if self._db is None:
            return
        from desktop.ui.importing import file_dialog_filter

        files = open_file_names(
            self._window, self.tr("Import releases or contacts"),
            settings.LAST_IMPORT_FOLDER.get(),
            file_dialog_filter(self.tr("Releases and contacts"), self.tr("All files")))
        if files:
            settings.LAST_IMPORT_FOLDER.set(str(Path(files[0]).parent))
            self.import_paths([Path(f) for f in files])

    @property
    def contact_importer(self) -> ContactImportController | None:
        """vCard and CSV files: column mapping, preview, import (desktop.ui.contact_importing)."""
        if self._contact_importer is None and self._db is not None:
            from desktop.ui.contact_importing import ContactImportController

            self._contact_importer = ContactImportController(self._db, self._tasks, self._window)
            self._contact_importer.imported.connect(lambda _result: self._imported())
        return self._contact_importer

    def import_paths(self, paths: list[Path]) -> None:
        from desktop.ui.contact_importing import split_contact_files

        contact_files, paths = split_contact_files(paths)
        if contact_files and self.contact_importer is not None:
            self.contact_importer.start(contact_files)
        importer = self.importer
        if importer is not None and paths and not importer.start(paths):
            self._status(self.tr("An import is already running."), 5000)

    def load_demo(self) -> None:
        db = self._db
        if db is None:
            return
        self._status(self.tr("Loading the demo data…"), 0)

        def load() -> ImportReport:
            from desktop.services.releases import load_demo

            return load_demo(db)

        def done(report: ImportReport) -> None:
            if report.written:
                self._status(self.tr("Demo data loaded."), 5000)
                self._imported()
                return
            reasons = "; ".join(f"{Path(e.path).name}: {file_reason(e)}" for e in report.errors)
            self._status(self.tr("Nothing was imported: {0}").format(
                reasons or self.tr("the import was not written.")), 15000)

        def failed(error: BaseException, _details: str) -> None:
            self._status(self.tr("Demo data not loaded: {reason}").format(reason=said(error)),
                         8000)

        self._tasks.run(load, done, failed, key="demo")
