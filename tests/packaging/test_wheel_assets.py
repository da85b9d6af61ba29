"""The wheel carries every asset the app loads, built from the sources in ``resources/``.

The wheel is built once (``pip wheel --no-deps --no-build-isolation``) from a copy of the
sources, so the checkout's own ``desktop/_assets`` cannot hide a missing build step; then it is
installed into a bare folder and the app, run from there, finds its translations and samples.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from desktop import APP_ID

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "resources"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def _copy_sources(target: Path) -> None:
    """What a clean clone holds: no built assets, caches or virtual environment."""
    ignore = shutil.ignore_patterns("_assets", "__pycache__", "*.pyc", "*.qm")
    for name in ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md"):
        shutil.copy2(ROOT / name, target / name)
    shutil.copytree(ROOT / "desktop", target / "desktop", ignore=ignore)
    shutil.copytree(SOURCES, target / "resources", ignore=ignore)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("wheel")
    source = work / "src"
    source.mkdir()
    _copy_sources(source)
    out = work / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps",
                    "--no-build-isolation", "--disable-pip-version-check", "-w", str(out),
                    str(source)], check=True, cwd=work)
    (built,) = out.glob("pressdesk-*.whl")
    return built


def test_every_source_asset_is_in_the_wheel(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {f"desktop/_assets/{path.relative_to(SOURCES).as_posix()}"
                for path in SOURCES.rglob("*") if path.is_file() and path.suffix != ".qm"}
    expected |= {f"desktop/_assets/translations/{ts.stem}.qm"
                 for ts in (SOURCES / "translations").glob("*.ts")}
    expected |= {f"desktop/_assets/hicolor/{n}x{n}/apps/{APP_ID}.png" for n in SIZES}
    expected.add(f"desktop/_assets/hicolor/scalable/apps/{APP_ID}.svg")
    assert sorted(expected - names) == []


def test_the_wheel_carries_the_database_migrations(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    migrations = ROOT / "desktop" / "db" / "migrations" / "versions"
    expected = {f"desktop/db/migrations/versions/{p.name}" for p in migrations.glob("*.py")}
    assert expected and sorted(expected - names) == []


def test_installed_wheel_finds_its_translations_and_samples(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps",
                    "--disable-pip-version-check", "--target", str(site), str(wheel)], check=True)
    probe = (
        "import desktop, desktop.paths as p\n"
        "from PySide6.QtCore import QCoreApplication, QTranslator\n"
        "from desktop.ui.i18n import find_qm\n"
        "app = QCoreApplication([])\n"
        "qm = find_qm('fr')\n"
        "t = QTranslator(); assert qm is not None and t.load(str(qm))\n"
        "print(desktop.__file__); print(qm)\n"
        "print(len(list(p.SAMPLE_RELEASES_DIR.iterdir())))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(site), "QT_QPA_PLATFORM": "offscreen",
           "PRESSDESK_HOME": str(tmp_path / "home")}
    done = subprocess.run([sys.executable, "-c", probe], env=env, cwd=tmp_path,
                          capture_output=True, text=True, check=True)
    package, qm, samples = done.stdout.split()
    assert Path(package).is_relative_to(site)
    assert Path(qm).is_relative_to(site / "desktop" / "_assets" / "translations")
    assert int(samples) == len(list((SOURCES / "samples" / "releases").iterdir()))
