"""A PDF contact sheet made in the French or Spanish app reads in that language, every word of
it (the command line's stays English: tests/exchange); a folder given as the file is refused
in French."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from desktop.services.database import Database
from desktop.ui.dialogs.export_dialog import ExportContext, ExportDialog
from desktop.ui.i18n import Translations
from desktop.ui.tasks import InlineTaskRunner
from tests.exchange.directory_seed import seed

pytestmark = pytest.mark.gui


@pytest.fixture
def seeded(db: Database) -> Database:
    seed(db)
    return db


def _dialog(qtbot: QtBot, db: Database, query: str = "Shafiev") -> ExportDialog:
    dialog = ExportDialog(db, InlineTaskRunner(), ExportContext(query=query))
    qtbot.addWidget(dialog)
    dialog.set_format("pdf")
    return dialog


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _sheet(dialog: ExportDialog, target: Path) -> str:
    dialog.export_to(target)
    assert dialog.result_ is not None, dialog.status.text()
    return _text(target)


def test_a_sheet_from_the_french_app_is_french(qtbot: QtBot, seeded: Database,
                                               translations: Translations, tmp_path: Path) -> None:
    translations.apply("fr")
    dialog = _dialog(qtbot, seeded)
    text = _sheet(dialog, tmp_path / "un.pdf")
    assert "Contacts presse" in text
    assert "Recherche : Shafiev · 1 contact · Imprimé le" in text
    assert "Asie" in text and "Tadjikistan (TJ)" in text
    assert "Bureau :" in text and "Portable :" in text and "Professionnel :" in text
    assert "Page 1 sur 1" in text
    for english in ("Search:", "contacts ·", "Printed", "Office:", "Mobile:", "Work:",
                    "Page 1 of"):
        assert english not in text
    assert "Asia" not in text.splitlines()  # the region heading ("Asia/Dushanbe" is a zone id)
    dialog.set_scope("all")
    assert "Tous les contacts · 4 contacts · Imprimé le" in _sheet(dialog, tmp_path / "tous.pdf")
    dialog.set_scope("region", "142")
    assert "Région : Asie · 3 contacts" in _sheet(dialog, tmp_path / "asie.pdf")


def test_a_sheet_from_the_spanish_app_is_spanish(
        qtbot: QtBot, seeded: Database, translations: Translations, tmp_path: Path) -> None:
    translations.apply("es")
    dialog = _dialog(qtbot, seeded)
    text = _sheet(dialog, tmp_path / "uno.pdf")
    assert "Búsqueda: Shafiev · 1 contacto · Impreso el" in text
    assert "Asia" in text and "Tayikistán (TJ)" in text
    assert "Oficina:" in text and "Móvil:" in text and "Trabajo:" in text
    assert "Página 1 de 1" in text
    for english in ("Search:", "Printed", "Office:", "Mobile:", "Work:", "Page 1 of"):
        assert english not in text
    dialog.set_scope("country", "TJ")
    assert "País: Tayikistán (TJ) · 2 contactos" in _sheet(dialog, tmp_path / "tj.pdf")
    dialog.set_scope("all")
    dialog.include_archived.setChecked(True)  # Senegal's one contact is archived
    lines = _sheet(dialog, tmp_path / "todos.pdf").splitlines()
    regions = [line for line in lines if line in ("África", "Asia", "Europa")]
    assert regions == ["África", "Asia", "Europa"]  # in Spanish order, the accent aside


def test_the_preview_is_in_the_app_language_too(qtbot: QtBot, seeded: Database,
                                                translations: Translations) -> None:
    translations.apply("fr")
    dialog = _dialog(qtbot, seeded)
    dialog.refresh_preview()
    preview = dialog.preview
    assert preview is not None
    sheet = Path(dialog.preview_box._folder.name) / "preview.pdf"
    assert "Recherche : Shafiev · 1 contact" in _text(sheet)


def test_a_folder_as_the_file_is_refused_in_french(qtbot: QtBot, seeded: Database,
                                                   translations: Translations,
                                                   tmp_path: Path) -> None:
    translations.apply("fr")
    dialog = _dialog(qtbot, seeded)
    dialog.export_to(tmp_path)
    box = dialog.message_box
    assert box is not None and box.isVisible()
    assert "est un dossier : indiquez un nom de fichier" in box.text()
    assert "is a folder" not in box.text()
    dialog.export_to(tmp_path / "nulle part" / "out.pdf")
    assert dialog.message_box is not None
    assert "is a folder" not in dialog.message_box.text()
    assert "its folder does not exist" not in dialog.message_box.text()
