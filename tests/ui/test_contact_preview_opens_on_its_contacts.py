"""The contact-file preview opens with the keyboard on its list of contacts, not on the
"Numbers without +code are in:" list (where ↓ changed the country and previewed again, and
Ctrl+Tab could not reach the problems): ↓ walks the cards, Ctrl+Tab shows the problems."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.test_contact_import_in_the_app import CARDS, drop, preview

pytestmark = pytest.mark.gui


def test_the_preview_starts_on_its_contacts_and_ctrl_tab_reaches_the_problems(
        qtbot: QtBot, window: Any, tmp_path: Path) -> None:
    file = tmp_path / "officers.vcf"
    file.write_text(CARDS, encoding="utf-8")
    window.contacts.search_field.setText("almaty")  # a search still in the field
    drop(window, file)
    dialog = preview(window)
    assert dialog.focusWidget() is dialog.cards
    region = dialog.region_choice.currentIndex()
    qtbot.keyClick(dialog.cards, Qt.Key.Key_Down)
    assert dialog.region_choice.currentIndex() == region  # the country did not move
    qtbot.keyClick(dialog.cards, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert dialog.tabs.currentWidget() is dialog.problems
    dialog.reject()
