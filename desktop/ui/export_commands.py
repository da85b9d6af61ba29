"""Opening the Export dialog from the window: what is on screen decides where it starts.

From the Offices view with an office chosen, the export starts as that office's sheet; from
Contacts, as the current search (and the selected contact is offered as a scope).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.ui.dialogs.export_dialog import ExportContext, ExportDialog
from desktop.ui.i18n import ui_language

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


def export_context(window: MainWindow) -> ExportContext:
    """The search, the selection and (on the Offices view) the office the window shows."""
    from desktop.ui.main_window import OFFICES

    contacts = window.contacts
    query = contacts.model.query.strip()
    rows = contacts.table.selectionModel().selectedRows()
    selected = tuple(record.id for record in (contacts.model.contact(i.row()) for i in rows)
                     if record is not None)
    office_id, office_name = None, ""
    if window.stack.currentIndex() == OFFICES and window.offices is not None:
        office = window.offices.current_office()
        if office is not None:
            office_id, office_name = office.id, office.name
    return ExportContext(query, selected, office_id, office_name, ui_language())


def open_export(window: MainWindow) -> ExportDialog | None:
    """Show the Export dialog (non-modal to the app's data: the window keeps working)."""
    if window.db is None:
        return None
    dialog = ExportDialog(window.db, window.tasks, export_context(window), window)
    dialog.exported.connect(lambda result: window.statusBar().showMessage(
        dialog.status.text(), 8000))
    dialog.finished.connect(lambda _result: dialog.deleteLater())
    dialog.open()
    return dialog
