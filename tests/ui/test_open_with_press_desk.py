"""``pressdesk FILE`` ("Open with Press Desk" in a file manager) opens the window on the import
preview of that file; importing from there writes it. And the version is the same everywhere."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version as installed_version
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop import __version__
from desktop.app import files_to_open
from desktop.cli import main
from desktop.services import releases
from desktop.services.database import open_database

pytestmark = pytest.mark.gui
SAMPLE = (Path(__file__).resolve().parents[2] / "resources" / "samples" / "releases"
          / "tajikistan_almaty_process_fr.txt")


def test_file_arguments_open_the_app_and_commands_stay_commands(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert files_to_open([str(SAMPLE)]) == [SAMPLE]
    assert files_to_open([str(SAMPLE), str(tmp_path)]) == [SAMPLE, tmp_path]
    assert files_to_open([str(tmp_path / "missing.txt")]) == []
    monkeypatch.chdir(tmp_path)
    (tmp_path / "contacts").write_text("a file named like a command")
    assert files_to_open(["contacts"]) == []  # `pressdesk contacts` is still the command
    assert files_to_open(["--json"]) == []


def test_open_with_press_desk_previews_the_file_then_imports_it(
        qtbot: QtBot, qapp: QApplication, fresh_sqlite_url: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The whole start-up of ``pressdesk --db URL FILE``; the event loop is driven here."""
    seen: dict[str, Any] = {}

    from desktop.ui.main_window import MainWindow

    def windows() -> set[MainWindow]:
        return {w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)}

    earlier = windows()  # other tests' windows may not be deleted yet

    def run_event_loop(*_args: Any) -> int:
        (window,) = windows() - earlier
        qtbot.waitUntil(lambda: hasattr(window, "imports") and window.importer is not None
                        and window.importer.preview_dialog is not None
                        and window.importer.preview_dialog.isVisible(), timeout=30000)
        preview = window.importer.preview_dialog
        seen["preview"] = preview.windowTitle()
        with qtbot.waitSignal(window.importer.imported, timeout=30000):
            qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
        if window.importer.message_box is not None:
            window.importer.message_box.close()
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", run_event_loop)
    assert main(["--db", fresh_sqlite_url, str(SAMPLE)]) == 0
    assert seen["preview"]
    db = open_database(fresh_sqlite_url)
    try:
        assert releases.count_releases(db) == 1
    finally:
        db.dispose()


def test_the_version_is_the_same_in_the_package_the_command_and_the_about_box(
        qtbot: QtBot) -> None:
    from desktop.ui.dialogs.help_dialogs import AboutBox

    assert installed_version("pressdesk") == __version__
    done = subprocess.run([sys.executable, "-m", "desktop", "--version"],
                          capture_output=True, text=True, check=True)
    assert done.stdout.strip() == f"pressdesk {__version__}"
    about = AboutBox("pressdesk.sqlite3")
    qtbot.addWidget(about)
    assert __version__ in about.text()
