"""File → Export…: which contacts, which format, a look at the PDF's first page, then the file.

The export runs off the GUI thread through the same service as ``pressdesk export contacts``;
Cancel stops it between pages and the service leaves no file behind (it writes a temporary
file and renames it only when complete). A file that cannot be written is named with why.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import InputError
from desktop.services.database import Database
from desktop.services.exports import (
    ExportCancelledError,
    ExportOptions,
    ExportResult,
    ExportScope,
    export_contacts,
)
from desktop.ui import override
from desktop.ui.dialogs.country_list import put_first
from desktop.ui.dialogs.sheet_preview import SheetPreview, fit_to_parent
from desktop.ui.file_dialogs import save_file_name
from desktop.ui.i18n import ui_language
from desktop.ui.pdf_preview import PagePreview
from desktop.ui.plural import counted
from desktop.ui.refusals import detail_text, reason_text, said
from desktop.ui.settings import Setting
from desktop.ui.sheet_words import SheetWords
from desktop.ui.tasks import TaskRunner

LAST_EXPORT_FOLDER = Setting("export/last_folder", "")

SCOPES = ("all", "search", "selection", "office", "country", "region")
FORMATS = (("pdf", "4.0"), ("csv", "4.0"), ("xlsx", "4.0"), ("vcf", "4.0"), ("vcf", "3.0"))
SUFFIXES = {"pdf": ".pdf", "csv": ".csv", "xlsx": ".xlsx", "vcf": ".vcf"}


@dataclass(frozen=True)
class ExportContext:
    """What the window knows when Export is chosen: the search, the selection, an office."""

    query: str = ""
    selected_ids: tuple[int, ...] = ()
    office_id: int | None = None
    office_name: str = ""
    language: str = "en"


class _Bridge(QObject):
    """Carries progress from the export's thread to the dialog (a queued signal)."""

    progressed = Signal(int, int)


class ExportDialog(QDialog):
    """Scope, format, paper, preview; Export asks for a file and writes it with progress."""

    exported = Signal(object)
    """The ``ExportResult`` of a finished export."""
    progressed = Signal(int, int)
    """(done, total) contacts, in the GUI thread: the progress bar and tests."""

    def __init__(self, db: Database, tasks: TaskRunner, context: ExportContext | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self._db, self._tasks = db, tasks
        self._context = context or ExportContext()
        self._cancel = threading.Event()
        self._running = False
        self._bridge = _Bridge(self)
        self._bridge.progressed.connect(self._on_progress)
        self.result_: ExportResult | None = None
        self.message_box: QMessageBox | None = None
        self._sheet_words = SheetWords(self)

        self.scope_box = QGroupBox()
        self.scope_choice = QComboBox()
        self.scope_choice.setObjectName("exportScope")
        self.office_choice = QComboBox()
        self.office_choice.setObjectName("exportOffice")
        self.country_choice = QComboBox()
        self.country_choice.setObjectName("exportCountry")
        self.region_choice = QComboBox()
        self.region_choice.setObjectName("exportRegion")
        self.detail = QStackedWidget()
        self.detail.addWidget(QWidget())
        for combo in (self.office_choice, self.country_choice, self.region_choice):
            self.detail.addWidget(combo)
        self.include_archived = QCheckBox()
        self.include_archived.setObjectName("exportIncludeArchived")
        self.scope_label = QLabel()
        self.detail_label = QLabel()
        scope_form = QFormLayout(self.scope_box)
        scope_form.addRow(self.scope_label, self.scope_choice)
        scope_form.addRow(self.detail_label, self.detail)
        scope_form.addRow("", self.include_archived)

        self.format_box = QGroupBox()
        self.format_choice = QComboBox()
        self.format_choice.setObjectName("exportFormat")
        self.paper_choice = QComboBox()
        self.paper_choice.setObjectName("exportPaper")
        self.format_label = QLabel()
        self.paper_label = QLabel()
        format_form = QFormLayout(self.format_box)
        format_form.addRow(self.format_label, self.format_choice)
        format_form.addRow(self.paper_label, self.paper_choice)
        self.format_note = QLabel()
        self.format_note.setObjectName("exportFormatNote")
        self.format_note.setWordWrap(True)
        format_form.addRow(self.format_note)

        self.preview_box = SheetPreview(db, tasks, lambda: (self.scope(), self.options()))
        self.preview_image = self.preview_box.image
        self.preview_text = self.preview_box.text
        self.preview_note = self.preview_box.note
        self.preview_button = self.preview_box.button

        self.progress = QProgressBar()
        self.progress.setObjectName("exportProgress")
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.choose_file)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelExportButton")
        self.cancel_button.clicked.connect(self._cancel_or_close)

        left = QVBoxLayout()
        left.addWidget(self.scope_box)
        left.addWidget(self.format_box)
        left.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addWidget(self.preview_box, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

        self.retranslate_ui()
        self._fill_places()
        self._choose_start()
        for combo in (self.scope_choice, self.office_choice, self.country_choice,
                      self.region_choice, self.format_choice, self.paper_choice):
            combo.currentIndexChanged.connect(self._changed)
        self.include_archived.toggled.connect(self._changed)
        fit_to_parent(self, 860, 560)
        self._changed()

    # -- texts -----------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Export contacts"))
        self.scope_box.setTitle(self.tr("Which contacts"))
        self.format_box.setTitle(self.tr("File"))
        self.scope_label.setText(self.tr("&Contacts:"))
        self.scope_label.setBuddy(self.scope_choice)
        self._set_detail_text()
        self.format_label.setText(self.tr("&Format:"))
        self.format_label.setBuddy(self.format_choice)
        self.paper_label.setText(self.tr("&Paper:"))
        self.paper_label.setBuddy(self.paper_choice)
        self.include_archived.setText(self.tr("Include &archived contacts"))
        context = self._context
        scope_texts = {
            "all": self.tr("Everyone in the directory"),
            "search": self.tr("The search results for “{query}”").format(query=context.query)
            if context.query else self.tr("The search results (no search)"),
            "selection": self.tr("The selected contact")
            if len(context.selected_ids) == 1 else self.tr("The selected contacts"),
            "office": self.tr("An office"),
            "country": self.tr("A country"),
            "region": self.tr("A region"),
        }
        self._set_items(self.scope_choice, [(scope_texts[s], s) for s in SCOPES])
        model = self.scope_choice.model()
        for row, scope in enumerate(SCOPES):
            usable = (scope != "search" or bool(context.query)) and (
                scope != "selection" or bool(context.selected_ids))
            item = model.item(row) if hasattr(model, "item") else None
            if item is not None:
                item.setEnabled(usable)
        format_texts = [self.tr("PDF contact sheet (to print or attach)"),
                        self.tr("CSV (spreadsheets)"), self.tr("Excel workbook (XLSX)"),
                        self.tr("vCard 4.0 (phones, Thunderbird, Apple)"),
                        self.tr("vCard 3.0 (Outlook, Google, older phones)")]
        self._set_items(self.format_choice, [(t, f"{f}:{v}") for t, (f, v)
                                             in zip(format_texts, FORMATS, strict=True)])
        self._set_items(self.paper_choice, [(self.tr("A4"), "a4"),
                                            (self.tr("Letter (US)"), "letter")])
        self.scope_choice.setAccessibleName(self.tr("Which contacts to export"))
        self.format_choice.setAccessibleName(self.tr("File format"))
        self.paper_choice.setAccessibleName(self.tr("Paper size"))
        self.office_choice.setAccessibleName(self.tr("Office"))
        self.country_choice.setAccessibleName(self.tr("Country"))
        self.region_choice.setAccessibleName(self.tr("Region"))
        self.export_button.setText(self.tr("&Export…"))
        self._set_cancel_text()

    def _set_cancel_text(self) -> None:
        self.cancel_button.setText(self.tr("Cancel") if self._running else self.tr("Close"))

    @staticmethod
    def _set_items(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        """Refill ``combo`` keeping the chosen item (a language change refills every list)."""
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        index = combo.findData(chosen)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- places ----------------------------------------------------------------------------

    def _fill_places(self) -> None:
        from desktop.domain.regions import REGIONS, region_name
        from desktop.ui.i18n import sorted_countries

        language = self._context.language
        for name, code in sorted_countries(language):
            self.country_choice.addItem(f"{name} ({code})", code)
        regions = sorted((region_name(code, language), code) for code in REGIONS)
        for name, code in regions:
            self.region_choice.addItem(name, code)
        if self._context.office_id is not None:
            self.office_choice.addItem(self._context.office_name, self._context.office_id)
        db = self._db

        def load() -> tuple[list[tuple[str, int]], frozenset[str]]:
            from desktop.services.directory_countries import countries_in_use
            from desktop.services.offices import list_offices

            offices = [(s.office.name, s.office.id) for s in list_offices(db)]
            return offices, countries_in_use(db)

        self._tasks.run(load, self._places_loaded, owner=self)

    def _places_loaded(self, loaded: tuple[list[tuple[str, int]], frozenset[str]]) -> None:
        offices, countries = loaded
        self._offices_loaded(offices)
        # The directory's countries first; a country the person already chose stays chosen.
        put_first(self.country_choice, countries,
                  keep_choice=self.scope_choice.currentIndex() == SCOPES.index("country"))

    def _offices_loaded(self, offices: list[tuple[str, int]]) -> None:
        chosen = self.office_choice.currentData()
        self.office_choice.blockSignals(True)
        self.office_choice.clear()
        for name, office_id in sorted(offices, key=lambda pair: pair[0].casefold()):
            self.office_choice.addItem(name, office_id)
        self.office_choice.setCurrentIndex(max(self.office_choice.findData(chosen), 0))
        self.office_choice.blockSignals(False)

    def _choose_start(self) -> None:
        """Start from what the person was looking at: an office, a selection, a search."""
        context = self._context
        start = ("office" if context.office_id is not None else
                 "search" if context.query else "all")
        self.scope_choice.setCurrentIndex(SCOPES.index(start))

    def set_scope(self, scope: str, value: str | int | None = None) -> None:
        """Choose a scope (and its office id, country code or region code): tests, callers."""
        self.scope_choice.setCurrentIndex(SCOPES.index(scope))
        combo = {"office": self.office_choice, "country": self.country_choice,
                 "region": self.region_choice}.get(scope)
        if combo is not None and value is not None:
            combo.setCurrentIndex(combo.findData(value))

    def set_format(self, format: str, vcard_version: str = "4.0") -> None:
        self.format_choice.setCurrentIndex(self.format_choice.findData(
            f"{format}:{vcard_version}"))

    # -- what is asked ---------------------------------------------------------------------

    @property
    def format(self) -> str:
        return str(self.format_choice.currentData()).split(":")[0]

    def scope(self) -> ExportScope:
        chosen = str(self.scope_choice.currentData())
        archived = self.include_archived.isChecked()
        if chosen == "search":
            return ExportScope(query=self._context.query, include_archived=archived)
        if chosen == "selection":
            return ExportScope(contact_ids=self._context.selected_ids, include_archived=True)
        if chosen == "office" and self.office_choice.currentData() is not None:
            return ExportScope(office=str(self.office_choice.currentData()),
                               include_archived=archived)
        if chosen == "country":
            return ExportScope(country=str(self.country_choice.currentData()),
                               include_archived=archived)
        if chosen == "region":
            return ExportScope(region=str(self.region_choice.currentData()),
                               include_archived=archived)
        return ExportScope(include_archived=archived)

    def options(self) -> ExportOptions:
        """The format's settings; a PDF sheet in the app's language (its labels, region and
        country names, and the scope as this dialog names it)."""
        words = self._sheet_words
        scope_text = words.scope(self.scope(), self.office_choice.currentText())
        return ExportOptions(vcard_version=str(self.format_choice.currentData()).split(":")[1],
                             paper=str(self.paper_choice.currentData()),
                             title=self.tr("Press contacts"), labels=words.labels(),
                             language=ui_language(), scope_text=scope_text)

    def _set_detail_text(self) -> None:
        """"Which office:", "Which region:": the label names what the list holds (French
        agrees it: "Quel bureau", "Quelle région"), with the same mnemonic for all three."""
        chosen = str(self.scope_choice.currentData())
        self.detail_label.setText({"office": self.tr("&Which office:"),
                                   "country": self.tr("&Which country:"),
                                   "region": self.tr("&Which region:")}.get(chosen, ""))

    def _changed(self) -> None:
        chosen = str(self.scope_choice.currentData())
        pages = {"office": 1, "country": 2, "region": 3}
        self.detail.setCurrentIndex(pages.get(chosen, 0))
        combo = {"office": self.office_choice, "country": self.country_choice,
                 "region": self.region_choice}.get(chosen)
        if combo is not None:
            self.detail_label.setBuddy(combo)  # Alt+W reaches the list shown
        self._set_detail_text()
        self.detail_label.setVisible(chosen in pages)
        self.detail.setVisible(chosen in pages)
        self.include_archived.setEnabled(chosen != "selection")
        is_pdf = self.format == "pdf"
        self.format_note.setText(self._format_note())
        self.paper_choice.setEnabled(is_pdf)
        self.preview_box.setVisible(is_pdf)
        if is_pdf:
            self.preview_box.request()

    def _format_note(self) -> str:
        """What the chosen format is for, in a sentence."""
        chosen = str(self.format_choice.currentData())
        return {
            "pdf:4.0": self.tr("A sheet to print or attach: people grouped by region, country "
                               "and office, phones in international format with their kind "
                               "and extension, emails and languages."),
            "csv:4.0": self.tr("One row per contact, several phones and emails in labelled "
                               "columns (UTF-8). No cell runs as a formula in a spreadsheet."),
            "xlsx:4.0": self.tr("A workbook with typed cells, phones as text, the header row "
                                "frozen and filters on."),
            "vcf:4.0": self.tr("One card per contact for address books: Thunderbird, Apple "
                               "Contacts, Android, Gmail."),
            "vcf:3.0": self.tr("One card per contact for Outlook, Google Contacts and older "
                               "phones."),
        }.get(chosen, "")

    # -- preview ---------------------------------------------------------------------------

    @property
    def preview(self) -> PagePreview | None:
        """The first page last drawn (None before, or for a long sheet not yet asked for)."""
        return self.preview_box.preview

    def refresh_preview(self, *, large: bool = False) -> None:
        if self.format == "pdf":
            self.preview_box.refresh(large=large)

    # -- export ----------------------------------------------------------------------------

    def choose_file(self) -> None:
        """Ask where to save, with the format's suffix, then export there."""
        suffix = SUFFIXES[self.format]
        folder = LAST_EXPORT_FOLDER.get() or str(Path.home())
        label = {"pdf": self.tr("PDF contact sheet"), "csv": self.tr("CSV file"),
                 "xlsx": self.tr("Excel workbook"), "vcf": self.tr("vCard file")}[self.format]
        name = save_file_name(
            self, self.tr("Export contacts"),
            str(Path(folder) / (self.tr("press-contacts") + suffix)),
            f"{label} (*{suffix})")
        if name:
            path = Path(name)
            if path.suffix.lower() != suffix:
                path = path.with_name(path.name + suffix)
            LAST_EXPORT_FOLDER.set(str(path.parent))
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        """Write the export to ``path`` off the GUI thread; progress, Cancel, then a message."""
        if self._running:
            return
        self._running = True
        self._cancel.clear()
        self._set_cancel_text()
        self.export_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.status.setText(self.tr("Exporting to {file}…").format(file=path.name))
        db, scope, options, format = self._db, self.scope(), self.options(), self.format
        cancel, bridge = self._cancel, self._bridge

        def progress(done: int, total: int) -> bool:
            bridge.progressed.emit(done, total)
            return not cancel.is_set()

        def work() -> ExportResult:
            return export_contacts(db, path, format, scope, options, progress)

        self._tasks.run(work, self._export_done,
                        lambda error, details: self._export_failed(path, error, details))

    def cancel(self) -> None:
        """Stop the running export: nothing is written and the target is left as it was."""
        self._cancel.set()

    def _cancel_or_close(self) -> None:
        if self._running:
            self.cancel()
        else:
            self.reject()

    def _on_progress(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))

    def _finish(self) -> None:
        self._running = False
        self._set_cancel_text()
        self.export_button.setEnabled(True)
        self.progress.setVisible(False)

    def _export_done(self, result: ExportResult) -> None:
        self._finish()
        self.result_ = result
        people = counted(self.tr("%Ln contacts", "", result.count), result.count, "1 contact")
        self.status.setText(self.tr("Exported {people} to {file}.").format(
            people=people, file=str(result.path)))
        self.exported.emit(result)

    def _export_failed(self, path: Path, error: BaseException, _details: str) -> None:
        self._finish()
        if isinstance(error, ExportCancelledError):
            self.status.setText(self.tr("Export cancelled: {file} was not written.").format(
                file=path.name))
            return
        if isinstance(error, InputError) and error.problems:  # the reason, not the CLI's "-o"
            reason = "; ".join(reason_text(problem.code, problem.params, problem.reason)
                               for problem in error.problems)
        elif isinstance(error, OSError):
            reason = detail_text(error.strerror) if error.strerror else str(error)
        else:
            reason = said(error)
        text = self.tr("Could not write {file}: {reason}").format(file=str(path),
                                                                 reason=reason)
        self.status.setText(text)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Export failed"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("exportFailedMessage")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_box = box
        box.open()

    @override
    def reject(self) -> None:
        if self._running:  # Esc while writing cancels the export; the dialog stays
            self.cancel()
            return
        super().reject()

    @override
    def done(self, result: int) -> None:
        self.preview_box.stop()
        super().done(result)
