"""The file dialogs of Export → Choose… and File → Import speak the app's language, Qt's own
words included: Qt 6's "&Look in:", "Files of &type:" and a folder's type "Folder" are missing
from Qt's shipped French and Spanish catalogues, so ours carries them (desktop/ui/qt_words.py).

The dialogs are the ones the app opens (the static QFileDialog calls, drawn by Qt where no
native dialog is offered, as here), read while they are open and then cancelled.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QTreeView, QWidget
from pytestqt.qtbot import QtBot

from desktop.services.database import Database
from desktop.ui import settings
from desktop.ui.dialogs.export_dialog import LAST_EXPORT_FOLDER, ExportDialog
from desktop.ui.i18n import Translations
from desktop.ui.tasks import InlineTaskRunner

pytestmark = pytest.mark.gui

ENGLISH = ("Look in", "Files of", "Folder", "File name")
EXPECTED = {
    "fr": ("&Voir dans\u00a0:", "Fichiers de &type\u00a0:", "Dossier"),
    "es": ("&Ver en:", "Ficheros de &tipo:", "Carpeta"),
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "sheets").mkdir()
    return tmp_path


def _read_open_dialog(qtbot: QtBot, opens: Callable[[], object]) -> list[str]:
    """Open a file dialog through ``opens``; return its labels and the Type of its folder."""
    seen: list[str] = []

    def read() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, read)
            return
        seen.extend(label.text() for label in dialog.findChildren(QLabel) if label.text())
        tree = dialog.findChild(QTreeView)
        assert tree is not None
        model, root = tree.model(), tree.rootIndex()

        def folder_type() -> bool:
            rows = [model.index(r, 0, root) for r in range(model.rowCount(root))]
            return any(row.data() == "sheets" for row in rows)

        qtbot.waitUntil(folder_type)
        row = next(r for r in range(model.rowCount(root))
                   if model.index(r, 0, root).data() == "sheets")
        seen.append(str(model.index(row, 2, root).data()))
        dialog.reject()

    QTimer.singleShot(0, read)
    opens()
    return seen


@pytest.mark.parametrize("language", ["fr", "es"])
def test_export_choose_dialog_is_in_the_app_language(
        qtbot: QtBot, sqlite_db: Database, translations: Translations, folder: Path,
        language: str) -> None:
    translations.apply(language)
    LAST_EXPORT_FOLDER.set(str(folder))
    dialog = ExportDialog(sqlite_db, InlineTaskRunner())
    qtbot.addWidget(dialog)
    dialog.set_format("csv")
    seen = _read_open_dialog(qtbot, dialog.choose_file)
    for expected in EXPECTED[language]:
        assert expected in seen
    assert not [text for text in seen if any(word in text for word in ENGLISH)], seen
    assert dialog.result_ is None  # cancelled: nothing exported


@pytest.mark.parametrize("language", ["fr", "es"])
def test_import_dialog_is_in_the_app_language(
        qtbot: QtBot, sqlite_db: Database, translations: Translations, folder: Path,
        language: str) -> None:
    from desktop.ui.import_commands import ImportCommands

    translations.apply(language)
    settings.LAST_IMPORT_FOLDER.set(str(folder))
    window = QWidget()
    qtbot.addWidget(window)
    commands = ImportCommands(window, InlineTaskRunner(), lambda: None, lambda *_a: None)
    commands.set_database(sqlite_db)
    seen = _read_open_dialog(qtbot, commands.choose)
    for expected in EXPECTED[language]:
        assert expected in seen
    assert not [text for text in seen if any(word in text for word in ENGLISH)], seen


def test_the_dialogs_keep_their_history_out_of_the_users_config(
        qtbot: QtBot, sqlite_db: Database, folder: Path, qt_user_settings: Path) -> None:
    """Qt writes a file dialog's history and last folder to ``QtProject.conf``; under test that
    is a scratch folder, never the real ``~/.config`` (it gathered pytest's folders)."""
    from PySide6.QtCore import QSettings

    LAST_EXPORT_FOLDER.set(str(folder))
    dialog = ExportDialog(sqlite_db, InlineTaskRunner())
    qtbot.addWidget(dialog)
    dialog.set_format("csv")
    _read_open_dialog(qtbot, dialog.choose_file)
    written = Path(QSettings(QSettings.Scope.UserScope, "QtProject").fileName())
    assert written.is_relative_to(qt_user_settings), written
    assert str(folder) in written.read_text(encoding="utf-8")  # the history went there
