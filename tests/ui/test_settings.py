"""Preferences: declared once with defaults, kept in the config folder, passwords in keyring."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop.ui import connection, settings

pytestmark = pytest.mark.gui


def test_settings_have_defaults_and_round_trip(isolated_home: Path) -> None:
    assert settings.THEME.get() == "system"
    assert settings.DB_PORT.get() == 5432
    settings.THEME.set("dark")
    settings.DB_PORT.set(6543)
    assert settings.THEME.get() == "dark" and settings.DB_PORT.get() == 6543
    assert (isolated_home / "config" / "pressdesk.ini").exists()


def test_a_team_server_password_goes_to_the_keyring_not_the_file(
        isolated_home: Path, memory_keyring: Any, window: Any) -> None:
    dialog = window.open_settings()
    dialog.server_radio.setChecked(True)
    dialog.host_edit.setText("db.example.org")
    dialog.user_edit.setText("press")
    dialog.password_edit.setText("s3cret!")
    dialog.accept()
    text = (isolated_home / "config" / "pressdesk.ini").read_text()
    assert "db.example.org" in text and "s3cret" not in text
    assert memory_keyring.passwords == {
        ("PressDesk", "press@db.example.org:5432/pressdesk"): "s3cret!"}
    url = connection.database_url()
    assert url.startswith("postgresql+psycopg://press:s3cret%21@db.example.org:5432/")


def test_settings_dialog_switches_the_language(window: Any) -> None:
    dialog = window.open_settings()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("es"))
    dialog.accept()
    try:
        assert window.actions_.menus["edit"].title() == "&Editar"
    finally:
        window.translations.apply("en")
