"""The media desk's filters fit an 800×600 screen with a custom period shown, in every
language: the window never grows past the screen when the desk is open (issue 11, point 3)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

pytestmark = pytest.mark.gui
FREE_WIDTH = 800


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_the_desk_with_a_custom_period_fits_beside_the_sidebar(qtbot: QtBot, window: Any,
                                                               language: str) -> None:
    from desktop.ui.main_window import INQUIRIES

    window.translations.apply(language)
    window.resize(FREE_WIDTH, 560)
    window.show_view(INQUIRIES)
    desk = window.stack.currentWidget()
    for combo in desk.findChildren(QComboBox):
        combo.addItem("Organisation internationale pour les migrations — Tadjikistan")
    period = desk.period_filter
    period.setCurrentIndex(period.findData("custom"))
    qtbot.waitUntil(lambda: desk.since_edit.isVisible() and desk.until_edit.isVisible())
    qtbot.wait(50)  # the layouts settle
    assert window.minimumSizeHint().width() <= FREE_WIDTH
    assert window.width() <= FREE_WIDTH
