"""The build step that turns the asset sources in ``resources/`` into what the app loads.

``resources/`` (top level, in git) holds the sources: SVG icons, ``.ts`` catalogues, fonts, demo
releases, the ``.desktop`` file and AppStream metainfo. The app reads none of it: it reads
``desktop/_assets/`` (generated, git-ignored), which :func:`build_assets` fills with copies, the
compiled ``.qm`` catalogues and the application icon as PNG at the standard sizes (``hicolor/``).
One function for every way of getting Press Desk, so all of them find the same files:

- a wheel or ``pip install .``: ``setup.py``'s ``build_py`` runs it before copying package data;
- the checkout (editable install): ``scripts/venv.sh`` runs ``python -m desktop.assets``;
- the PyInstaller bundle: ``packaging/pressdesk.spec`` runs it, then collects ``_assets``.

Standard library only (``setup.py`` imports it in a bare build environment): Qt's ``lrelease``
and ``QSvgRenderer`` are used when PySide6 is there; without them the ``.ts`` files are shipped
and the app compiles them on first use (see ``desktop.ui.i18n.find_qm``).
"""

from __future__ import annotations

import filecmp
import os
import secrets
import shutil
import subprocess
import sys
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
ASSETS_DIR = PACKAGE_DIR / "_assets"
"""What the app loads (generated)."""
SOURCES_DIR = PACKAGE_DIR.parent / "resources"
"""The sources (only in a checkout or an sdist)."""
LANGUAGES = ("fr", "es")
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
COPIED = ("icons", "fonts", "samples", "translations", "desktop")
"""Source folders copied as they are (translations: the ``.ts``, beside the built ``.qm``)."""


def qt_tool(name: str) -> list[str] | None:
    """A Qt tool shipped in the PySide6 wheel (``lrelease``, ``lupdate``), however installed."""
    suffix = ".exe" if sys.platform == "win32" else ""
    try:
        import PySide6

        bundled = Path(PySide6.__file__).parent / f"{name}{suffix}"
        if bundled.exists():
            return [str(bundled)]
    except ImportError:
        pass
    wrapper = Path(sys.executable).parent / f"pyside6-{name}{suffix}"
    if wrapper.exists():
        return [str(wrapper)]
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    return [found] if found else None


def compile_translations(ts_dir: Path, target: Path) -> list[Path]:
    """Each ``pressdesk_<lang>.ts`` in ``ts_dir`` to a ``.qm`` in ``target`` (needs lrelease).

    A running app (or another test run) has the old ``.qm`` memory-mapped by its QTranslator:
    rewriting that file in place makes its next translation a Bus error. So each catalogue is
    compiled beside it under a new name and renamed over it (the mapping keeps the old file),
    and left alone when its bytes have not changed.
    """
    tool = qt_tool("lrelease")
    if tool is None:
        raise RuntimeError("pyside6-lrelease not found (install PySide6)")
    target.mkdir(parents=True, exist_ok=True)
    built = []
    for language in LANGUAGES:
        qm = target / f"pressdesk_{language}.qm"
        # A name not yet taken: lrelease creates it, with a new file's permissions.
        fresh = target / f".{qm.name}.{os.getpid()}.{secrets.token_hex(4)}.part"
        try:
            subprocess.run([*tool, "-silent", str(ts_dir / f"pressdesk_{language}.ts"),
                            "-qm", str(fresh)], check=True)
            if not (qm.is_file() and filecmp.cmp(fresh, qm, shallow=False)):
                os.replace(fresh, qm)
        finally:  # unchanged, or lrelease failed
            fresh.unlink(missing_ok=True)
        built.append(qm)
    return built


def render_app_icons(svg: Path, target: Path) -> list[Path]:
    """``<size>x<size>/apps/<app id>.png`` for each standard size, and ``scalable/apps/<app
    id>.svg``: freedesktop's hicolor theme layout, copied as is into ``share/icons/hicolor``."""
    from desktop import APP_ID

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise RuntimeError(f"icon {svg}: not a valid SVG")
    written = []
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        path = target / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(path)):
            raise RuntimeError(f"icon {path}: cannot write the PNG")
        written.append(path)
    del _app
    scalable = target / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(svg, scalable)
    return [*written, scalable]


def _mirror(source: Path, target: Path) -> None:
    """Copy ``source`` over ``target`` and drop what ``source`` no longer has (built files,
    ``.qm``, are kept): never an empty folder while the app or a test reads it."""
    shutil.copytree(source, target, dirs_exist_ok=True)
    for path in sorted(target.rglob("*"), reverse=True):
        if path.suffix == ".qm" or (source / path.relative_to(target)).exists():
            continue
        if path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink()


def has_sources(root: Path = SOURCES_DIR) -> bool:
    """Whether ``root`` is Press Desk's ``resources/`` (not any folder of that name beside an
    installed package)."""
    return (root / "icons" / "pressdesk.svg").is_file()


def build_assets(sources: Path = SOURCES_DIR, target: Path = ASSETS_DIR) -> Path:
    """Fill ``target`` from ``sources``: copies, ``.qm`` catalogues, PNG app icons.

    Without ``sources`` (an installed package), the assets already built are kept as they are.
    """
    if not has_sources(sources):
        if not target.is_dir():
            raise RuntimeError(f"no asset sources in {sources} and no built assets in {target}")
        return target
    target.mkdir(parents=True, exist_ok=True)
    for name in COPIED:
        if (sources / name).is_dir():
            _mirror(sources / name, target / name)
    try:
        compile_translations(sources / "translations", target / "translations")
    except (RuntimeError, OSError, subprocess.CalledProcessError) as error:
        print(f"assets: translations left as .ts (built on first use): {error}", file=sys.stderr)
    try:
        render_app_icons(sources / "icons" / "pressdesk.svg", target / "hicolor")
    except (ImportError, RuntimeError) as error:  # the wheel test fails on the missing icons
        print(f"assets: no PNG app icons: {error}", file=sys.stderr)
    return target


if __name__ == "__main__":
    print(f"assets built in {build_assets()}", file=sys.stderr)
