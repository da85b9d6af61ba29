"""Release dates are written as the app's language writes them ("29 nov. 2026", "29 nov 2026",
"Nov 29, 2026"), not as ISO (2026-11-29) in every language: in the release list, on the
contact card's releases and in the release import preview. The list still sorts by the date
itself, newest first."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QTreeWidgetItemIterator
from pytestqt.qtbot import QtBot

from desktop.services import contacts, releases
from desktop.services.database import Database
from desktop.ui.dialogs.import_dialog import ImportPreviewDialog
from desktop.ui.i18n import Translations
from desktop.ui.models.releases_model import DATE, SORT_ROLE, ReleasesModel
from desktop.ui.tasks import InlineTaskRunner
from desktop.ui.widgets.contact_card import ContactCard

pytestmark = pytest.mark.gui

CONTACT = ("For more information, please contact:\nLena Marchetti, Press Officer, Harbour "
           "Authority, +41 22 555 01 23, lena.marchetti@harbour.example.org\n")
MAY = ("Harbour Authority Opens New Ferry Terminal\n\nGENEVA, 3 May 2026 – The harbour "
       "authority opened a new ferry terminal today, doubling the daily crossings.\n\n"
       "The terminal serves twelve thousand passengers a day.\n\n" + CONTACT)
NOVEMBER = ("Harbour Authority Publishes Winter Timetable\n\nGENEVA, 29 November 2026 – The "
            "harbour authority published its winter timetable today.\n\n"
            "The timetable runs until March.\n\n" + CONTACT)
WRITTEN = {"en": ("Nov 29, 2026", "May 3, 2026"), "fr": ("29 nov. 2026", "3 mai 2026"),
           "es": ("29 nov 2026", "3 may 2026")}


def _files(folder: Path) -> list[Path]:
    (folder / "may.txt").write_text(MAY, encoding="utf-8")
    (folder / "november.txt").write_text(NOVEMBER, encoding="utf-8")
    return [folder / "may.txt", folder / "november.txt"]


@pytest.mark.parametrize("language", ["fr", "es", "en"])
def test_the_release_list_writes_dates_in_the_app_language_and_sorts_by_date(
        sqlite_db: Database, translations: Translations, tmp_path: Path, language: str) -> None:
    assert not releases.import_releases(sqlite_db, _files(tmp_path)).errors
    translations.apply(language)
    model = ReleasesModel(sqlite_db, InlineTaskRunner())
    model.refresh()
    shown = [model.data(model.index(row, DATE)) for row in range(model.rowCount())]
    assert shown == list(WRITTEN[language])  # newest first, as before
    assert model.data(model.index(0, DATE), SORT_ROLE) == "2026-11-29"


@pytest.mark.parametrize("language", ["fr", "es"])
def test_the_card_writes_its_releases_dates_in_the_app_language(
        qtbot: QtBot, sqlite_db: Database, translations: Translations, tmp_path: Path,
        language: str) -> None:
    assert not releases.import_releases(sqlite_db, _files(tmp_path)).errors
    translations.apply(language)
    person = contacts.list_contacts(sqlite_db)[0]
    card = ContactCard()
    qtbot.addWidget(card)
    card.show_contact(contacts.get_contact(sqlite_db, person.id))
    lines = {label.objectName(): label.text() for label in card.findChildren(QLabel)}
    newest, oldest = WRITTEN[language]
    assert lines["cardRelease0"].split("</a> — ")[1].startswith(newest)
    assert lines["cardRelease1"].split("</a> — ")[1].startswith(oldest)
    assert "2026-" not in card.card_text() + lines["cardRelease0"]


def test_the_import_preview_writes_the_release_date_in_the_app_language(
        qtbot: QtBot, sqlite_db: Database, translations: Translations, tmp_path: Path) -> None:
    report = releases.import_releases(sqlite_db, _files(tmp_path)[1:], dry_run=True)
    translations.apply("fr")
    dialog = ImportPreviewDialog(report)
    qtbot.addWidget(dialog)
    texts = []
    items = QTreeWidgetItemIterator(dialog.tree)
    while items.value():
        texts.append(items.value().text(2))
        items += 1
    assert any("29 nov. 2026" in text for text in texts), texts
    assert not any("2026-11-29" in text for text in texts)


@pytest.mark.parametrize(("language", "said"), [
    ("fr", "Langue : anglais"), ("es", "Idioma: inglés"), ("en", "Language: English")])
def test_the_reader_names_the_release_language(
        qtbot: QtBot, sqlite_db: Database, translations: Translations, tmp_path: Path,
        language: str, said: str) -> None:
    """The reader said "Langue : EN", and shouted "INCONNU" for a language not found."""
    from desktop.ui.views.releases_view import ReleasesView

    assert not releases.import_releases(sqlite_db, _files(tmp_path)).errors
    translations.apply(language)
    view = ReleasesView(sqlite_db, InlineTaskRunner())
    qtbot.addWidget(view)
    view.refresh()
    view.table.selectRow(0)
    qtbot.waitUntil(lambda: said in view.reader.toPlainText())
