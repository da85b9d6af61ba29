"""Settings' default country for numbers offers "None" by name: its first choice, the one a new
install starts on, stood blank, as if the list had not loaded (session 7 sweep, French)."""

from __future__ import annotations

from typing import Any

import pytest

from desktop.ui.i18n import Translations

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(("language", "none"), [
    ("en", "None (numbers need their +code)"),
    ("fr", "Aucun (les numéros doivent avoir leur +indicatif)"),
    ("es", "Ninguno (los números necesitan su prefijo +)")])
def test_no_default_country_is_said_not_left_blank(
        window: Any, translations: Translations, language: str, none: str) -> None:
    translations.apply(language)
    dialog = window.open_settings()
    combo = dialog.country_combo
    assert combo.currentIndex() == 0 and combo.currentData() == ""
    assert combo.currentText() == none
    dialog.reject()
