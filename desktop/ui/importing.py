"""Importing dropped or chosen files: a dry run to preview, then the real import, both off the
GUI thread with progress and Cancel.

The service imports in one transaction, so Cancel at any point means nothing was written; the
preview is a dry run of the same code, so what it shows is what Import will do.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import QMimeData, QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog, QWidget

from desktop.services import releases
from desktop.services.database import Database
from desktop.ui.dialogs.import_dialog import ImportPreviewDialog
from desktop.ui.plural import counted
from desktop.ui.refusals import file_reason, said
from desktop.ui.tasks import TaskRunner

RELEASE_SUFFIXES = releases.RELEASE_SUFFIXES
CONTACT_SUFFIXES = frozenset({".vcf", ".csv", ".xlsx"})
"""vCard, CSV and XLSX contact files: accepted on drop (desktop.ui.contact_importing)."""
IMPORT_SUFFIXES = RELEASE_SUFFIXES | CONTACT_SUFFIXES
"""Every file Import, a drop and the file dialog take."""


def file_dialog_filter(label: str, all_files: str) -> str:
    """``label (*.txt *.html …);;all_files (*)`` for QFileDialog, from IMPORT_SUFFIXES."""
    patterns = " ".join(f"*{suffix}" for suffix in sorted(IMPORT_SUFFIXES))
    return f"{label} ({patterns});;{all_files} (*)"


def _release_files_in(folder: Path) -> list[Path]:
    """Release files anywhere under ``folder``, skipping hidden files and folders."""
    found: list[Path] = []
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).parts
        if any(part.startswith(".") for part in relative):
            continue
        if path.is_file() and path.suffix.lower() in RELEASE_SUFFIXES:
            found.append(path)
    return found


def _unique(paths: Iterable[Path]) -> list[Path]:
    seen: set[Path] = set()
    return [p for p in paths if not (p in seen or seen.add(p))]  # type: ignore[func-returns-value]


class _ProgressBridge(QObject):
    """Carries progress from the worker thread to the GUI thread (a queued signal)."""

    progressed = Signal(int, int, str)


class ImportController(QObject):
    """Runs the preview → confirm → import flow for a list of files; one flow at a time."""

    imported = Signal(object)
    """The ``ImportReport`` of a completed (not cancelled) import: refresh the views."""
    progressed = Signal(int, int, str)
    """(done, total, file name) in the GUI thread, for the progress dialog and tests."""
    finished = Signal()
    """The flow ended, whichever way: the window may re-enable its Import action."""

    def __init__(self, db: Database, tasks: TaskRunner, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._db = db
        self._tasks = tasks
        self._parent = parent_widget
        self._cancel = threading.Event()
        self._bridge = _ProgressBridge(self)
        self._bridge.progressed.connect(self._on_progress)
        self._release_paths: list[Path] = []
        self._unreadable: set[str] = set()
        self._busy = False
        self.progress_dialog: QProgressDialog | None = None
        self.preview_dialog: ImportPreviewDialog | None = None
        self.message_box: QMessageBox | None = None

    @staticmethod
    def paths_from_mime(mime: QMimeData) -> list[Path]:
        """The local release and contact files in a drop; a folder gives its release files."""
        if not mime.hasUrls():
            return []
        paths: list[Path] = []
        for url in mime.urls():
            if not url.isLocalFile():
                continue
            path = Path(url.toLocalFile())
            if path.is_dir():
                paths.extend(_release_files_in(path))
            elif path.is_file() and path.suffix.lower() in IMPORT_SUFFIXES:
                paths.append(path)
        return _unique(paths)

    @property
    def busy(self) -> bool:
        return self._busy

    def start(self, paths: Sequence[Path]) -> bool:
        """Preview an import of ``paths``; False if another import is still in progress."""
        if self._busy:
            return False
        paths = _unique(Path(p) for p in paths)
        self._release_paths = list(paths)  # contact files went to the contact import
        self._unreadable = set()
        self._busy = True
        if not self._release_paths:
            self._show_preview(None)
            return True
        self._run(dry_run=True)
        return True

    def cancel(self) -> None:
        """Ask the running import (or dry run) to stop; its transaction is rolled back."""
        self._cancel.set()

    # -- the two runs ----------------------------------------------------------------------

    def _run(self, *, dry_run: bool) -> None:
        self._cancel.clear()
        self._open_progress(dry_run)
        # The service writes nothing if any file fails; the preview told the user that the
        # unreadable ones are skipped, so the real run gets only the readable files.
        paths = [p for p in self._release_paths if str(p) not in self._unreadable]
        db, cancel, bridge = self._db, self._cancel, self._bridge

        def work() -> releases.ImportReport:
            return releases.import_releases(
                db, paths, dry_run=dry_run,
                progress=lambda done, total, name: bridge.progressed.emit(done, total, name),
                should_cancel=cancel.is_set)

        on_done = self._preview_ready if dry_run else self._import_done
        self._tasks.run(work, on_done, self._failed)

    def _open_progress(self, dry_run: bool) -> None:
        text = self.tr("Reading the files…") if dry_run else self.tr("Importing…")
        dialog = QProgressDialog(text, self.tr("Cancel"), 0, len(self._release_paths),
                                 self._parent)
        dialog.setObjectName("importProgress")
        dialog.setAccessibleName(self.tr("Import progress"))
        dialog.setWindowTitle(self.tr("Import releases"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        dialog.setValue(0)
        self.progress_dialog = dialog

    def _on_progress(self, done: int, total: int, name: str) -> None:
        self.progressed.emit(done, total, name)
        dialog = self.progress_dialog
        if dialog is None or self._cancel.is_set():
            return
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))
        if name:
            dialog.setLabelText(self.tr("Working on {0}…").format(Path(name).name))
        else:
            dialog.setLabelText(self.tr("Finishing…"))

    def _close_progress(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.canceled.disconnect(self.cancel)
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def _preview_ready(self, report: releases.ImportReport) -> None:
        self._close_progress()
        if report.cancelled:
            self._end()
            return
        self._unreadable = {problem.path for problem in report.errors}
        self._show_preview(report)

    def _show_preview(self, report: releases.ImportReport | None) -> None:
        dialog = ImportPreviewDialog(report, self._parent)
        dialog.finished.connect(self._preview_closed)
        self.preview_dialog = dialog
        dialog.open()

    def _preview_closed(self, result: int) -> None:
        dialog, self.preview_dialog = self.preview_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        readable = [p for p in self._release_paths if str(p) not in self._unreadable]
        if result == QDialog.DialogCode.Accepted and readable:
            self._run(dry_run=False)
        else:
            self._end()

    def _import_done(self, report: releases.ImportReport) -> None:
        self._close_progress()
        if report.cancelled:
            self._message(QMessageBox.Icon.Information, self.tr("Import cancelled"),
                          self.tr("The import was cancelled: nothing was written."))
        elif not report.written:
            # The service writes all or nothing: a file unreadable now (changed or removed
            # since the preview) means nothing was written.
            self._message(QMessageBox.Icon.Warning, self.tr("Import failed"),
                          self.tr("Nothing was imported: {0}").format(self.reasons(report)))
        else:
            self.imported.emit(report)
            self._message(QMessageBox.Icon.Information, self.tr("Import finished"),
                          self.summary_text(report))
        self._end()

    def reasons(self, report: releases.ImportReport) -> str:
        """Why an import wrote nothing: each file that could not be read, and why."""
        if not report.errors:
            return self.tr("the import was not written.")
        return "".join(f"\n• {Path(e.path).name}: {file_reason(e)}" for e in report.errors)

    def _failed(self, error: BaseException, _details: str) -> None:
        self._close_progress()
        self._message(QMessageBox.Icon.Warning, self.tr("Import failed"),
                      self.tr("Nothing was imported: {0}").format(said(error)))
        self._end()

    def _end(self) -> None:
        self._busy = False
        self.finished.emit()

    def _message(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        """A non-blocking message: the import may end while the user works elsewhere."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self._parent)
        box.setObjectName("importMessage")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_box = box
        box.open()

    def summary_text(self, report: releases.ImportReport) -> str:
        actions = [c.action for r in report.releases for c in r.contacts]
        # each count with its own plural form: "1 nouveaux", "1 créés" read wrong
        text = self.tr("Releases: {new}, {updated}, {unchanged}.").format(
            new=self.tr("%Ln new", "releases", report.created),
            updated=self.tr("%Ln updated", "releases", report.updated),
            unchanged=self.tr("%Ln unchanged", "releases", report.unchanged))
        created, updated = actions.count("create"), actions.count("update")
        text += "\n" + self.tr("Contacts: {created}, {updated}, {linked}.").format(
            created=self.tr("%Ln created", "contacts", created),
            updated=self.tr("%Ln updated", "contacts", updated),
            linked=self.tr("%Ln linked", "contacts", actions.count("link")))
        flagged = sum(1 for r in report.releases for c in r.contacts if c.flagged)
        if flagged:
            text += "\n" + counted(
                self.tr("%n contacts have values kept as written for review.", "", flagged),
                flagged, "1 contact has values kept as written for review.")
        if report.errors:
            failed = len(report.errors)
            text += "\n" + counted(self.tr("%n files could not be read:", "", failed), failed,
                                   "1 file could not be read:")
            text += "".join("\n" + self.tr("• {file}: {reason}").format(
                file=Path(e.path).name, reason=file_reason(e)) for e in report.errors)
        return text
