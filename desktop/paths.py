"""Where Press Desk keeps its files.

Everything goes under platformdirs' per-user folders, unless ``PRESSDESK_HOME`` names a folder:
then data, config, logs and cache all live below it (development, tests, portable installs).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from desktop import APP_NAME
from desktop.assets import ASSETS_DIR

HOME_ENV = "PRESSDESK_HOME"
DATABASE_URL_ENV = "PRESSDESK_DATABASE_URL"


def _home_override() -> Path | None:
    value = os.environ.get(HOME_ENV)
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    home = _home_override()
    path = home / "data" if home else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    home = _home_override()
    path = (home / "config" if home
            else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    home = _home_override()
    path = home / "logs" if home else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / "pressdesk.sqlite3"


def default_database_url() -> str:
    """The database used when neither ``--db`` nor ``PRESSDESK_DATABASE_URL`` says otherwise.

    A plain path: the engine reads it as a SQLite file whatever characters it holds.
    """
    return str(default_database_path())


def database_url(explicit: str | None = None) -> str:
    """The database to open: ``--db``, then the environment, then the embedded default."""
    return explicit or os.environ.get(DATABASE_URL_ENV) or default_database_url()


# What the app loads, built from the top-level ``resources/`` by ``desktop.assets``.
ICONS_DIR = ASSETS_DIR / "icons"
FONTS_DIR = ASSETS_DIR / "fonts"
SAMPLE_RELEASES_DIR = ASSETS_DIR / "samples" / "releases"
TRANSLATIONS_DIR = ASSETS_DIR / "translations"
HICOLOR_ICONS_DIR = ASSETS_DIR / "hicolor"
"""The app icon at the standard sizes, in freedesktop's ``share/icons/hicolor`` layout."""
