"""The column-mapping step: a CSV or XLSX sheet whose header row Press Desk does not recognise
is mapped by the person, column by column, to a Press Desk field or "ignore", looking at sample
values.

Only what the person sees is sent: each column's choice becomes ``header=field`` for the
service (the same mapping as ``pressdesk contacts import --map``), so the preview that follows
reads the file exactly as the import will.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.contact_columns import FIELDS, CsvLayout
from desktop.ui import override
from desktop.ui.dialogs.sheet_preview import fit_to_parent

SAMPLE_ROWS = 3
NAME_FIELDS = frozenset({"name", "given_name", "family_name"})
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[\d\s().\-/]{6,}$")
_KIND_FIELDS = {"mobile": "mobile", "fax": "fax", "whatsapp": "whatsapp",
                "personal": "personal_email"}
"""A column's phone or e-mail kind (its value) -> the field the person would choose."""
_NAME = re.compile(r"^[^\W\d_][^\W\d_'’.-]*(?:[ '’-][^\W\d_][^\W\d_'’.-]*){1,3}$")


@dataclass(frozen=True)
class CsvHead:
    """A CSV's or sheet's header row, a few sample rows, and how Press Desk understood it."""

    path: Path
    headers: tuple[str, ...]
    samples: tuple[tuple[str, ...], ...]
    layout: CsvLayout


def read_head(path: Path, rows: int = SAMPLE_ROWS) -> CsvHead:
    """The header and the first ``rows`` non-empty rows of a CSV or XLSX file (off the GUI
    thread: it detects the encoding, or opens the workbook)."""
    from desktop.services.contact_import import table_head

    head = table_head(path, rows)
    return CsvHead(path, head.headers, head.samples, head.layout)


def guessed_field(header_index: int, head: CsvHead) -> str:
    """What a column most likely is: as Press Desk read it, else by its values, else ignore."""
    for column in head.layout.columns:
        if column.index == header_index:
            if column.field in FIELDS:
                # A "Portable"/"Mobile"/"Fax" column is read as a phone of that kind: show
                # the kind's own field, not "Phone (office)".
                return _KIND_FIELDS.get(str(column.kind), column.field)
            return "phone" if column.field.startswith("phone") else (
                "email" if column.field.startswith("email") else "ignore")
    values = [row[header_index].strip() for row in head.samples
              if header_index < len(row) and row[header_index].strip()]
    if values and sum(bool(_EMAIL.match(v)) for v in values) * 2 >= len(values):
        return "email"
    if values and sum(bool(_PHONE.match(v)) for v in values) * 2 >= len(values):
        return "phone"
    return "ignore"


def _looks_like_names(values: list[str]) -> bool:
    """Two to four words of letters each ("Ibrahim Sow", "María José Pérez")."""
    return bool(values) and all(_NAME.match(v) for v in values)


def guessed_fields(head: CsvHead) -> list[str]:
    """A field per column; without a name column, the first ignored one holding names."""
    fields = [guessed_field(row, head) for row in range(len(head.headers))]
    if not NAME_FIELDS & set(fields):
        for row, field in enumerate(fields):
            values = [r[row].strip() for r in head.samples if row < len(r) and r[row].strip()]
            if field == "ignore" and _looks_like_names(values):
                fields[row] = "name"
                break
    return fields


class ColumnMappingDialog(QDialog):
    """Each CSV or sheet column → a Press Desk field or "ignore", with sample values beside it."""

    def __init__(self, head: CsvHead, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("columnMappingDialog")
        self.setModal(True)
        self._head = head
        self.intro = QLabel()
        self.intro.setObjectName("columnMappingIntro")
        self.intro.setWordWrap(True)
        self.table = QTableWidget(len(head.headers), 3)
        self.table.setObjectName("columnMappingTable")
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        # Tab goes from field to field and on to Preview and Cancel: with the table's own Tab
        # navigation it walked the read-only cells and went round the table for ever.
        self.table.setTabKeyNavigation(False)
        self.choices: list[QComboBox] = []
        for row, header in enumerate(head.headers):
            column = QTableWidgetItem(header or "—")
            column.setToolTip(header)
            samples = [r[row] for r in head.samples if row < len(r) and r[row].strip()]
            sample = QTableWidgetItem(" · ".join(samples))
            sample.setToolTip("\n".join(samples))
            self.table.setItem(row, 0, column)
            self.table.setItem(row, 1, sample)
            combo = QComboBox()
            combo.setObjectName(f"columnField{row}")
            combo.currentIndexChanged.connect(self._check)
            self.table.setCellWidget(row, 2, combo)
            self.choices.append(combo)
        self.hint = QLabel()
        self.hint.setObjectName("columnMappingHint")
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.ok_button = QPushButton()
        self.ok_button.setObjectName("columnMappingOk")
        self.ok_button.setDefault(True)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("columnMappingCancel")
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        guesses = guessed_fields(head)
        for row, combo in enumerate(self.choices):
            combo.setCurrentIndex(max(combo.findData(guesses[row]), 0))
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(0, min(max(self.table.columnWidth(0), 140), 260))
        fit_to_parent(self, 760, 460)
        self._check()

    def field_labels(self) -> dict[str, str]:
        return {
            "ignore": self.tr("Ignore this column"), "name": self.tr("Full name"),
            "given_name": self.tr("Given name"), "middle_name": self.tr("Middle name"),
            "family_name": self.tr("Family name"), "honorific": self.tr("Honorific (Mr, Dr)"),
            "title": self.tr("Job title"), "office": self.tr("Office"),
            "country": self.tr("Country"), "notes": self.tr("Notes"), "tags": self.tr("Tags"),
            "languages": self.tr("Languages"), "phone": self.tr("Phone (office)"),
            "mobile": self.tr("Mobile"), "fax": self.tr("Fax"), "whatsapp": self.tr("WhatsApp"),
            "email": self.tr("Email (work)"), "personal_email": self.tr("Email (personal)"),
        }

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Columns of {file}").format(file=self._head.path.name))
        self.intro.setText(self.tr(
            "Press Desk does not recognise the columns of {file}. Choose what each column "
            "holds; columns set to “Ignore” are not imported. Nothing is written until you "
            "confirm the preview that follows.").format(file=self._head.path.name))
        self.table.setHorizontalHeaderLabels([self.tr("Column in the file"),
                                              self.tr("Sample values"),
                                              self.tr("Press Desk field")])
        self.table.setAccessibleName(self.tr("Columns and their fields"))
        labels = self.field_labels()
        fields = ["ignore", *(f for f in FIELDS if f != "ignore")]
        for combo in self.choices:
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for name in fields:
                combo.addItem(labels[name], name)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.blockSignals(False)
            combo.setAccessibleName(self.tr("Field"))
        self.ok_button.setText(self.tr("&Preview"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._check()

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_field(self, header: str, field: str) -> None:
        """Choose ``field`` for the column named ``header`` (tests, keyboard-free callers)."""
        row = self._head.headers.index(header)
        self.choices[row].setCurrentIndex(self.choices[row].findData(field))

    def mapping(self) -> dict[str, str]:
        """``header -> field`` for every column, "ignore" included: what the import reads."""
        return {header: str(combo.currentData())
                for header, combo in zip(self._head.headers, self.choices, strict=True)
                if header.strip()}

    def _check(self) -> None:
        """A name column is what makes a row a contact: without one, Preview waits."""
        named = any(combo.currentData() in NAME_FIELDS for combo in self.choices)
        if hasattr(self, "ok_button"):
            self.ok_button.setEnabled(named)
            self.hint.setText("" if named else self.tr(
                "Choose the column that holds the name (or the given and family names)."))
            self.hint.setStyleSheet("" if named else "color: #9a5b00;")
            self.hint.setAlignment(Qt.AlignmentFlag.AlignLeft)
