"""What the environment says reaches a French or Spanish app in its language: an export that
fails on a full disk, a file the system refuses, a database opened read-only (a read-only
medium, a server role that may only read, without the command line's advice). Each check fails
if the app shows the English the services or the system wrote (issue 11, point 5)."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.services.database import MEDIUM_READ_ONLY, ROLE_READ_ONLY, Database
from desktop.ui import read_only
from desktop.ui.crash import plain_message
from desktop.ui.dialogs import export_dialog
from desktop.ui.dialogs.export_dialog import ExportContext, ExportDialog
from desktop.ui.i18n import Translations
from desktop.ui.tasks import InlineTaskRunner
from tests.ui.helpers import add_people

pytestmark = pytest.mark.gui

SAID = {
    "fr": {"disk": "plus de place sur le disque", "denied": "permission refusée",
           "medium": "support en lecture seule", "role": "ne peut que lire cet annuaire"},
    "es": {"disk": "no queda espacio en el disco", "denied": "permiso denegado",
           "medium": "soporte de solo lectura", "role": "solo puede leer este directorio"},
}
ENGLISH = ("No space left", "Permission denied", "read-only medium", "may only read",
           "pressdesk", "--editor", "Could not write", "Read-only:")


def _english_in(text: str) -> list[str]:
    return [words for words in ENGLISH if words in text]


@pytest.mark.parametrize("language", ["fr", "es"])
def test_an_export_on_a_full_disk_says_why_in_the_apps_language(
        qtbot: QtBot, sqlite_db: Database, translations: Translations, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, language: str) -> None:
    add_people(sqlite_db)
    target = tmp_path / "sheet.pdf"

    def full_disk(*_args: Any, **_kwargs: Any) -> Any:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(export_dialog, "export_contacts", full_disk)
    translations.apply(language)
    dialog = ExportDialog(sqlite_db, InlineTaskRunner(), ExportContext(query="Shafiev"))
    qtbot.addWidget(dialog)
    dialog.set_format("csv")
    dialog.export_to(target)
    box = dialog.message_box
    assert box is not None
    assert SAID[language]["disk"] in box.text() and str(target) in box.text()
    assert not _english_in(box.text()), box.text()
    box.close()


@pytest.mark.parametrize("language", ["fr", "es"])
def test_a_file_the_system_refuses_is_said_in_the_apps_language(
        translations: Translations, language: str) -> None:
    translations.apply(language)
    error = PermissionError(errno.EACCES, os.strerror(errno.EACCES), "/srv/press/contacts.vcf")
    shown = plain_message(error) or ""
    assert SAID[language]["denied"] in shown and "/srv/press/contacts.vcf" in shown
    assert not _english_in(shown), shown


@pytest.mark.parametrize("language", ["fr", "es"])
def test_read_only_mode_says_why_in_the_apps_language_without_command_line_advice(
        translations: Translations, language: str) -> None:
    translations.apply(language)
    medium = read_only.banner_text(MEDIUM_READ_ONLY)
    role = read_only.banner_text(ROLE_READ_ONLY.format(role="press_reader"))
    assert SAID[language]["medium"] in medium and not _english_in(medium), medium
    assert SAID[language]["role"] in role and "press_reader" in role, role
    assert not _english_in(role), role


def test_in_english_the_reason_is_the_services_own_but_the_command_line_advice(
        translations: Translations) -> None:
    translations.apply("en")
    assert MEDIUM_READ_ONLY.rstrip(".") in read_only.banner_text(MEDIUM_READ_ONLY)
    role = read_only.banner_text(ROLE_READ_ONLY.format(role="press_reader"))
    assert "“press_reader” may only read" in role and "pressdesk db grant" not in role
