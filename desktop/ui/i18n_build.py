"""Build the translations: ``.ts`` (``resources/translations``, in git) to ``.qm`` (binary,
built into ``desktop/_assets/translations``, git-ignored).

``python -m desktop.ui.i18n_build`` builds every ``.qm``; ``--update`` first refreshes the
``.ts`` files from the ``tr()`` calls in ``desktop/ui`` (pyside6-lupdate), keeping translations.
"""

from __future__ import annotations

import argparse
import copy
import subprocess
import sys
import xml.etree.ElementTree as ET
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
        path = ts_path(language)
        plurals = _plural_messages(path) if path.exists() else {}
        subprocess.run([*tool, "-silent", "-no-obsolete", "-locations", "none", *sources,
                        "-ts", str(path)], check=True)
        _restore_plurals(path, plurals, "".join(Path(p).read_text("utf-8") for p in sources))


_Key = tuple[str | None, str | None]


def _plural_messages(path: Path) -> dict[_Key, ET.Element]:
    root = ET.parse(path).getroot()
    return {(context.findtext("name"), message.findtext("source")): copy.deepcopy(message)
            for context in root.iter("context") for message in context.iter("message")
            if message.get("numerus") == "yes"}


def _restore_plurals(path: Path, before: dict[_Key, ET.Element], code: str) -> None:
    """Put back plural messages that lupdate read as singular or lost.

    lupdate 6.11 sees ``%n`` plurals only in ``self.tr(text, "", n)``, not in
    ``QCoreApplication.translate(context, text, None, n)`` (6.12 does): without this, every
    refresh would turn those messages singular, or drop them, with their plural forms. A lost
    one comes back only while the code still holds its context and source.
    """
    tree = ET.parse(path)
    restored = 0
    seen: set[_Key] = set()
    contexts: dict[str | None, ET.Element] = {}
    for context in tree.getroot().iter("context"):
        contexts[context.findtext("name")] = context
        for index, message in enumerate(list(context)):
            if message.tag != "message":
                continue
            key = (context.findtext("name"), message.findtext("source"))
            seen.add(key)
            old = before.get(key)
            if old is not None and message.get("numerus") != "yes":
                context.remove(message)
                context.insert(index, copy.deepcopy(old))
                restored += 1
    for (name, source), old in before.items():
        if (name, source) in seen or f'"{name}"' not in code or f'"{source}"' not in code:
            continue
        target = contexts.get(name)
        if target is None:
            target = contexts[name] = ET.SubElement(tree.getroot(), "context")
            ET.SubElement(target, "name").text = name
        target.append(copy.deepcopy(old))
        restored += 1
    if restored:
        header = path.read_text(encoding="utf-8").split("<TS", 1)[0]
        path.write_text(header + ET.tostring(tree.getroot(), encoding="unicode") + "\n",
                        encoding="utf-8")


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
