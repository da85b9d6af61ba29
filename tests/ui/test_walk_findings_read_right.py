"""What the keyboard walk of 30 November found in the French and Spanish app: a closed
inquiry read "Close" in French (an English-looking word beside "répondue ou clôturée"), an
updated inquiry's status line read "Enregistré" (an inquiry is feminine, and the same word as a
new one's), and the release import preview's Import button had no Alt letter while the
contact-file preview's had one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from desktop.services import releases
from desktop.ui.dialogs.import_dialog import ImportPreviewDialog
from desktop.ui.i18n import Translations
from desktop.ui.inquiry_texts import status_text

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(("language", "closed"), [("fr", "Clôturée"), ("es", "Cerrada"),
                                                  ("en", "Closed")])
def test_a_closed_inquiry_reads_closed(translations: Translations, language: str,
                                       closed: str) -> None:
    translations.apply(language)
    assert status_text("closed") == closed


@pytest.mark.parametrize(("language", "saved", "logged"), [
    ("fr", "Demande mise à jour : Almaty", "Enregistrée : Almaty"),
    ("es", "Consulta actualizada: Almaty", "Registrada: Almaty")])
def test_an_updated_inquiry_is_said_updated(translations: Translations, language: str,
                                            saved: str, logged: str) -> None:
    translations.apply(language)
    tr = QCoreApplication.translate
    assert tr("InquiryCommands", "Saved: {topic}").format(topic="Almaty") == saved
    assert tr("InquiryCommands", "Logged: {topic}").format(topic="Almaty") == logged


@pytest.mark.parametrize(("language", "text"), [("en", "&Import"), ("fr", "&Importer"),
                                                ("es", "&Importar")])
def test_the_release_preview_imports_on_alt_i(qtbot: QtBot, translations: Translations,
                                              language: str, text: str) -> None:
    translations.apply(language)
    dialog = ImportPreviewDialog(releases.ImportReport((), (), dry_run=True))
    qtbot.addWidget(dialog)
    assert dialog.import_button.text() == text
    assert dialog.import_button.shortcut() == QKeySequence("Alt+I")
