"""The Export dialog's second scope field says what its list holds ("Quelle région :", not a
masculine "Lequel :" beside a region), keeps one mnemonic for the three lists, and that
mnemonic reaches the list shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.services.database import Database
from desktop.ui.dialogs.export_dialog import ExportDialog
from desktop.ui.i18n import Translations
from desktop.ui.tasks import InlineTaskRunner

pytestmark = pytest.mark.gui

LABELS = {
    "fr": {"office": "&Quel bureau :", "country": "&Quel pays :",
           "region": "&Quelle région :"},
    "es": {"office": "&Qué oficina:", "country": "&Qué país:", "region": "&Qué región:"},
    "en": {"office": "&Which office:", "country": "&Which country:",
           "region": "&Which region:"},
}


@pytest.mark.parametrize("language", ["fr", "es", "en"])
def test_the_scope_list_is_named_and_reached_by_its_mnemonic(
        qtbot: QtBot, sqlite_db: Database, translations: Translations, language: str) -> None:
    translations.apply(language)
    dialog = ExportDialog(sqlite_db, InlineTaskRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    lists = {"office": dialog.office_choice, "country": dialog.country_choice,
             "region": dialog.region_choice}
    for scope, expected in LABELS[language].items():
        dialog.set_scope(scope)
        assert dialog.detail_label.text() == expected
        assert dialog.detail_label.buddy() is lists[scope]
        dialog.scope_choice.setFocus()
        qtbot.waitUntil(dialog.scope_choice.hasFocus)
        key = expected[expected.index("&") + 1]
        qtbot.keyClick(dialog, key.lower(), Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lists[scope].hasFocus)
    translations.apply("fr" if language != "fr" else "es")  # switched while open: still right
    dialog.set_scope("region")
    assert dialog.detail_label.text() == LABELS["fr" if language != "fr" else "es"]["region"]
