"""Screenshots of team mode (``--screenshot … --view history|conflict``): the audit view and
the conflict dialog, on the demo data with a few changes by two other officers.

The changes are made through the services as "amina.k" and "bruno.m" (another Database on the
same engine, as another officer's app would), in the throwaway demo database.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop.services import contacts
from desktop.services.database import Database
from desktop.ui.main_window import MainWindow

Settle = Callable[..., bool]


def _officers(window: MainWindow) -> tuple[Database, Database]:
    assert window.db is not None
    return Database(window.db.engine, "amina.k"), Database(window.db.engine, "bruno.m")


def _someone(window: MainWindow) -> Any:
    listed = contacts.list_contacts(window.db, limit=3) if window.db is not None else []
    return listed[min(1, len(listed) - 1)] if listed else None


def show_team(window: MainWindow, view: str, settle: Settle) -> Any:
    """Open the history (``history``) or a conflict (``conflict``); the dialog to draw."""
    person = _someone(window)
    if person is None:
        return None
    amina, bruno = _officers(window)
    if view == "history":
        record = contacts.update_contact(amina, person.id, contacts.ContactChanges(
            title="Head of communications", tags=("migration", "health")))
        contacts.update_contact(bruno, person.id, contacts.ContactChanges(
            notes="Prefers WhatsApp before 10:00 local time"), if_version=record.version)
        window.refresh()
        settle(window)
        window.contacts.select_contact(person.id)
        settle(window)
        dialog = window.audit.open()
        settle(window)
        dialog.table.selectRow(0)
        settle(window)
        return dialog
    window.contacts.select_contact(person.id)
    settle(window)
    form = window.edit_contact()
    settle(window)
    if form is None:
        return None
    form.title_edit.setText("Regional spokesperson")
    contacts.update_contact(bruno, person.id, contacts.ContactChanges(
        title="Media officer (acting head)", notes="Back from leave on 12 May"))
    form.save(allow_duplicate=False)
    settle(window, lambda: form.conflict_dialog is not None)
    conflict = form.conflict_dialog
    if conflict is None:
        return form
    conflict.compare()
    settle(window)
    return conflict
