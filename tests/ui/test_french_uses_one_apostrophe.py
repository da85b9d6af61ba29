"""French uses one apostrophe, the typographic ’, in every string of the app: "ce n'est pas un
numéro de téléphone" stood beside "rien n’est perdu" in the same contact-import preview, and
about twenty more (the undo refusal "Impossible d'annuler", "%n fichiers n'ont pas pu être
lus", the empty directory's "pour l'instant", …) were left after the dialogs were fixed."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication

from desktop.ui.i18n import Translations
from desktop.ui.i18n_build import ts_path

pytestmark = pytest.mark.gui


def _straight(root: ET.Element) -> list[str]:
    found = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("obsolete", "vanished"):
                continue
            texts = [translation.text or ""]
            texts += [form.text or "" for form in translation.iter("numerusform")]
            found += [f"{context.findtext('name')}: {text}" for text in texts if "'" in text]
    return found


def test_no_french_string_has_a_straight_apostrophe() -> None:
    root = ET.parse(ts_path("fr")).getroot()
    assert len(list(root.iter("message"))) > 500  # the whole catalogue, every context
    assert _straight(root) == []


@pytest.mark.parametrize(("context", "source", "french"), [
    ("Refusal", "this is not a phone number", "ce n’est pas un numéro de téléphone"),
    ("MainWindow", "Cannot undo", "Impossible d’annuler"),
    ("ReleasesView", "(not in the directory)", "(absent de l’annuaire)")])
def test_the_app_says_it_with_the_typographic_apostrophe(
        translations: Translations, context: str, source: str, french: str) -> None:
    translations.apply("fr")
    assert QCoreApplication.translate(context, source) == french
