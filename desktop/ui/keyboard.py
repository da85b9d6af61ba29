"""The window by keyboard: F6 between panes, the card's actions on shortcuts, undo said aloud.

Kept apart from ``main_window`` so the window only wires it: ``KeyboardCommands(window)``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


class KeyboardCommands(QObject):
    """F6 / Shift+F6 cycle navigation → search → results → card; Call, Write and WhatsApp act
    on the contact the card shows; the status bar says what Undo and Redo did."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        a = window.actions_
        a["next_pane"].triggered.connect(lambda: self.cycle(1))
        a["previous_pane"].triggered.connect(lambda: self.cycle(-1))
        a["call_contact"].triggered.connect(lambda: self._card_action("call"))
        a["write_contact"].triggered.connect(lambda: self._card_action("write"))
        a["whatsapp_contact"].triggered.connect(lambda: self._card_action("whatsapp"))
        window.undo_stack.moved.connect(self._moved)

    def panes(self) -> list[QWidget]:
        """The panes F6 visits, in order, for the view on screen."""
        window = self._window
        current = window.stack.currentWidget()
        if current is window.contacts:
            card: QWidget = window.contacts.card
            return [window.navigation, window.contacts.search_field, window.contacts.table, card]
        return [window.navigation] + ([current] if current is not None else [])

    def cycle(self, step: int) -> None:
        panes = self.panes()
        focus = QApplication.focusWidget()
        at = next((n for n, pane in enumerate(panes)
                   if focus is not None and (pane is focus or pane.isAncestorOf(focus))), -1)
        target = panes[(at + step) % len(panes)]
        card = self._window.contacts.card
        if target is card:
            card.focus_first_action()
        else:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _card_action(self, what: str) -> None:
        card: Any = self._window.contacts.card
        if not card.run_first(what):
            self._window.statusBar().showMessage(
                {"call": self.tr("No number to call on this card"),
                 "write": self.tr("No address to write to on this card"),
                 "whatsapp": self.tr("No WhatsApp number on this card")}[what], 5000)

    def _moved(self, undone: bool, text: str) -> None:
        message = (self.tr("Undid: {what}") if undone else self.tr("Redid: {what}")).format(
            what=text)
        self._window.statusBar().showMessage(message, 8000)
