"""A name flagged for review (a number kept as written) is shown whole in the results: its
column was sized for the text alone, so the flag before it cut "Valentina Rojas" to
"Valentina R…" at 800×600 while the title beside it kept its room."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.services import releases
from desktop.services.database import Database
from desktop.ui.models.contacts_model import NAME
from desktop.ui.tasks import InlineTaskRunner
from desktop.ui.views.contacts_view import ContactsView
from tests.ui.test_release_preview_changes_translated import RELEASE

pytestmark = pytest.mark.gui


def test_a_flagged_name_has_room_for_its_flag_and_its_text(
        qtbot: QtBot, sqlite_db: Database, tmp_path: Path) -> None:
    file = tmp_path / "comunicado.txt"  # the number is kept as written: the old prefix
    file.write_text(RELEASE.replace("+57 310 555 0147", "+57 1 639 7777"), encoding="utf-8")
    assert not releases.import_releases(sqlite_db, [file]).errors
    view = ContactsView(InlineTaskRunner())
    qtbot.addWidget(view)
    view.set_database(sqlite_db)
    view.search_field.setText("rojas")
    view._search_now()
    view.resize(740, 400)
    view.show()
    qtbot.waitExposed(view)
    QApplication.processEvents()
    index = view.model.index(0, NAME)
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None  # flagged
    option_width = view.table.horizontalHeader().sectionSize(NAME)
    text = view.table.fontMetrics().horizontalAdvance("Valentina Rojas")
    icon = view.table.style().pixelMetric(view.table.style().PixelMetric.PM_SmallIconSize)
    assert option_width >= text + icon + 12, (option_width, text, icon)
