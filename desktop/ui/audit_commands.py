"""The audit view's place in the main window: View → History of Changes (Ctrl+H), Edit →
Contact History (Ctrl+Shift+H) and the card's "History…", and a restore handed to Undo.

Kept out of ``main_window`` (which only creates this) so the window stays about navigation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence

from desktop.ui import override

if TYPE_CHECKING:
    from desktop.domain.records import ContactRecord
    from desktop.ui.main_window import MainWindow


class AuditCommands(QObject):
    """Opens the audit dialog for the directory or for the contact on the card."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._card: Any = None
        self.dialog: Any = None
        self.directory_action = QAction(window)
        self.directory_action.setObjectName("action_history")
        self.directory_action.setShortcut(QKeySequence("Ctrl+H"))
        self.directory_action.triggered.connect(lambda: self.open())
        self.contact_action = QAction(window)
        self.contact_action.setObjectName("action_contact_history")
        self.contact_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.contact_action.triggered.connect(lambda: self.open_for_current())
        for action in (self.directory_action, self.contact_action):
            window.addAction(action)
        menus = window.actions_.menus
        if "view" in menus:
            menus["view"].insertAction(window.actions_["refresh"], self.directory_action)
        if "edit" in menus:
            menus["edit"].insertAction(window.actions_["find"], self.contact_action)
        window.contacts.contactChanged.connect(self._contact_changed)
        window.installEventFilter(self)  # the language changes with the window's
        self.retranslate_ui()
        self._contact_changed(None)

    def _contact_changed(self, record: ContactRecord | None) -> None:
        self.contact_action.setEnabled(record is not None)
        if record is None:
            return
        card = self._window.contacts.card  # built by now: it shows ``record``
        if card is not self._card:
            self._card = card
            signal = getattr(card, "historyRequested", None)
            if signal is not None:  # the card's "History…" button
                signal.connect(self.open_for_current)

    def open_for_current(self) -> Any:
        record = self._window.contacts.current_contact()
        return self.open(record) if record is not None else None

    def open(self, contact: ContactRecord | None = None) -> Any:
        """The audit dialog, for the directory or for ``contact``; one at a time."""
        from desktop.ui import read_only
        from desktop.ui.dialogs.audit_dialog import AuditDialog

        window = self._window
        if window.db is None:
            return None
        if self.dialog is not None:
            self.dialog.close()
        reason = (read_only.banner_text(window.db.read_only_reason)
                  if read_only.is_read_only(window) else None)
        dialog = AuditDialog(window.db, window.tasks, contact, window, read_only_reason=reason)
        dialog.restored.connect(self._restored)
        dialog.finished.connect(lambda _r: self._closed(dialog))
        dialog.show()
        self.dialog = dialog
        return dialog

    def _closed(self, dialog: Any) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _restored(self, before: ContactRecord, after: ContactRecord) -> None:
        """The window's Undo takes a restore back like an edit (refused if changed since)."""
        from desktop.ui.undo import EditContactCommand

        window = self._window
        window.undo_stack.push(EditContactCommand(
            before, after, self.tr("Restore {name}").format(name=after.name)))
        window.statusBar().showMessage(
            self.tr("Restored {name} — Ctrl+Z takes it back").format(name=after.name), 8000)
        window.contacts.select_contact(after.id, after)
        window.refresh()

    def retranslate_ui(self) -> None:
        for action, text in ((self.directory_action, self.tr("&History of Changes…")),
                             (self.contact_action, self.tr("Contact &History…"))):
            action.setText(text)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({keys})")

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return super().eventFilter(watched, event)
