"""Settings' Database tab keeps the General tab's margins: its box's title ("Base de datos",
"Database") sat on the tab's frame, its first letter touching the frame's edge, in every
language at 800×600."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot

from desktop.ui.dialogs.settings_dialog import SettingsDialog
from desktop.ui.i18n import Translations
from desktop.ui.tasks import InlineTaskRunner

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_the_database_box_sits_inside_the_tab_like_the_general_fields(
        qtbot: QtBot, isolated_home: Path, translations: Translations, language: str) -> None:
    translations.apply(language)
    dialog = SettingsDialog(InlineTaskRunner(), [])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    general = dialog.tabs.widget(0)
    first_label = dialog.general_form.itemAt(0).widget()
    assert first_label is not None
    general_left = first_label.mapTo(general, QPoint(0, 0))
    dialog.tabs.setCurrentIndex(1)
    qtbot.waitUntil(dialog.db_box.isVisible)
    database = dialog.tabs.widget(1)
    box_corner = dialog.db_box.mapTo(database, QPoint(0, 0))
    assert box_corner.x() >= general_left.x() > 0, (box_corner, general_left)
    assert box_corner.y() >= general_left.y() > 0, (box_corner, general_left)
