"""GUI tests: offscreen Qt, inline tasks, settings and keyring kept out of the real home.

The platform is chosen before any QApplication exists (pytest-qt creates it lazily), the
translations are built once per session (``.qm`` files are not in git), and the keyring is an
in-memory one so no test touches the system's.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
import pytest
from keyring.backend import KeyringBackend
from pytestqt.qtbot import QtBot

from desktop.services.database import Database, open_database
from desktop.ui.i18n import Translations
from desktop.ui.tasks import InlineTaskRunner


class MemoryKeyring(KeyringBackend):
    """A keyring that forgets everything at the end of the test."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


@pytest.fixture(scope="session", autouse=True)
def translations_built() -> None:
    from desktop.ui import i18n_build

    i18n_build.build_qm()


@pytest.fixture(scope="session", autouse=True)
def qt_user_settings(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Qt's own user settings (QFileDialog's history, last folder and column widths in
    ``QtProject.conf``) go to a scratch folder, not to the real ``~/.config``: the file dialog
    tests wrote their temporary folders into the user's dialog history."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("qt-user-settings")
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def translations(qapp: object) -> Iterator[Translations]:
    """The app's catalogues, for a test to switch language; back to English afterwards."""
    chosen = Translations()
    yield chosen
    chosen.apply("en")


@pytest.fixture
def tasks() -> InlineTaskRunner:
    return InlineTaskRunner()


@pytest.fixture
def sqlite_db(fresh_sqlite_url: str) -> Iterator[Database]:
    """GUI behaviour does not depend on the engine; storage is tested on both elsewhere."""
    database = open_database(fresh_sqlite_url)
    yield database
    database.dispose()


@pytest.fixture
def window(qtbot: QtBot, sqlite_db: Database, tasks: InlineTaskRunner) -> Iterator[object]:
    from desktop.ui.main_window import MainWindow

    translations = Translations()
    translations.apply("en")
    main = MainWindow(tasks, translations)
    qtbot.addWidget(main)
    main.set_database(sqlite_db)
    main.show()
    qtbot.waitExposed(main)
    yield main
    translations.apply("en")
