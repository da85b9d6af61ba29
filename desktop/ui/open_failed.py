"""The database could not be opened at start-up: say why, and offer a way on instead of quitting.

A wrong team-server password or a server that is down must not lock the user out: Settings
can correct the connection (tried again when they are saved), or this computer's database
can be used for this session.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

SETTINGS, LOCAL, QUIT = "settings", "local", "quit"


class OpenFailedDialog(QMessageBox):
    """Non-blocking; calls ``chosen`` with SETTINGS, LOCAL or QUIT (also Esc and closing)."""

    def __init__(self, reason: str, chosen: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openFailedDialog")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Press Desk"))
        self.setText(self.tr("The database could not be opened."))
        self.setInformativeText(reason + "\n\n" + self.tr(
            "Correct the connection in Settings, or work with the database on this computer "
            "for now."))
        self.settings_button = self.addButton(self.tr("Open Settings…"),
                                              QMessageBox.ButtonRole.ActionRole)
        self.settings_button.setObjectName("openSettingsButton")
        self.local_button = self.addButton(self.tr("Use this computer's database"),
                                           QMessageBox.ButtonRole.AcceptRole)
        self.local_button.setObjectName("useLocalDatabaseButton")
        self.quit_button = self.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        self.quit_button.setObjectName("quitButton")
        self.setDefaultButton(self.settings_button)
        self.setEscapeButton(self.quit_button)
        self._chosen = chosen
        self._answered = False
        self.buttonClicked.connect(self._clicked)
        self.finished.connect(lambda _result: self._answer(QUIT))

    def _clicked(self, button: QAbstractButton) -> None:
        if button is self.settings_button:
            self._answer(SETTINGS)
        elif button is self.local_button:
            self._answer(LOCAL)
        else:
            self._answer(QUIT)

    def _answer(self, choice: str) -> None:
        if not self._answered:
            self._answered = True
            self._chosen(choice)
