"""Settings' newsroom feeds are a tab of their own, reached by its Alt key: the dialog is as
tall as its tabs (the feeds under the tabs made it 560 px at 800×600, bounded by the screen,
with the General tab half empty)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.feed_commands import FeedsBox
from desktop.ui.i18n import Translations

pytestmark = pytest.mark.gui

TAB = {"en": "&Feeds", "fr": "&Flux", "es": "Ca&nales"}


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_the_feeds_tab_keeps_settings_short_and_is_reached_by_its_key(
        qtbot: QtBot, window: Any, translations: Translations, language: str) -> None:
    translations.apply(language)
    window.resize(800, 600)
    dialog = window.open_settings()
    qtbot.waitExposed(dialog)
    box = dialog.findChild(FeedsBox)
    assert box is not None
    tabs = dialog.tabs
    assert tabs.indexOf(box) == tabs.count() - 1
    assert tabs.tabText(tabs.indexOf(box)) == TAB[language]
    assert dialog.height() <= 460, dialog.height()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    key = TAB[language][TAB[language].index("&") + 1]
    qtbot.keyClick(QApplication.focusWidget() or dialog, key, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: tabs.currentWidget() is box)
    assert box.address_edit.isVisible()
    labels = [tabs.tabText(i) for i in range(tabs.count())]
    keys = [text[text.index("&") + 1].lower() for text in labels]
    assert len(set(keys)) == len(keys), labels  # one Alt key each
    dialog.reject()
