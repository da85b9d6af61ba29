"""Builds the assets (``desktop.assets.build_assets``) before setuptools copies package data.

Everything else about the package lives in ``pyproject.toml``. The hook runs for a wheel,
``pip install .`` and an editable install alike; it writes ``desktop/_assets`` beside the
sources (git-ignored), which the package data of ``pyproject.toml`` then ships.
"""

from __future__ import annotations

import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

from desktop.assets import build_assets  # noqa: E402  (stdlib only, needs ROOT on the path)


class BuildPyWithAssets(build_py):
    """``build_py`` that first compiles ``resources/`` into ``desktop/_assets``."""

    def run(self) -> None:
        build_assets(ROOT / "resources", ROOT / "desktop" / "_assets")
        super().run()


setup(cmdclass={"build_py": BuildPyWithAssets})
