"""Why a release file was refused, and why a backup cannot be restored, in the app's language:
the readers and the backup service give codes and parameters, the command line keeps its
English (issue 11, point 5). Each check fails if a French or Spanish app shows the English."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from fpdf import FPDF
from PIL import Image
from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.domain.errors import InputError
from desktop.services import maintenance, releases
from desktop.services.database import Database
from desktop.ui.crash import plain_message
from desktop.ui.dialogs.import_dialog import ImportPreviewDialog
from desktop.ui.i18n import Translations
from desktop.ui.importing import ImportController
from desktop.ui.tasks import InlineTaskRunner

pytestmark = pytest.mark.gui
SAMPLE = Path(__file__).resolve().parent.parent / "data" / "releases" / "ethiopia_drought_en.txt"

ENGLISH = ("not a readable Word document", "the file is empty", "not a text file",
           "the PDF has no text layer", "no such file", "is not a Press Desk backup",
           "is a folder", "does not exist", "Backup file", "File is not a zip file",
           "file is not a database")
"""The command line's reasons: none may reach a French or Spanish app."""

SAID = {
    "fr": {"docx": "document Word illisible", "empty": "le fichier est vide",
           "binary": "pas un fichier texte", "scan": "pas de couche de texte",
           "gone": "fichier introuvable", "backup": "n’est pas une sauvegarde Press Desk",
           "folder": "est un dossier", "missing": "n’existe pas",
           "field": "Fichier de sauvegarde"},
    "es": {"docx": "documento de Word ilegible", "empty": "el archivo está vacío",
           "binary": "no es un archivo de texto", "scan": "no tiene capa de texto",
           "gone": "el archivo no existe", "backup": "no es una copia de seguridad de Press Desk",
           "folder": "es una carpeta", "missing": "no existe",
           "field": "Archivo de copia de seguridad"},
}


@pytest.fixture
def controller(qtbot: QtBot, sqlite_db: Database) -> ImportController:
    window = QWidget()
    qtbot.addWidget(window)
    return ImportController(sqlite_db, InlineTaskRunner(), window)


def _english_in(text: str) -> list[str]:
    return [sentence for sentence in ENGLISH if sentence in text]


def _broken_files(folder: Path) -> dict[str, Path]:
    """What a user drops by mistake: a damaged .docx, an empty note, a binary file named .txt,
    a scanned PDF."""
    files = {"docx": folder / "broken.docx", "empty": folder / "empty.txt",
             "binary": folder / "photo.txt", "scan": folder / "scan.pdf"}
    files["docx"].write_bytes(b"not a zip at all")
    files["empty"].write_text("  \n", encoding="utf-8")
    files["binary"].write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    picture = folder / "scan.png"
    Image.new("RGB", (200, 280), "white").save(picture)
    pdf = FPDF()
    pdf.add_page()
    pdf.image(str(picture), x=0, y=0, w=210)
    pdf.output(str(files["scan"]))
    return files


def _preview(controller: ImportController) -> ImportPreviewDialog:
    dialog = controller.preview_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


@pytest.mark.parametrize("language", ["fr", "es"])
def test_dropped_files_that_cannot_be_read_are_explained_in_the_apps_language(
        controller: ImportController, translations: Translations, tmp_path: Path,
        language: str) -> None:
    files = _broken_files(tmp_path)
    translations.apply(language)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in [SAMPLE, *files.values()]])
    assert controller.start(ImportController.paths_from_mime(mime))
    dialog = _preview(controller)
    reasons = {item.text(0): item.text(2) for item in dialog.items_of_kind("error")}
    assert set(reasons) == {p.name for p in files.values()}
    for kind, path in files.items():
        shown = reasons[path.name]
        assert SAID[language][kind] in shown, (kind, shown)
        assert not _english_in(shown), (kind, shown)
    dialog.reject()


@pytest.mark.parametrize("language", ["fr", "es"])
def test_a_file_gone_before_import_is_explained_in_the_apps_language(
        qtbot: QtBot, controller: ImportController, translations: Translations,
        tmp_path: Path, language: str) -> None:
    copies = []
    for name in ("first.txt", "second.txt"):
        copy = tmp_path / name
        copy.write_bytes(SAMPLE.read_bytes().replace(b"Ethiopia", name.encode()))
        copies.append(copy)
    translations.apply(language)
    controller.start(copies)
    dialog = _preview(controller)
    copies[1].unlink()  # gone between the preview and Import
    with qtbot.waitSignal(controller.finished, timeout=5000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    box = controller.message_box
    assert box is not None
    assert f"second.txt: {SAID[language]['gone']}" in box.text()
    assert not _english_in(box.text()) and "Nothing was imported" not in box.text()


def test_the_command_line_keeps_the_english_reason(sqlite_db: Database,
                                                   tmp_path: Path) -> None:
    files = _broken_files(tmp_path)
    report = releases.import_releases(sqlite_db, list(files.values()), dry_run=True)
    said = {Path(p.path).name: p.error for p in report.errors}
    assert said["broken.docx"].startswith("not a readable Word document (")
    assert said["empty.txt"] == "the file is empty"
    assert said["photo.txt"] == "not a text file (it contains binary data)"
    assert said["scan.pdf"].startswith("the PDF has no text layer (a scanned image?)")
    assert {p.code for p in report.errors} == {
        "release.docx_unreadable", "release.empty_file", "release.binary",
        "release.pdf_scanned"}


def _not_a_backup(folder: Path) -> Path:
    other = folder / "notes.db"
    with closing(sqlite3.connect(other)) as connection:
        connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        connection.commit()
    return other


@pytest.mark.parametrize("language", ["fr", "es"])
def test_a_restore_refusal_is_said_in_the_apps_language(
        sqlite_db: Database, translations: Translations, tmp_path: Path,
        language: str) -> None:
    garbage = tmp_path / "holiday.jpg"
    garbage.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 16)
    cases = {"backup": _not_a_backup(tmp_path), "garbage": garbage, "folder": tmp_path,
             "missing": tmp_path / "gone.sqlite3"}
    refusals = {}
    for kind, path in cases.items():
        with pytest.raises(InputError) as refused:
            maintenance.restore(sqlite_db, path)
        refusals[kind] = refused.value
    assert "is not a Press Desk backup" in str(refusals["backup"])  # the command line's English
    assert str(refusals["garbage"]).endswith(
        "is not a Press Desk backup (file is not a database)")
    translations.apply(language)
    for kind, error in refusals.items():
        shown = plain_message(error) or ""
        said = SAID[language]["backup" if kind == "garbage" else kind]
        assert said in shown and SAID[language]["field"] in shown, shown
        assert not _english_in(shown), shown
        assert str(cases[kind]) in shown  # the file is named


@pytest.mark.parametrize("language", ["fr", "es"])
def test_a_librarys_usual_words_are_translated_too(translations: Translations,
                                                    language: str) -> None:
    from PySide6.QtCore import QCoreApplication

    from desktop.ui import refusals as ui_refusals

    translations.apply(language)
    untranslated = [text for text in ui_refusals.DETAILS.values()
                    if QCoreApplication.translate("Refusal", text) == text]
    assert not untranslated
