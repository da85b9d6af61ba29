"""Rebuilding the ``.qm`` catalogues while an app (or another test run) has them loaded.

QTranslator memory-maps its ``.qm``; the build used to rewrite the file in place, and the
running process died with a Bus error at its next translation (the UI tests rebuild the
catalogues at start, so one engineer's test run killed another's). Now a new file is renamed
over the old one, and an unchanged catalogue is not touched at all.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop.assets import LANGUAGES, compile_translations, qt_tool

pytestmark = pytest.mark.skipif(qt_tool("lrelease") is None, reason="needs Qt's lrelease")

ROOT = Path(__file__).resolve().parents[2]


def _write_ts(folder: Path, words: dict[str, str]) -> None:
    messages = "".join(f"<message><source>{source}</source>"
                       f"<translation>{target}</translation></message>"
                       for source, target in words.items())
    for language in LANGUAGES:
        (folder / f"pressdesk_{language}.ts").write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
            f'<TS version="2.1" language="{language}"><context><name>Window</name>'
            f"{messages}</context></TS>\n", encoding="utf-8")


BEFORE = {"&amp;File": "&amp;Fichier", **{f"Word {n}": f"Mot {n}" for n in range(300)}}
AFTER = {"&amp;File": "&amp;Fichier", "&amp;Edit": "É&amp;dition"}
"""A release that drops most strings: the new catalogue is much shorter than the mapped one."""

RUNNING_APP = textwrap.dedent("""
    import sys
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication, QTranslator
    from desktop.assets import compile_translations

    next_sources, built = Path(sys.argv[1]), Path(sys.argv[2])
    app = QCoreApplication([])
    translator = QTranslator()
    assert translator.load(str(built / "pressdesk_fr.qm"))
    print(translator.translate("Window", "Word 299"), flush=True)
    compile_translations(next_sources, built)
    print(translator.translate("Window", "Word 299"), translator.translate("Window", "&File"))
""")


class QTranslatorFile:
    """The catalogue as a newly started app reads it."""

    def __init__(self, path: Path) -> None:
        from PySide6.QtCore import QTranslator

        self.translator = QTranslator()
        assert self.translator.load(str(path))

    def translate(self, source: str) -> str:
        return self.translator.translate("Window", source)


def test_a_running_app_keeps_translating_while_the_catalogues_are_rebuilt(
        tmp_path: Path) -> None:
    sources, next_sources, built = tmp_path / "ts", tmp_path / "next", tmp_path / "qm"
    sources.mkdir()
    next_sources.mkdir()
    _write_ts(sources, BEFORE)
    _write_ts(next_sources, AFTER)
    compile_translations(sources, built)
    result = subprocess.run(
        [sys.executable, "-c", RUNNING_APP, str(next_sources), str(built)],
        capture_output=True, text=True, timeout=120, cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, check=False)
    # In place, the old process died (-7, Bus error) or lost its translations.
    assert result.returncode == 0, (result.returncode, result.stderr)
    assert result.stdout.split("\n")[:2] == ["Mot 299", "Mot 299 &Fichier"]
    fresh = QTranslatorFile(built / "pressdesk_fr.qm")
    assert fresh.translate("&Edit") == "É&dition" and fresh.translate("Word 299") == ""
    assert sorted(p.name for p in built.iterdir()) == [f"pressdesk_{language}.qm"
                                                       for language in sorted(LANGUAGES)]


def test_an_unchanged_catalogue_is_left_as_it_is(tmp_path: Path) -> None:
    sources, built = tmp_path / "ts", tmp_path / "qm"
    sources.mkdir()
    _write_ts(sources, AFTER)
    compile_translations(sources, built)
    then = 1_000_000_000
    for qm in built.iterdir():
        os.utime(qm, (then, then))
    before = {qm.name: qm.stat().st_ino for qm in built.iterdir()}
    assert compile_translations(sources, built) == [built / f"pressdesk_{language}.qm"
                                                    for language in LANGUAGES]
    assert {qm.name: qm.stat().st_ino for qm in built.iterdir()} == before
    assert {int(qm.stat().st_mtime) for qm in built.iterdir()} == {then}


def test_a_new_catalogue_is_readable_as_any_new_file(tmp_path: Path) -> None:
    sources, built = tmp_path / "ts", tmp_path / "qm"
    sources.mkdir()
    _write_ts(sources, AFTER)
    previous = os.umask(0o022)
    try:
        compile_translations(sources, built)
    finally:
        os.umask(previous)
    if os.name == "posix":
        assert {qm.stat().st_mode & 0o777 for qm in built.iterdir()} == {0o644}
