"""Counts in words: Qt's ``%n`` plural forms for French and Spanish, and English's singular.

The app ships no English catalogue (the sources are English), so ``tr("%n contacts", "", 1)``
would read "1 contacts"; ``counted`` gives the English singular in that one case.
"""

from __future__ import annotations

from desktop.ui.i18n import ui_language


def counted(translated: str, n: int, english_one: str) -> str:
    """``translated`` (already through ``tr(…, "", n)``), or ``english_one`` for 1 in English."""
    return english_one if n == 1 and ui_language() == "en" else translated
