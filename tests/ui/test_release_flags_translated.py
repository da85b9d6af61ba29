"""A release import preview's flags and warnings are said in the app's language: a number
kept as written but not valid ("teléfono «+57 31»: demasiado corto…") and a release with no
media contact block. The French and Spanish previews showed the services' English ("Valentina
Rojas: phone '+57 31' kept as written but not valid: …"), while the command line and --json
keep that English word for word."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QTreeWidgetItemIterator
from pytestqt.qtbot import QtBot

from desktop.services import releases
from desktop.services.database import Database
from desktop.ui.dialogs.import_dialog import KIND_ROLE, ImportPreviewDialog
from desktop.ui.i18n import Translations

pytestmark = pytest.mark.gui

FLAGGED = ("La OIM abre un nuevo centro de acogida en Cúcuta\n\nCÚCUTA, 28 de noviembre de "
           "2026 – La Organización Internacional para las Migraciones (OIM) abrió hoy un nuevo "
           "centro de acogida para personas migrantes en Cúcuta.\n\nEl centro ofrece "
           "alojamiento temporal y orientación legal.\n\nPara más información, contacte a:\n"
           "Valentina Rojas, Oficial de Comunicación, OIM Colombia, Tel: +57 310 555, "
           "Email: vrojas.sample@iom.int\n")
NO_CONTACTS = ("La OIM abre un nuevo centro en Cúcuta\n\nCÚCUTA, 28 de noviembre de 2026 – "
               "La OIM abrió hoy un nuevo centro de acogida para personas migrantes.\n\n"
               "El centro ofrece alojamiento temporal y orientación legal.\n")
SAID = {"es": ("teléfono «+57 310 555»", "no se encontró ningún bloque de contactos de prensa"),
        "fr": ("téléphone «\u00a0+57 310 555\u00a0»", "aucun bloc de contacts presse trouvé")}
ENGLISH = ("kept as written", "not valid", "no media contact block", "phone '", "too short",
           "digits")


def _rows(dialog: ImportPreviewDialog) -> dict[str, list[str]]:
    rows: dict[str, list[str]] = {}
    items = QTreeWidgetItemIterator(dialog.tree)
    while items.value():
        item = items.value()
        rows.setdefault(str(item.data(0, KIND_ROLE)), []).append(item.text(2))
        items += 1
    return rows


def test_the_command_line_keeps_the_english_lines(sqlite_db: Database, tmp_path: Path) -> None:
    file = tmp_path / "comunicado.txt"
    file.write_text(FLAGGED, encoding="utf-8")
    report = releases.import_releases(sqlite_db, [file], dry_run=True)
    (outcome,) = report.releases
    assert any(w.startswith("Valentina Rojas: phone '+57 310 555' kept as written but not "
                            "valid: ") for w in outcome.warnings), outcome.warnings
    (contact,) = [c for c in outcome.contacts if c.name == "Valentina Rojas"]
    assert any(f.startswith("phone '+57 310 555': ") for f in contact.flagged), contact.flagged


@pytest.mark.parametrize("language", ["es", "fr"])
def test_the_release_preview_says_flags_and_warnings_in_the_app_language(
        qtbot: QtBot, sqlite_db: Database, translations: Translations, tmp_path: Path,
        language: str) -> None:
    flagged, bare = tmp_path / "comunicado.txt", tmp_path / "sin_contactos.txt"
    flagged.write_text(FLAGGED, encoding="utf-8")
    bare.write_text(NO_CONTACTS, encoding="utf-8")
    report = releases.import_releases(sqlite_db, [flagged, bare], dry_run=True)
    translations.apply(language)
    dialog = ImportPreviewDialog(report)
    qtbot.addWidget(dialog)
    rows = _rows(dialog)
    value, no_block = SAID[language]
    assert any(value in text for text in rows["flag"]), rows["flag"]
    assert any(text.startswith("Valentina Rojas : " if language == "fr" else
                               "Valentina Rojas: ") and value in text
               for text in rows["warning"]), rows["warning"]
    assert no_block in rows["warning"], rows["warning"]
    for text in rows["flag"] + rows["warning"]:
        assert not any(english in text for english in ENGLISH), text
