"""An import's counts written as the app's language writes numbers: "3 000" in French (a
narrow no-break space, as the status bar writes the directory's count), "3000" in Spanish
(grouped from five digits), "3,000" in English: in the preview, its tab and the result box."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.services.contact_import import CardOutcome, ContactImportResult
from desktop.ui.contact_importing import ContactImportController
from desktop.ui.dialogs.contact_import_dialog import ContactImportDialog
from desktop.ui.i18n import Translations
from desktop.ui.tasks import InlineTaskRunner

pytestmark = pytest.mark.gui

NNBSP = "\u202f"


def many() -> ContactImportResult:
    outcomes = tuple(CardOutcome(f"card {n}", f"Person {n}", "create", None, contact_id=0)
                     for n in range(3000))
    return ContactImportResult("many.vcf", "vcf", True, outcomes)


@pytest.mark.parametrize(("language", "created", "tab"), [
    ("fr", f"3{NNBSP}000", f"3{NNBSP}000 fiches"),
    ("es", "3000", "3000 fichas"),
    ("en", "3,000", "3,000 cards"),
])
def test_the_preview_groups_its_counts(qtbot: QtBot, translations: Translations,
                                       language: str, created: str, tab: str) -> None:
    translations.apply(language)
    dialog = ContactImportDialog(many(), [])
    qtbot.addWidget(dialog)
    summary = dialog.summary_text()
    assert created in summary
    assert summary.count("3") == 1, summary  # the count once, written one way
    assert dialog.tabs.tabText(0) == tab


def test_the_result_box_groups_its_counts(qtbot: QtBot, translations: Translations) -> None:
    translations.apply("fr")
    parent = QWidget()
    qtbot.addWidget(parent)
    controller = ContactImportController(None, InlineTaskRunner(), parent)  # type: ignore[arg-type]
    text = controller.summary_text(many(), "many.vcf")
    assert f"3{NNBSP}000 créés" in text
