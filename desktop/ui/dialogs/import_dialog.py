"""The import preview: what a dry run found, file by file, before anything is written.

Officers confirm a batch knowing which people will be created, which updated, which values are
kept unvalidated for review, and which files failed and why.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services import releases
from desktop.ui import override
from desktop.ui.dates import medium_date
from desktop.ui.dialogs.sheet_preview import fit_to_parent
from desktop.ui.import_changes import change_text
from desktop.ui.plural import counted
from desktop.ui.refusals import file_reason
from desktop.ui.review_notes import review_text

ERROR_COLOR = QColor("#b00020")
FLAG_COLOR = QColor("#9a5b00")
MUTED_COLOR = QColor("#6b6b6b")
_ON_DARK = {ERROR_COLOR.name(): QColor("#ff8a80"), FLAG_COLOR.name(): QColor("#f0b35a"),
            MUTED_COLOR.name(): QColor("#a0a3a8")}
"""The same meanings on a dark base: the colours above are 2.0-3.1:1 on the dark theme's
#1e1f22/#26282b, these 5.8-8.9:1 (WCAG AA asks 4.5)."""


def tone(widget: QWidget, colour: QColor) -> QColor:
    """``colour`` (ERROR, FLAG or MUTED above), or its counterpart when ``widget``'s base is
    dark, so flagged and muted rows stay readable in the dark theme."""
    if widget.palette().color(QPalette.ColorRole.Base).lightnessF() >= 0.5:
        return colour
    return _ON_DARK.get(colour.name(), colour)
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
"""What a row stands for: "release", "contact", "change", "flag", "warning", "error";
tests and screen readers can rely on it rather than on colours."""


class ImportPreviewDialog(QDialog):
    """File → contacts tree of a dry-run ``ImportReport``; Import accepts, Cancel rejects."""

    def __init__(self, report: releases.ImportReport | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreviewDialog")
        self.setModal(True)
        fit_to_parent(self, 820, 520)  # 820 px ran past an 800×600 screen, Cancel cut
        self._report = report

        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("importPreviewTree")
        self.tree.setColumnCount(3)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.header().resizeSection(0, 220)
        self.tree.header().resizeSection(1, 190)
        self.detail = QLabel()
        self.detail.setObjectName("importPreviewDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tree.currentItemChanged.connect(self._show_detail)

        self.buttons = QDialogButtonBox()
        self.import_button = QPushButton()
        self.import_button.setObjectName("importButton")
        self.import_button.setDefault(True)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelImportButton")
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.import_button.setEnabled(bool(report and report.releases))

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import preview"))
        self.tree.setHeaderLabels([self.tr("File or person"), self.tr("What will happen"),
                                   self.tr("Details")])
        self.tree.setAccessibleName(self.tr("What the import will do"))
        self.summary.setAccessibleName(self.tr("Import summary"))
        self.import_button.setText(self.tr("&Import"))
        self.import_button.setAccessibleName(self.tr("Import the files"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the import"))
        self.summary.setText(self._summary_text())
        self._fill()

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- content ---------------------------------------------------------------------------

    def _summary_text(self) -> str:
        report = self._report
        if report is None or not (report.releases or report.errors):
            text = self.tr("No release files to import.")
        else:
            text = self.tr("Releases: {new}, {to_update}, {unchanged}.").format(
                new=self.tr("%Ln new", "releases", report.created),
                to_update=self.tr("%Ln to update", "releases", report.updated),
                unchanged=self.tr("%Ln unchanged", "releases", report.unchanged))
            failed = len(report.errors)
            if failed:
                text += " " + counted(
                    self.tr("%Ln files cannot be read and will be skipped.", "", failed),
                    failed, "1 file cannot be read and will be skipped.")
        return text

    def _fill(self) -> None:
        self.tree.clear()
        report = self._report
        if report is not None:
            for outcome in report.releases:
                self._add_release(outcome)
            for problem in report.errors:
                item = self._item(None, "error", [Path(problem.path).name, self.tr("Error"),
                                                  file_reason(problem)], ERROR_COLOR)
                item.setToolTip(0, problem.path)
        self.tree.expandAll()
        errors = self.items_of_kind("error")
        first = errors[0] if errors else self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)  # the first refusal, else the first file
        self._show_detail(self.tree.currentItem())

    def _show_detail(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        """The chosen row in full, wrapped: the tree cuts a long title or reason at its edge
        (a scanned PDF's refusal ended in "…", its advice only in a tooltip)."""
        if item is None:
            self.detail.clear()
            return
        texts = [item.text(column) for column in range(item.columnCount())]
        self.detail.setText(" — ".join(t for t in texts if t))

    def _add_release(self, outcome: releases.ReleaseOutcome) -> None:
        status = {"created": self.tr("New release"), "updated": self.tr("Release updated"),
                  "unchanged": self.tr("Already imported")}.get(outcome.status, outcome.status)
        details = outcome.title or self.tr("No headline found")
        when = medium_date(outcome.published_on) if outcome.published_on else ""
        extra = [x for x in (outcome.dateline, when, (outcome.language or "").upper()) if x]
        if extra:  # " · ": the English date has its own comma ("Nov 29, 2026")
            details = f"{details} ({' · '.join(extra)})"
        top = self._item(None, "release", [Path(outcome.path).name, status, details])
        top.setToolTip(0, outcome.path)
        top.setData(0, Qt.ItemDataRole.UserRole, outcome.path)
        for contact in outcome.contacts:
            self._add_contact(top, contact)
        for warning in outcome.warnings:
            self._item(top, "warning", [self.tr("Warning"), "", review_text(warning)],
                       FLAG_COLOR)

    def _add_contact(self, parent: QTreeWidgetItem, contact: releases.LinkedContact) -> None:
        action = {"create": self.tr("Create contact"), "update": self.tr("Update contact"),
                  "link": self.tr("Link to existing contact"),
                  "quoted": self.tr("Quoted, not in the directory"),
                  "unchanged": self.tr("Unchanged")}.get(contact.action, contact.action)
        role = self.tr("quoted") if contact.role == "quoted" else self.tr("media contact")
        name = f"{contact.name} — {contact.office}" if contact.office else contact.name
        snippet = " / ".join(line.strip() for line in contact.snippet.splitlines() if line.strip())
        item = self._item(parent, "contact", [name, action, self.tr("{role}: {snippet}").format(
            role=role, snippet=snippet)])
        item.setToolTip(2, contact.snippet)
        if contact.flagged:
            item.setText(1, self.tr("{0}, flagged for review").format(action))
            item.setForeground(1, QBrush(tone(self.tree, FLAG_COLOR)))
        for change in contact.changes:
            self._item(item, "change", [self.tr("Change"), "", change_text(change)])
        for flag in contact.flagged:
            self._item(item, "flag", [self.tr("Kept as written"), self.tr("Needs review"),
                                      review_text(flag)], FLAG_COLOR)

    def _item(self, parent: QTreeWidgetItem | None, kind: str, texts: list[str],
              color: QColor | None = None) -> QTreeWidgetItem:
        item = QTreeWidgetItem(texts)
        item.setData(0, KIND_ROLE, kind)
        for column, text in enumerate(texts):
            if text:
                item.setToolTip(column, text)
            if color is not None:
                item.setForeground(column, QBrush(tone(self.tree, color)))
        if parent is None:
            self.tree.addTopLevelItem(item)
        else:
            parent.addChild(item)
        return item

    def items_of_kind(self, kind: str) -> list[QTreeWidgetItem]:
        """Every row of ``kind`` ("release", "contact", "flag", "error", …), depth first."""
        found: list[QTreeWidgetItem] = []

        def walk(item: QTreeWidgetItem | None) -> None:
            if item is None:
                return
            if item.data(0, KIND_ROLE) == kind:
                found.append(item)
            for i in range(item.childCount()):
                walk(item.child(i))

        for i in range(self.tree.topLevelItemCount()):
            walk(self.tree.topLevelItem(i))
        return found
