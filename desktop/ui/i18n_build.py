"""Build the translations: ``.ts`` (``resources/translations``, in git) to ``.qm`` (binary,
built into ``desktop/_assets/translations``, git-ignored).

``python -m desktop.ui.i18n_build`` builds every ``.qm``; ``--update`` first refreshes the
``.ts`` files from the ``tr()`` calls in ``desktop/ui`` (pyside6-lupdate), keeping translations.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop.assets import (
    ASSETS_DIR,
    LANGUAGES,
    SOURCES_DIR,
    compile_translations,
    has_sources,
    qt_tool,
)

SOURCE_TRANSLATIONS_DIR = SOURCES_DIR / "translations"
"""The ``.ts`` catalogues in git (``resources/translations``): lupdate and i18n_apply write here."""
BUILT_TRANSLATIONS_DIR = ASSETS_DIR / "translations"
"""The ``.qm`` catalogues the app loads (``desktop/_assets/translations``, generated)."""
FROM_SOURCES = has_sources()
"""A checkout (or sdist): the ``.ts`` in ``resources/`` are the ones edited."""
TRANSLATIONS_DIR = SOURCE_TRANSLATIONS_DIR if FROM_SOURCES else BUILT_TRANSLATIONS_DIR
"""Where the ``.ts`` are read: the sources in a checkout, the packaged copies once installed."""
UI_DIR = Path(__file__).resolve().parent
__all__ = ["LANGUAGES", "build_qm", "ts_path", "update_ts"]


def ts_path(language: str) -> Path:
    return TRANSLATIONS_DIR / f"pressdesk_{language}.ts"


def update_ts() -> None:
    """Refresh the ``.ts`` sources from the code (new strings appear, translations are kept)."""
    tool = qt_tool("lupdate")
    if tool is None:
        raise RuntimeError("pyside6-lupdate not found")
    sources = sorted(str(p) for p in UI_DIR.rglob("*.py") if p.name != "i18n_build.py")
    for language in LANGUAGES:
        subprocess.run([*tool, "-silent", "-no-obsolete", "-locations", "none", *sources,
                        "-ts", str(ts_path(language))], check=True)


def build_qm(target_dir: Path | None = None) -> list[Path]:
    """Compile each ``.ts`` to ``.qm`` in ``target_dir`` (default: where the app loads them)."""
    return compile_translations(TRANSLATIONS_DIR, target_dir or BUILT_TRANSLATIONS_DIR)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--update", action="store_true", help="refresh the .ts files first")
    args = parser.parse_args(argv)
    if args.update:
        update_ts()
    for path in build_qm():
        print(f"built {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
