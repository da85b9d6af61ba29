"""The contact sheet's words, for a face that says them in its own language (the app).

``exports.export_contacts`` writes the sheet; the app hands it ``SheetLabels`` translated, in
``ExportOptions.labels``. The app takes the type from here, so the ui reaches the sheet's
format only through a service (layers: ui -> services -> formats).
"""

from __future__ import annotations

from desktop.formats.sheet_words import EXTENSION_WORDS, SheetLabels

__all__ = ["EXTENSION_WORDS", "SheetLabels"]
