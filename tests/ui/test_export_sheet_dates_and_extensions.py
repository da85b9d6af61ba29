"""A PDF sheet from the French or Spanish app prints its dates the language's way (CLDR's long
date, through Babel) and an extension the way offices there write it ("poste 12" in French,
"ext. 12" in Spanish); the English sheet keeps ISO dates and "ext.". Read back with pypdf."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from desktop.services.database import Database
from desktop.services.exports import ExportOptions, ExportScope, export_contacts
from desktop.ui.dialogs.export_dialog import ExportContext, ExportDialog
from desktop.ui.i18n import Translations
from desktop.ui.tasks import InlineTaskRunner
from tests.exchange.directory_seed import seed

pytestmark = pytest.mark.gui

PRINTED = datetime(2026, 3, 5, 9, 7, tzinfo=UTC)


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _sheet(qtbot: QtBot, db: Database, target: Path, query: str) -> str:
    """The dialog's own sheet (its labels and language), printed at a known moment."""
    dialog = ExportDialog(db, InlineTaskRunner(), ExportContext(query=query))
    qtbot.addWidget(dialog)
    dialog.set_format("pdf")
    export_contacts(db, target, "pdf", dialog.scope(), replace(dialog.options(), now=PRINTED))
    return " ".join(_text(target).split())


def test_a_french_sheet_says_poste_and_dates_in_french(
        qtbot: QtBot, sqlite_db: Database, translations: Translations, tmp_path: Path) -> None:
    seed(sqlite_db)
    translations.apply("fr")
    text = _sheet(qtbot, sqlite_db, tmp_path / "fr.pdf", "Shafiev")
    assert "Imprimé le 5 mars 2026, 09:07 UTC" in text
    assert "Imprimé le 5 mars 2026 Page 1 sur 1" in text  # the footer
    assert "+992 48 701 0222 poste 12" in text
    assert "ext." not in text and "2026-03-05" not in text
    text = _sheet(qtbot, sqlite_db, tmp_path / "liban.pdf", "lkhatib")
    assert "+961 1 752 222 poste 305" in text


def test_a_spanish_sheet_dates_in_spanish_and_keeps_ext(
        qtbot: QtBot, sqlite_db: Database, translations: Translations, tmp_path: Path) -> None:
    seed(sqlite_db)
    translations.apply("es")
    text = _sheet(qtbot, sqlite_db, tmp_path / "es.pdf", "Shafiev")
    assert "Impreso el 5 de marzo de 2026, 9:07 UTC" in text
    assert "Impreso el 5 de marzo de 2026 Página 1 de 1" in text
    assert "+992 48 701 0222 ext. 12" in text
    assert "2026-03-05" not in text


def test_the_english_sheet_keeps_iso_dates_and_ext(sqlite_db: Database, tmp_path: Path) -> None:
    seed(sqlite_db)
    target = tmp_path / "en.pdf"
    export_contacts(sqlite_db, target, "pdf", ExportScope(query="Shafiev"),
                    ExportOptions(now=PRINTED))
    text = " ".join(_text(target).split())
    assert "Printed 2026-03-05 09:07 UTC" in text and "Printed 2026-03-05 Page 1 of 1" in text
    assert "+992 48 701 0222 ext. 12" in text
