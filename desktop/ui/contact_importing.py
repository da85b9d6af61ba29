"""Importing contact files (vCard, CSV, XLSX) in the app: map the columns if need be, preview,
import.

Each file goes: (a CSV or workbook Press Desk does not recognise: the column-mapping step) →
a dry run off the GUI thread, with progress and Cancel → the preview → the real import, one
transaction, again with progress and Cancel. Cancel at any point writes nothing: the service
rolls back. Several files dropped together are taken one after the other.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog, QWidget

from desktop.services.contact_import import ContactImportResult, import_contacts
from desktop.services.database import Database
from desktop.ui import settings
from desktop.ui.dialogs.column_mapping import ColumnMappingDialog, CsvHead, read_head
from desktop.ui.dialogs.contact_import_dialog import ContactImportDialog
from desktop.ui.plural import counted
from desktop.ui.tasks import TaskRunner

CONTACT_SUFFIXES = frozenset({".vcf", ".vcard", ".csv", ".xlsx", ".xlsm"})
TABLE_SUFFIXES = frozenset({".csv", ".xlsx", ".xlsm"})
"""Files of rows and columns: their header may need the column-mapping step."""


class ImportCancelledError(Exception):
    """Raised from the progress callback: the service rolls its transaction back."""


def split_contact_files(paths: Sequence[Path]) -> tuple[list[Path], list[Path]]:
    """(contact files, everything else): contact files go to this flow, releases to theirs."""
    contacts = [p for p in paths if Path(p).suffix.lower() in CONTACT_SUFFIXES]
    others = [p for p in paths if Path(p).suffix.lower() not in CONTACT_SUFFIXES]
    return contacts, others


class _Bridge(QObject):
    progressed = Signal(int, str)


class ContactImportController(QObject):
    """Runs mapping → preview → import for contact files, one file at a time."""

    imported = Signal(object)
    """The ``ContactImportResult`` of a written import: refresh the views."""
    progressed = Signal(int, str)
    """(cards read, where) in the GUI thread."""
    finished = Signal()
    """Every queued file is done, whichever way."""

    def __init__(self, db: Database, tasks: TaskRunner, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._db, self._tasks, self._parent = db, tasks, parent_widget
        self._cancel = threading.Event()
        self._bridge = _Bridge(self)
        self._bridge.progressed.connect(self._on_progress)
        self._queue: list[Path] = []
        self._path: Path | None = None
        self._mapping: dict[str, str] | None = None
        self._region = ""
        self._busy = False
        self.progress_dialog: QProgressDialog | None = None
        self.mapping_dialog: ColumnMappingDialog | None = None
        self.preview_dialog: ContactImportDialog | None = None
        self.message_box: QMessageBox | None = None
        self.last_result: ContactImportResult | None = None

    @property
    def busy(self) -> bool:
        return self._busy

    def start(self, paths: Sequence[Path]) -> bool:
        """Queue ``paths``; the first starts at once unless a file is already in progress."""
        self._queue.extend(Path(p) for p in paths if Path(p) not in self._queue)
        if self._busy:
            return True
        self._next()
        return True

    def cancel(self) -> None:
        self._cancel.set()

    # -- one file --------------------------------------------------------------------------

    def _next(self) -> None:
        if not self._queue:
            self._busy = False
            self._path = None
            self.finished.emit()
            return
        self._busy = True
        self._path = path = self._queue.pop(0)
        self._mapping = None
        self._region = ""
        if path.suffix.lower() in TABLE_SUFFIXES:
            self._tasks.run(lambda: read_head(path), self._head_read, self._failed)
        else:
            self._preview()

    def _head_read(self, head: CsvHead) -> None:
        if head.layout.recognised:
            self._preview()
            return
        dialog = ColumnMappingDialog(head, self._parent)
        dialog.finished.connect(lambda result: self._mapped(dialog, result))
        self.mapping_dialog = dialog
        dialog.open()

    def _mapped(self, dialog: ColumnMappingDialog, result: int) -> None:
        self.mapping_dialog = None
        mapping = dialog.mapping()
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted:
            self._next()
            return
        self._mapping = mapping
        self._preview()

    def _run(self, *, dry_run: bool) -> None:
        path = self._path
        assert path is not None
        self._cancel.clear()
        self._open_progress(path, dry_run)
        db, mapping, cancel, bridge = self._db, self._mapping, self._cancel, self._bridge
        region = self._region or None
        default_country = settings.DEFAULT_COUNTRY.get() or None

        def progress(read: int, where: str) -> None:
            bridge.progressed.emit(read, where)
            if cancel.is_set():
                raise ImportCancelledError

        def work() -> ContactImportResult | None:
            try:
                return import_contacts(db, path, region=region, dry_run=dry_run,
                                       mapping=mapping, progress=progress,
                                       default_country=default_country)
            except ImportCancelledError:
                return None

        self._tasks.run(work, self._preview_ready if dry_run else self._import_done,
                        self._failed)

    def _preview(self) -> None:
        self._run(dry_run=True)

    def _open_progress(self, path: Path, dry_run: bool) -> None:
        self._close_progress()
        text = (self.tr("Reading {file}…") if dry_run else self.tr("Importing {file}…")).format(
            file=path.name)
        dialog = QProgressDialog(text, self.tr("Cancel"), 0, 0, self._parent)
        dialog.setObjectName("contactImportProgress")
        dialog.setAccessibleName(self.tr("Import progress"))
        dialog.setWindowTitle(self.tr("Import contacts"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        self.progress_dialog = dialog

    def _on_progress(self, read: int, where: str) -> None:
        self.progressed.emit(read, where)
        dialog = self.progress_dialog
        if dialog is not None and not self._cancel.is_set():
            cards = counted(self.tr("%Ln cards read", "", read), read, "1 card read")
            dialog.setLabelText(f"{cards} ({where})" if where else cards)

    def _close_progress(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.canceled.disconnect(self.cancel)
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def _preview_ready(self, result: ContactImportResult | None) -> None:
        self._close_progress()
        if result is None:  # cancelled while reading
            self._close_preview()
            self._next()
            return
        if self.preview_dialog is not None:  # a new default country: the same dialog
            self.preview_dialog.show_result(result)
            self.preview_dialog.setEnabled(True)
            return
        from desktop.ui.i18n import sorted_countries

        dialog = ContactImportDialog(result, list(sorted_countries()), self._region,
                                     settings.DEFAULT_COUNTRY.get(), self._parent)
        dialog.regionChanged.connect(self._region_changed)
        dialog.finished.connect(self._preview_closed)
        self.preview_dialog = dialog
        dialog.open()

    def _region_changed(self, region: str) -> None:
        self._region = region
        if self.preview_dialog is not None:
            self.preview_dialog.setEnabled(False)
        self._preview()

    def _close_preview(self) -> None:
        dialog, self.preview_dialog = self.preview_dialog, None
        if dialog is not None:
            dialog.finished.disconnect(self._preview_closed)
            dialog.close()
            dialog.deleteLater()

    def _preview_closed(self, result: int) -> None:
        dialog, self.preview_dialog = self.preview_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted:
            self._run(dry_run=False)
        else:
            self._next()

    def _import_done(self, result: ContactImportResult | None) -> None:
        self._close_progress()
        path = self._path
        name = path.name if path else ""
        if result is None:
            self._message(QMessageBox.Icon.Information, self.tr("Import cancelled"),
                          self.tr("The import of {file} was cancelled: nothing was written.")
                          .format(file=name))
        else:
            self.last_result = result
            self.imported.emit(result)
            self._message(QMessageBox.Icon.Information, self.tr("Import finished"),
                          self.summary_text(result, name))
        self._next()

    def summary_text(self, result: ContactImportResult, name: str) -> str:
        text = self.tr("{file}: {created}, {updated}, {unchanged}.").format(  # plural forms
            file=name, created=self.tr("%Ln created", "contacts", result.created),
            updated=self.tr("%Ln updated", "contacts", result.updated),
            unchanged=self.tr("%Ln unchanged", "contacts", result.unchanged))
        problems = len(result.problems)
        if problems:
            text += "\n" + counted(
                self.tr("%Ln values were kept as written for review.", "", problems), problems,
                "1 value was kept as written for review.")
        return text

    def _failed(self, error: BaseException, _details: str) -> None:
        self._close_progress()
        self._close_preview()
        from desktop.ui.crash import plain_message

        reason = plain_message(error)
        if reason is None:
            self._queue.clear()
            self._busy = False
            raise error
        name = self._path.name if self._path else ""
        self._message(QMessageBox.Icon.Warning, self.tr("Import failed"),
                      self.tr("Nothing was imported from {file}: {reason}").format(
                          file=name, reason=reason))
        self._next()

    def _message(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self._parent)
        box.setObjectName("contactImportMessage")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_box = box
        box.open()
