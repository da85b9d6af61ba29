"""The main window: the contacts directory and a way to add people."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QInputDialog,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import PressDeskError
from desktop.services import contacts
from desktop.services.database import Database


class MainWindow(QMainWindow):
    def __init__(self, db: Database) -> None:
        super().__init__()
        self._db = db
        self.setWindowTitle(self.tr("Press Desk"))
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("contactsView")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Office"), self.tr("Country"), self.tr("Phone")])
        add = QPushButton(self.tr("Add contact…"))
        add.setObjectName("addContactButton")
        add.clicked.connect(self.add_contact)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.table)
        layout.addWidget(add)
        self.setCentralWidget(central)
        self.resize(900, 600)
        self.refresh()

    def refresh(self) -> None:
        records = contacts.list_contacts(self._db, limit=500)
        self.table.setRowCount(len(records))
        for row, record in enumerate(records):
            phone = next((p.display for p in record.phones if p.display), "")
            values = [record.name, record.office.name if record.office else "",
                      record.country or "", phone or ""]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))

    def add_contact(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add contact"), self.tr("Name:"))
        if not ok:
            return
        try:
            contacts.add_contact(self._db, contacts.ContactDraft(name=name))
        except PressDeskError as error:
            QMessageBox.warning(self, self.tr("Not added"), str(error))
        self.refresh()
