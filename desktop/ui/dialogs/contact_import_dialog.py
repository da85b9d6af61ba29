"""The contact-file preview: what importing a contact file would do, before anything is written.

It shows the counts (to create, to update, unchanged), each card with what will change, and
every problem with where it is, the field, the value and why. The numbers' default country is
chosen here; changing it asks for a new preview, since it changes how numbers are read.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from desktop.services.contact_import import CardOutcome, ContactImportResult, ImportProblem
from desktop.ui import override
from desktop.ui.dialogs.import_dialog import (
    ERROR_COLOR,
    FLAG_COLOR,
    KIND_ROLE,
    MUTED_COLOR,
    tone,
)
from desktop.ui.dialogs.sheet_preview import fit_to_parent
from desktop.ui.grouped import grouped
from desktop.ui.import_changes import change_text
from desktop.ui.plural import counted
from desktop.ui.refusals import field_text, import_reason, where_text

ACTION_ROLE = Qt.ItemDataRole.UserRole + 2
"""A card row's action ("create", "update", "unchanged", "skip") for tests and readers."""


class ContactImportDialog(QDialog):
    """Counts, cards and problems of a dry run; Import accepts, Cancel rejects."""

    regionChanged = Signal(str)
    """The default country for numbers changed ("" = each contact's office): preview again."""

    def __init__(self, result: ContactImportResult, countries: list[tuple[str, str]],
                 region: str = "", default_country: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactImportDialog")
        self.setModal(True)
        self._result = result
        self._default_country = default_country
        self.summary = QLabel()
        self.summary.setObjectName("contactImportSummary")
        self.summary.setWordWrap(True)
        self.region_label = QLabel()
        self.region_choice = QComboBox()
        self.region_choice.setObjectName("contactImportRegion")
        self._countries = countries
        self.cards = QTreeWidget()
        self.cards.setObjectName("contactImportCards")
        self.cards.setColumnCount(4)
        self.cards.setRootIsDecorated(True)
        self.cards.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.problems = QTreeWidget()
        self.problems.setObjectName("contactImportProblems")
        self.problems.setColumnCount(4)
        self.problems.setRootIsDecorated(False)
        self.detail = QLabel()
        self.detail.setObjectName("contactImportDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for tree in (self.cards, self.problems):
            tree.currentItemChanged.connect(self._show_detail)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("contactImportTabs")
        self.tabs.addTab(self.cards, "")
        self.tabs.addTab(self.problems, "")
        self.buttons = QDialogButtonBox()
        self.import_button = QPushButton()
        self.import_button.setObjectName("contactImportButton")
        self.import_button.setDefault(True)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("contactImportCancel")
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout(self)
        form.addRow(self.summary)
        form.addRow(self.region_label, self.region_choice)
        form.addRow(self.tabs)
        form.addRow(self.detail)
        form.addRow(self.buttons)
        self.retranslate_ui()
        self.region_choice.setCurrentIndex(max(self.region_choice.findData(region), 0))
        self.region_choice.currentIndexChanged.connect(
            lambda _i: self.regionChanged.emit(str(self.region_choice.currentData())))
        fit_to_parent(self, 900, 560)

    @property
    def region(self) -> str:
        return str(self.region_choice.currentData() or "")

    def show_result(self, result: ContactImportResult) -> None:
        """A new preview (the default country changed)."""
        self._result = result
        self._fill()

    # -- texts -----------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        from pathlib import Path

        self.setWindowTitle(self.tr("Import contacts from {file}").format(
            file=Path(self._result.path).name))
        self.region_label.setText(self.tr("&Numbers without +code are in:"))
        self.region_label.setBuddy(self.region_choice)
        self.region_choice.setAccessibleName(self.tr("Default country for phone numbers"))
        chosen = self.region_choice.currentData()
        self.region_choice.blockSignals(True)
        self.region_choice.clear()
        fallback = next((name for name, code in self._countries
                         if code == self._default_country), "")
        self.region_choice.addItem(
            self.tr("Each contact's office country, else {country}").format(country=fallback)
            if fallback else self.tr("Each contact's office country"), "")
        for name, code in self._countries:
            self.region_choice.addItem(f"{name} ({code})", code)
        self.region_choice.setCurrentIndex(max(self.region_choice.findData(chosen), 0))
        self.region_choice.blockSignals(False)
        self.cards.setHeaderLabels([self.tr("Where"), self.tr("Name"),
                                    self.tr("What will happen"), self.tr("Details")])
        self.problems.setHeaderLabels([self.tr("Where"), self.tr("Field"), self.tr("Value"),
                                       self.tr("Problem")])
        self.cards.setAccessibleName(self.tr("What the import will do"))
        self.problems.setAccessibleName(self.tr("Values kept as written for review"))
        self.import_button.setText(self.tr("&Import"))
        self.import_button.setAccessibleName(self.tr("Import the contacts"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the import"))
        self._fill()

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    @override
    def showEvent(self, event: QShowEvent) -> None:
        """The keyboard starts on the list of contacts (↓ reads them, Ctrl+Tab reaches the
        problems, Enter imports), not on the default country, the first field, which arrows
        changed and so previewed again."""
        super().showEvent(event)
        if not event.spontaneous():
            (self.cards if self.cards.topLevelItemCount() else self.import_button).setFocus(
                Qt.FocusReason.OtherFocusReason)

    def action_text(self, action: str) -> str:
        return {"create": self.tr("Create"), "update": self.tr("Update"),
                "unchanged": self.tr("Unchanged"),
                "skip": self.tr("Skipped (nothing to import)")}.get(action, action)

    def summary_text(self) -> str:
        result = self._result
        problems = len(result.problems)
        text = self.tr("To create: {created} · to update: {updated} · unchanged: {unchanged} "
                       "· problems: {problems}").format(
            created=grouped(result.created), updated=grouped(result.updated),
            unchanged=grouped(result.unchanged), problems=grouped(problems))
        if problems:
            text += "\n" + self.tr("Values with a problem are kept as written and flagged for "
                                   "review; nothing is dropped.")
        if result.unmapped_columns:
            text += "\n" + self.tr("Columns not imported: {columns}").format(
                columns=", ".join(result.unmapped_columns))
        if result.created or result.updated:  # not on the undo stack (README: left for later)
            text += "\n" + self.tr("An import cannot be undone (Ctrl+Z does not reach it): "
                                   "what is listed here is written when you choose Import.")
        return text

    def _fill(self) -> None:
        result = self._result
        self.summary.setText(self.summary_text())
        self.cards.clear()
        for outcome in result.outcomes:
            self._add_card(outcome)
        self.problems.clear()
        for problem in result.problems:
            item = QTreeWidgetItem(_problem_columns(problem))
            item.setData(0, KIND_ROLE, "problem")
            for column in range(4):
                item.setToolTip(column, item.text(column))
                item.setForeground(column, QBrush(tone(self.problems, FLAG_COLOR)))
            self.problems.addTopLevelItem(item)
        for tree in (self.cards, self.problems):
            for column in range(3):
                tree.resizeColumnToContents(column)
                tree.setColumnWidth(column, min(tree.columnWidth(column), 240))
        count = len(result.outcomes)
        self.tabs.setTabText(0, counted(self.tr("%Ln cards", "", count), count, "1 card"))
        problems = len(result.problems)
        self.tabs.setTabText(1, counted(self.tr("%Ln problems", "", problems), problems,
                                        "1 problem"))
        self.import_button.setEnabled(bool(result.created or result.updated))
        rows = [self.cards.topLevelItem(i) for i in range(self.cards.topLevelItemCount())]
        cards = [row for row in rows if row is not None]
        flagged = [row.child(0) for row in cards if row.childCount()]
        first = next((row for row in flagged if row is not None), cards[0] if cards else None)
        if first is not None:
            self.cards.setCurrentItem(first)  # the first problem, else the first card
        self._show_detail(self.cards.currentItem())

    def _show_detail(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        """The chosen row in full, wrapped: the tree cuts long details at its edge."""
        if item is None:
            self.detail.clear()
            return
        texts = [item.text(column) for column in range(item.columnCount())]
        self.detail.setText(" — ".join(t for t in texts if t))

    def _add_card(self, outcome: CardOutcome) -> None:
        details = "; ".join(change_text(change) for change in outcome.changes)
        if outcome.action == "create" and outcome.contact is not None:
            contact = outcome.contact
            parts = [contact.title or "", contact.office.name if contact.office else "",
                     ", ".join(p.display or p.as_written for p in contact.phones),
                     ", ".join(e.address or e.as_written for e in contact.emails)]
            details = " · ".join(p for p in parts if p)
        item = QTreeWidgetItem([where_text(outcome.where), outcome.name,
                                self.action_text(outcome.action),
                                details])
        item.setData(0, KIND_ROLE, "card")
        item.setData(0, ACTION_ROLE, outcome.action)
        for column in range(4):
            if item.text(column):
                item.setToolTip(column, item.text(column))
        if outcome.action in ("unchanged", "skip"):
            for column in range(4):
                item.setForeground(column, QBrush(tone(self.cards, MUTED_COLOR)))
        if outcome.problems:
            item.setText(2, self.tr("{action}, flagged for review").format(
                action=self.action_text(outcome.action)))
            item.setForeground(2, QBrush(tone(self.cards, FLAG_COLOR)))
        for problem in outcome.problems:
            child = QTreeWidgetItem(_problem_columns(problem))
            child.setData(0, KIND_ROLE, "problem")
            for column in range(4):
                child.setForeground(column, QBrush(tone(
                    self.cards, ERROR_COLOR if outcome.action == "skip" else FLAG_COLOR)))
            item.addChild(child)
        self.cards.addTopLevelItem(item)
        item.setExpanded(True)  # a problem is read where it is, not behind an arrow

    def cards_by_action(self) -> dict[str, list[str]]:
        """Names per action, as the tree shows them (tests)."""
        found: dict[str, list[str]] = {}
        for row in range(self.cards.topLevelItemCount()):
            item = self.cards.topLevelItem(row)
            if item is not None:
                found.setdefault(str(item.data(0, ACTION_ROLE)), []).append(item.text(1))
        return found


def _problem_columns(problem: ImportProblem) -> list[str]:
    """Where, field, value and why, in the app's language (the value as the file wrote it)."""
    return [where_text(problem.where), field_text(problem.field), problem.value,
            import_reason(problem)]
