"""Preferences: each declared once, typed, with its default, stored by QSettings.

The file lives in the config folder (``PRESSDESK_HOME`` moves it for tests and portable
installs). Passwords never come here: they go to the system keyring (see ``secrets``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from desktop import paths

T = TypeVar("T", str, int, bool, QByteArray)


def store() -> QSettings:
    """The settings file; opened per use, so a changed PRESSDESK_HOME is always honoured."""
    return QSettings(str(paths.config_dir() / "pressdesk.ini"), QSettings.Format.IniFormat)


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One preference: its key, its default, and therefore its type."""

    key: str
    default: T

    def get(self) -> T:
        value: Any = store().value(self.key, self.default)
        kind: Any = type(self.default)
        result: Any = value
        if not isinstance(value, kind):
            if kind is bool:  # INI files give back "true"/"false"
                result = str(value).lower() in {"1", "true", "yes"}
            else:
                try:
                    result = kind(value)
                except (TypeError, ValueError):
                    result = self.default
        return result  # type: ignore[no-any-return]

    def set(self, value: T) -> None:
        settings = store()
        settings.setValue(self.key, value)
        settings.sync()

    def reset(self) -> None:
        store().remove(self.key)


# Database ---------------------------------------------------------------------------------
DB_MODE = Setting("database/mode", "local")  # "local" (this computer) or "server"
DB_HOST = Setting("database/host", "")
DB_PORT = Setting("database/port", 5432)
DB_NAME = Setting("database/name", "pressdesk")
DB_USER = Setting("database/user", "")

# Behaviour and appearance -------------------------------------------------------------------
DEFAULT_COUNTRY = Setting("numbers/default_country", "")  # ISO code, "" = none
LANGUAGE = Setting("ui/language", "")  # "en", "fr", "es"; "" follows the system
THEME = Setting("ui/theme", "system")  # "system", "light", "dark"
REMINDER_LEAD_MINUTES = Setting("inquiries/reminder_lead_minutes", 30)  # before a deadline
BACKUP_KEEP_DAYS = Setting("backup/keep_days", 14)  # daily copies of the local database; 0 = off

# Window state ---------------------------------------------------------------------------------
WINDOW_GEOMETRY = Setting("window/geometry", QByteArray())
WINDOW_STATE = Setting("window/state", QByteArray())
SPLITTER_STATE = Setting("window/splitter", QByteArray())
CONTACT_COLUMNS = Setting("contacts/header", QByteArray())
CONTACT_SORT_COLUMN = Setting("contacts/sort_column", 0)
CONTACT_SORT_DESCENDING = Setting("contacts/sort_descending", False)
LAST_IMPORT_FOLDER = Setting("import/last_folder", "")
