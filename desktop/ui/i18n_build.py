"""Build the translations: ``.ts`` (sources, in git) to ``.qm`` (binary, built, gitignored).

``python -m desktop.ui.i18n_build`` builds every ``.qm``; ``--update`` first refreshes the
``.ts`` files from the ``tr()`` calls in ``desktop/ui`` (pyside6-lupdate), keeping translations.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"
UI_DIR = Path(__file__).resolve().parent
LANGUAGES = ("fr", "es")


def ts_path(language: str) -> Path:
    return TRANSLATIONS_DIR / f"pressdesk_{language}.ts"


def _tool(name: str) -> list[str] | None:
    """The Qt Linguist tool shipped in the PySide6 wheel, however PySide6 was installed."""
    try:
        import PySide6

        suffix = ".exe" if sys.platform == "win32" else ""
        bundled = Path(PySide6.__file__).parent / f"{name}{suffix}"
        if bundled.exists():
            return [str(bundled)]
    except ImportError:
        return None
    wrapper = Path(sys.executable).parent / f"pyside6-{name}"
    if wrapper.exists():
        return [str(wrapper)]
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    return [found] if found else None


def update_ts() -> None:
    """Refresh the ``.ts`` sources from the code (new strings appear, translations are kept)."""
    tool = _tool("lupdate")
    if tool is None:
        raise RuntimeError("pyside6-lupdate not found")
    sources = sorted(str(p) for p in UI_DIR.rglob("*.py") if p.name != "i18n_build.py")
    for language in LANGUAGES:
        subprocess.run([*tool, "-silent", "-no-obsolete", "-locations", "none", *sources,
                        "-ts", str(ts_path(language))], check=True)


def build_qm(target_dir: Path | None = None) -> list[Path]:
    """Compile each ``.ts`` to ``.qm`` in ``target_dir`` (default: beside the sources)."""
    tool = _tool("lrelease")
    if tool is None:
        raise RuntimeError("pyside6-lrelease not found")
    target = target_dir or TRANSLATIONS_DIR
    target.mkdir(parents=True, exist_ok=True)
    built = []
    for language in LANGUAGES:
        qm = target / f"pressdesk_{language}.qm"
        subprocess.run([*tool, "-silent", str(ts_path(language)), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


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
