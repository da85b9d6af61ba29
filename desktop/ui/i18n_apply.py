"""Fill French and Spanish translations from a JSON file, safely when several people work at once.

``python -m desktop.ui.i18n_apply FILE.json`` refreshes the ``.ts`` catalogues from the code
(pyside6-lupdate), sets every translation the file gives, and rebuilds the ``.qm`` files, all
under one lock so two runs never overwrite each other's work. The file maps a context (the
class whose ``tr()`` holds the string) to its sources::

    {"InquiriesView": {"Due in {hours} h": {"fr": "Échéance dans {hours} h",
                                            "es": "Vence en {hours} h"},
                       "%n overdue": {"fr": ["%n en retard", "%n en retard"],
                                      "es": ["%n vencida", "%n vencidas"]}}}

A plural (``%n``) source takes a list: one form per plural form of the language.
``--check`` lists every string still untranslated, and exits 1 if there is one.
"""

from __future__ import annotations

import argparse
import fcntl
import json
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from desktop.ui.i18n_build import LANGUAGES, build_qm, ts_path, update_ts

Translations = dict[str, dict[str, dict[str, str | list[str]]]]
_HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


@contextmanager
def _locked() -> Iterator[None]:
    lock_path = Path(tempfile.gettempdir()) / "pressdesk-i18n.lock"
    with lock_path.open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _set(message: ET.Element, value: str | list[str]) -> None:
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        forms = value if isinstance(value, list) else [value]
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = value if isinstance(value, str) else value[0]


def apply(translations: Translations, language: str) -> list[str]:
    """Set the translations for ``language``; return the (context, source) pairs not found."""
    path = ts_path(language)
    tree = ET.parse(path)
    missing: list[str] = []
    contexts = {c.findtext("name"): c for c in tree.getroot().iter("context")}
    for context_name, sources in translations.items():
        context = contexts.get(context_name)
        for source, by_language in sources.items():
            value = by_language.get(language)
            if value is None:
                continue
            found = [] if context is None else [
                m for m in context.iter("message") if m.findtext("source") == source]
            if not found:
                missing.append(f"{context_name}: {source!r}")
            for message in found:
                _set(message, value)
    path.write_text(_HEADER + ET.tostring(tree.getroot(), encoding="unicode") + "\n",
                    encoding="utf-8")
    return missing


def untranslated(language: str) -> list[str]:
    root = ET.parse(ts_path(language)).getroot()
    return [f"{context.findtext('name')}: {message.findtext('source')!r}"
            for context in root.iter("context") for message in context.iter("message")
            if (message.find("translation") is None
                or message.find("translation").get("type") == "unfinished")]  # type: ignore[union-attr]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("files", nargs="*", type=Path, help="JSON files of translations")
    parser.add_argument("--check", action="store_true", help="list untranslated strings")
    args = parser.parse_args(argv)
    with _locked():
        update_ts()
        missing: list[str] = []
        for file in args.files:
            translations: Translations = json.loads(file.read_text(encoding="utf-8"))
            for language in LANGUAGES:
                missing += apply(translations, language)
        update_ts()  # back to lupdate's own layout
        build_qm()
    for item in sorted(set(missing)):
        print(f"not in the code (check the context and the exact source): {item}",
              file=sys.stderr)
    if args.check:
        left = [f"{language}: {item}" for language in LANGUAGES for item in untranslated(language)]
        for item in left:
            print(f"untranslated: {item}", file=sys.stderr)
        return 1 if left or missing else 0
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
