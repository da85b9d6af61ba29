"""A database that cannot be opened at start-up offers Settings or this computer's database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.ui.open_failed import LOCAL, QUIT, SETTINGS, OpenFailedDialog

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(("button", "choice"), [
    ("settings_button", SETTINGS), ("local_button", LOCAL), ("quit_button", QUIT)])
def test_each_way_on_is_one_click(qtbot: QtBot, button: str, choice: str) -> None:
    chosen: list[str] = []
    box = OpenFailedDialog("password authentication failed for user \"press\"", chosen.append)
    qtbot.addWidget(box)
    box.open()
    assert "password authentication failed" in box.informativeText()
    assert box.settings_button.text() == "Open Settings…"
    assert box.local_button.text() == "Use this computer's database"
    qtbot.mouseClick(getattr(box, button), Qt.MouseButton.LeftButton)
    assert chosen == [choice] and not box.isVisible()


def test_escape_quits_once(qtbot: QtBot) -> None:
    chosen: list[str] = []
    box = OpenFailedDialog("server down", chosen.append)
    qtbot.addWidget(box)
    box.open()
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert chosen == [QUIT]
