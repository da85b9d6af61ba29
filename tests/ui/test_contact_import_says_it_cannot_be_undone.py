"""A contact-file import is not on the undo stack (Ctrl+Z undoes edits and archiving, one
contact at a time), so its preview says so before anything is written, in the app's
language; a preview with nothing to write says nothing about it."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.services.contact_import import CardOutcome, ContactImportResult
from desktop.ui.dialogs.contact_import_dialog import ContactImportDialog
from desktop.ui.i18n import Translations

pytestmark = pytest.mark.gui

SAID = {"en": "An import cannot be undone (Ctrl+Z does not reach it)",
        "fr": "Une importation ne peut pas être annulée (Ctrl+Z ne l’atteint pas)",
        "es": "Una importación no se puede deshacer (Ctrl+Z no la alcanza)"}


def _result(action: str) -> ContactImportResult:
    return ContactImportResult("officers.vcf", "vcf", True, (
        CardOutcome("card 1", "Zahra Haidari", action, None, contact_id=0),))


@pytest.mark.parametrize("language", ["en", "fr", "es"])
@pytest.mark.parametrize("action", ["create", "update"])
def test_the_preview_says_an_import_cannot_be_undone(
        qtbot: QtBot, translations: Translations, language: str, action: str) -> None:
    translations.apply(language)
    dialog = ContactImportDialog(_result(action), [])
    qtbot.addWidget(dialog)
    assert SAID[language] in dialog.summary.text(), dialog.summary.text()


def test_a_preview_with_nothing_to_write_says_nothing_of_undo(
        qtbot: QtBot, translations: Translations) -> None:
    translations.apply("en")
    dialog = ContactImportDialog(_result("unchanged"), [])
    qtbot.addWidget(dialog)
    assert "undone" not in dialog.summary.text()
