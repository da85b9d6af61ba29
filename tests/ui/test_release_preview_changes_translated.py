"""What a release changes in a known contact is said in the app's language in the release
import preview ("cargo: 'Oficial de Comunicación'", "teléfono +57… añadido"), as the
contact-file preview already said it: the Spanish preview showed the service's English
("title set to 'Oficial de Comunicación'")."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QTreeWidgetItemIterator
from pytestqt.qtbot import QtBot

from desktop.services import contacts, releases
from desktop.services.database import Database
from desktop.ui.dialogs.import_dialog import ImportPreviewDialog
from desktop.ui.i18n import Translations

pytestmark = pytest.mark.gui

RELEASE = ("La OIM abre un nuevo centro de acogida en Cúcuta\n\nCÚCUTA, 28 de noviembre de "
           "2026 – La Organización Internacional para las Migraciones (OIM) abrió hoy un nuevo "
           "centro de acogida para personas migrantes en Cúcuta.\n\nEl centro ofrece "
           "alojamiento temporal y orientación legal.\n\nPara más información, contacte a:\n"
           "Valentina Rojas, Oficial de Comunicación, OIM Colombia, Tel: +57 310 555 0147, "
           "Email: vrojas.sample@iom.int\n")
SAID = {"es": ("cargo: 'Oficial de Comunicación'", "title set to"),
        "fr": ("fonction", "title set to")}


@pytest.mark.parametrize("language", ["es", "fr"])
def test_the_release_preview_says_a_contacts_changes_in_the_app_language(
        qtbot: QtBot, sqlite_db: Database, translations: Translations, tmp_path: Path,
        language: str) -> None:
    contacts.add_contact(sqlite_db, contacts.ContactDraft(
        name="Valentina Rojas", office="OIM Colombia", country="CO",
        emails=("vrojas.sample@iom.int",)))
    file = tmp_path / "comunicado.txt"
    file.write_text(RELEASE, encoding="utf-8")
    report = releases.import_releases(sqlite_db, [file], dry_run=True)
    translations.apply(language)
    dialog = ImportPreviewDialog(report)
    qtbot.addWidget(dialog)
    texts = []
    items = QTreeWidgetItemIterator(dialog.tree)
    while items.value():
        texts.append(items.value().text(2))
        items += 1
    said, english = SAID[language]
    assert any(text.startswith(said) and text.endswith("'Oficial de Comunicación'")
               for text in texts), texts
    assert not any(english in text for text in texts), texts
