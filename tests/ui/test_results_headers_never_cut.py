"""A results column that stepped aside for want of room and comes back has room for its
header: a column emptied of values (no one found has a title) came back 20 px wide, its
header cut to "arg" ("Cargo") at 800×600 in Spanish, because a hidden section's size hint
is 0."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.services import contacts
from desktop.services.database import Database
from desktop.ui.i18n import Translations
from desktop.ui.tasks import InlineTaskRunner
from desktop.ui.views.contacts_view import ContactsView

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("language", ["es", "fr", "en"])
def test_a_column_back_from_aside_shows_its_whole_header(
        qtbot: QtBot, sqlite_db: Database, translations: Translations, language: str) -> None:
    translations.apply(language)
    contacts.add_contact(sqlite_db, contacts.ContactDraft(
        name="Abdulfattoh Shafiev", office="OIM Tadjikistan", country="TJ",
        phones=("+992 48 701 02 22",)))
    view = ContactsView(InlineTaskRunner())
    qtbot.addWidget(view)
    view.set_database(sqlite_db)
    view.search_field.setText("Shafiev")
    view._search_now()
    view.resize(420, 500)  # too narrow: the title column steps aside
    view.show()
    qtbot.waitExposed(view)
    header = view.table.horizontalHeader()
    hidden_seen = False
    for width in (420, 1000, 380, 740, 800, 1000):
        view.resize(width, 500)
        qtbot.wait(20)
        QApplication.processEvents()
        for column in range(view.model.columnCount()):
            if header.isSectionHidden(column):
                hidden_seen = True
                continue
            text = str(view.model.headerData(column, header.orientation()))
            wanted = header.fontMetrics().horizontalAdvance(text)
            assert header.sectionSize(column) >= wanted, (width, text,
                                                          header.sectionSize(column))
    assert hidden_seen  # the narrow widths did put a column aside
