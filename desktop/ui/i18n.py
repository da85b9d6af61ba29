"""Install the UI language at start and switch it at run time, without a restart.

Installing translators makes Qt send ``QEvent.LanguageChange`` to every widget; each widget's
``retranslate_ui()`` runs again from its ``changeEvent`` (removing a translator sends the
event too, so going back to English works the same way). The ``.qm`` files are built, not kept
in git, so a missing or stale one is built here (or the UI stays in English, logged).
"""

from __future__ import annotations

import logging
from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from desktop import paths

log = logging.getLogger(__name__)
SUPPORTED = ("en", "fr", "es")
_TRANSLATIONS = paths.TRANSLATIONS_DIR


def resolve(language: str) -> str:
    """A setting ("" = follow the system) to one of the supported languages."""
    if language in SUPPORTED:
        return language
    system = QLocale.system().name()[:2]
    return system if system in SUPPORTED else "en"


def ui_language() -> str:
    """The language the UI speaks now (also used for country names)."""
    name = QLocale().name()[:2]
    return name if name in SUPPORTED else "en"


def sorted_countries(language: str | None = None) -> tuple[tuple[str, str], ...]:
    """(name in ``language``, code) for every country, in alphabetical order (accents
    ignored): the country lists of the forms and of Settings. Default: the UI's language."""
    return _sorted_countries(language or ui_language())


@cache
def _sorted_countries(language: str) -> tuple[tuple[str, str], ...]:
    from desktop.domain.countries import country_codes, country_name  # late: Babel
    from desktop.domain.text import fold

    return tuple(sorted(((country_name(c, language), c) for c in country_codes()),
                        key=lambda pair: (fold(pair[0]), pair[1])))


def _fresh(qm: Path, ts: Path | None) -> bool:
    """``ts`` is the catalogue being edited (a checkout) or None (installed: copies' times
    say nothing, the ``.qm`` built with the package is the one)."""
    return qm.exists() and (ts is None or not ts.exists()
                            or qm.stat().st_mtime >= ts.stat().st_mtime)


def find_qm(language: str) -> Path | None:
    """The compiled translation for ``language``, building it if it is missing or stale."""
    from desktop.ui import i18n_build

    ts = i18n_build.ts_path(language) if i18n_build.FROM_SOURCES else None
    for folder in (_TRANSLATIONS, paths.data_dir() / "translations"):
        if _fresh(folder / f"pressdesk_{language}.qm", ts):
            return folder / f"pressdesk_{language}.qm"

    for folder in (_TRANSLATIONS, paths.data_dir() / "translations"):
        try:
            i18n_build.build_qm(folder)
        except Exception as error:  # read-only install, no lrelease: stay in English
            log.warning("cannot build translations in %s: %s", folder, error)
            continue
        if (folder / f"pressdesk_{language}.qm").exists():
            return folder / f"pressdesk_{language}.qm"
    return None


class Translations:
    """The translators installed in the application, replaced when the language changes."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = "en"

    def apply(self, setting: str) -> str:
        """Switch to ``setting`` ("" follows the system); return the language now in use."""
        language = resolve(setting)
        app = QCoreApplication.instance()
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed.clear()
        QLocale.setDefault(QLocale(language))
        self.language = language
        if language != "en" and app is not None:
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            candidates: list[tuple[str, str]] = [(f"qtbase_{language}", qt_dir)]
            qm = find_qm(language)
            if qm is not None:
                candidates.append((qm.stem, str(qm.parent)))
            for name, folder in candidates:
                translator = QTranslator(app)
                if translator.load(name, folder):
                    QCoreApplication.installTranslator(translator)
                    self._installed.append(translator)
                else:
                    log.warning("no translation %s in %s", name, folder)
        # Qt posts the LanguageChange events; deliver them now so the switch is immediate
        # (and a test sees the new texts without spinning the event loop).
        for _ in range(2):  # the application's event, then the one it posts to each widget
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        return language

