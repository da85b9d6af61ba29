"""French in the import and export dialogs uses one apostrophe, the typographic ’ most of the
catalogue uses: "ce n'est pas un numéro de téléphone" stood beside "rien n’est perdu" in the
same contact-import preview."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from desktop.ui.i18n import Translations
from desktop.ui.i18n_build import ts_path

pytestmark = pytest.mark.gui

DIALOGS = ("ColumnMappingDialog", "ContactImportController", "ContactImportDialog",
           "ExportDialog", "SheetPreview", "SheetWords", "Refusal", "ImportCommands",
           "ImportController", "ImportPreviewDialog")
"""The contexts of the contact and release import dialogs, the export dialog and its sheet,
and the refusals the import preview lists."""


def _straight(context: ET.Element) -> list[str]:
    found = []
    for message in context.iter("message"):
        translation = message.find("translation")
        if translation is None:
            continue
        if context.findtext("name") == "ImportController" and message.get("numerus") == "yes":
            continue  # "%n fichiers n'ont pas pu être lus": tests/ui/test_translation_slips.py
        texts = [translation.text or ""] + [f.text or "" for f in translation.iter("numerusform")]
        found += [text for text in texts if "'" in text]
    return found


def test_the_dialogs_french_has_no_straight_apostrophe() -> None:
    root = ET.parse(ts_path("fr")).getroot()
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    assert set(DIALOGS) <= set(contexts)
    straight = {name: _straight(contexts[name]) for name in DIALOGS if _straight(contexts[name])}
    assert straight == {}


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    chosen = Translations()
    chosen.apply("fr")
    yield
    chosen.apply("en")


def test_a_refused_number_is_said_with_the_typographic_apostrophe(french: None) -> None:
    said = QCoreApplication.translate("Refusal", "this is not a phone number")
    assert said == "ce n’est pas un numéro de téléphone"
