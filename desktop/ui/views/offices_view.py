"""The offices pane: country offices by region and country, and the people of the one selected.

Lists load off the GUI thread; a selection loads that office's contacts, so a directory of
170 offices with thousands of people never fills one table.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.records import ContactRecord, OfficeRecord
from desktop.services import contacts, offices
from desktop.services.database import Database
from desktop.ui import override
from desktop.ui.dialogs.office_dialog import OfficeDialog
from desktop.ui.i18n import ui_language
from desktop.ui.models.offices_model import (
    CONTACT_ID_ROLE,
    KIND_ROLE,
    OFFICE_ID_ROLE,
    OfficeContactsModel,
    OfficesModel,
)
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets.roomy_rows import RoomyRowsDelegate

CONTACTS_LIMIT = 1000
"""An office with more people than this is a data problem; the list says so rather than hang."""


class OfficesView(QWidget):
    """Offices tree on the left; the selected office's details and contacts on the right."""

    contactActivated = Signal(int)
    officeChanged = Signal(object)
    exportRequested = Signal(int)
    """Export… for the selected office (the window opens the Export dialog on it)."""
    """An office was saved (its new ``OfficeRecord``): other views may show it."""

    def __init__(self, db: Database, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._tasks = tasks
        self._office_id: int | None = None
        self._key = f"offices-{id(self)}"
        self.dialog: OfficeDialog | None = None
        self._loaded = False

        self.model = OfficesModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("officesTree")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setItemDelegate(RoomyRowsDelegate(self.tree))  # "É" is not clipped
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)

        self.details = QLabel()
        self.details.setObjectName("officeDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("editOfficeButton")
        self.edit_button.setEnabled(False)
        self.edit_button.clicked.connect(self.edit_office)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportOfficeButton")
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self._export_office)
        self.contacts_model = OfficeContactsModel(self)
        self.contacts_table = QTableView()
        self.contacts_table.setObjectName("officeContacts")
        self.contacts_table.setModel(self.contacts_model)
        self.contacts_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contacts_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.contacts_table.setWordWrap(False)
        self.contacts_table.verticalHeader().hide()
        self.contacts_table.horizontalHeader().setStretchLastSection(True)
        # activated = double-click, or Enter, or a single click where the platform says so.
        self.contacts_table.activated.connect(self._contact_activated)

        top = QHBoxLayout()
        top.addWidget(self.details, 1)
        top.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(top)
        right_layout.addWidget(self.contacts_table, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tree)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)
        self.retranslate_ui()
        self.refresh()

    # -- public API ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the offices (counts change on import); the selected office stays selected."""
        db = self._db
        self._tasks.run(lambda: offices.list_offices(db), self._offices_loaded,
                        self._failed, key=self._key, owner=self)

    def focus_main(self) -> None:
        """Alt+2 puts the keyboard on the offices (the page itself takes no keys)."""
        self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def select_office(self, office_id: int) -> bool:
        index = self.model.index_of_office(office_id)
        if not index.isValid():
            return False
        self.tree.expand(index.parent().parent())
        self.tree.expand(index.parent())
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def current_office(self) -> OfficeRecord | None:
        summary = self.model.office(self._office_id) if self._office_id is not None else None
        return summary.office if summary else None

    def _export_office(self) -> None:
        if self._office_id is not None:
            self.exportRequested.emit(self._office_id)

    def edit_office(self) -> OfficeDialog | None:
        """Open the edit dialog (window-modal, not blocking) for the selected office."""
        office = self.current_office()
        if office is None:
            return None
        dialog = OfficeDialog(self._db, self._tasks, office, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._office_saved)
        dialog.destroyed.connect(self._dialog_gone)
        self.dialog = dialog
        dialog.open()
        return dialog

    def retranslate_ui(self) -> None:
        self.tree.setAccessibleName(self.tr("Offices by region and country"))
        self.contacts_table.setAccessibleName(self.tr("Contacts of the selected office"))
        self.details.setAccessibleName(self.tr("Office details"))
        self.edit_button.setText(self.tr("Edit office…"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected office"))
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setAccessibleName(self.tr("Export the contacts of the selected office"))
        self.model.retranslate(ui_language())
        self.contacts_model.retranslate()
        self.tree.expandToDepth(0)
        if self._office_id is not None:
            self.select_office(self._office_id)
        self._show_details()

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- loading ---------------------------------------------------------------------------

    def _offices_loaded(self, summaries: list[offices.OfficeSummary]) -> None:
        selected = self._office_id
        self._loaded = True
        self.model.set_offices(summaries, ui_language())
        self.tree.expandToDepth(0)
        if selected is not None and self.select_office(selected):
            self._load_contacts(selected)
        else:
            self._office_id = None
            self.contacts_model.set_contacts([])
            self._show_details()

    def _failed(self, error: BaseException, _details: str) -> None:
        from desktop.ui.refusals import said

        self.details.setText(self.tr("The offices could not be loaded: {0}").format(said(error)))

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        index = next(iter(selected.indexes()), QModelIndex())
        kind = index.siblingAtColumn(0).data(KIND_ROLE) if index.isValid() else None
        office_id = index.siblingAtColumn(0).data(OFFICE_ID_ROLE) if kind == "office" else None
        self._office_id = int(office_id) if office_id is not None else None
        self._show_details()
        if self._office_id is None:
            self.contacts_model.set_contacts([])
        else:
            self._load_contacts(self._office_id)

    def _load_contacts(self, office_id: int) -> None:
        db = self._db
        self._tasks.run(
            lambda: contacts.list_contacts(db, office_id=office_id, limit=CONTACTS_LIMIT),
            lambda records: self._contacts_loaded(office_id, records), self._failed,
            key=f"{self._key}-contacts", owner=self)

    def _contacts_loaded(self, office_id: int, records: list[ContactRecord]) -> None:
        if office_id != self._office_id:
            return  # the selection moved on (another office, a region) while they loaded
        self.contacts_model.set_contacts(records)
        self.contacts_table.resizeColumnsToContents()

    def _show_details(self) -> None:
        office = self.current_office()
        self.edit_button.setEnabled(office is not None)
        self.export_button.setEnabled(office is not None)
        if office is None:
            # A fresh directory said "Select an office" beside an empty list.
            none_yet = self._loaded and self.model.rowCount() == 0
            self.details.setText(
                self.tr("No offices yet: they come with the contacts and releases you import "
                        "(File → Import…, Ctrl+I), or with a contact you add (Ctrl+N).")
                if none_yet else self.tr("Select an office to see its details and people."))
            return
        lines = [office.name]
        for label, value in ((self.tr("City"), office.city),
                             (self.tr("Time zone"), office.time_zone),
                             (self.tr("Switchboard"), office.phone),
                             (self.tr("Email"), office.email)):
            if value:
                lines.append(self.tr("{0}: {1}").format(label, value))
        self.details.setText("\n".join(lines))

    # -- actions ---------------------------------------------------------------------------

    def _contact_activated(self, index: QModelIndex) -> None:
        contact_id = index.siblingAtColumn(0).data(CONTACT_ID_ROLE) if index.isValid() else None
        if contact_id is not None:
            self.contactActivated.emit(int(contact_id))

    def _office_saved(self, record: OfficeRecord) -> None:
        self.officeChanged.emit(record)
        self.refresh()

    def _dialog_gone(self) -> None:
        self.dialog = None
