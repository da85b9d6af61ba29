"""``pressdesk --screenshot``: the picture the README shows is made by the app itself."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("view", ["card", "edit"])
def test_screenshot_writes_a_png(tmp_path: Path, fresh_sqlite_url: str, view: str) -> None:
    out = tmp_path / "shot.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PRESSDESK_HOME=str(tmp_path / "home"))
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--db", fresh_sqlite_url, "--demo",
         "--screenshot", str(out), "--view", view, "--query", "almaty"],
        env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert image.width() >= 800 and image.height() >= 500
