"""The built bundle works on its own: version, a release imported, the window shown and pictured.

Runs when ``PRESSDESK_BUNDLE`` names the bundle folder (``dist/pressdesk``) or its executable;
``scripts/test`` builds the bundle once per run and sets it, with ``PRESSDESK_REQUIRE_BUNDLE=1``
so that a missing bundle fails instead of skipping. The bundle runs with a bare environment (no
virtual environment, no ``PYTHONPATH``), from a temporary folder, on a temporary database.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from desktop import __version__

BUNDLE_ENV = "PRESSDESK_BUNDLE"
REQUIRE_ENV = "PRESSDESK_REQUIRE_BUNDLE"
SAMPLE = (Path(__file__).resolve().parents[2] / "resources" / "samples" / "releases"
          / "tajikistan_almaty_process_fr.txt")


@pytest.fixture(scope="module")
def executable() -> Path:
    given = os.environ.get(BUNDLE_ENV)
    if not given:
        if os.environ.get(REQUIRE_ENV) == "1":
            pytest.fail(f"{REQUIRE_ENV}=1 but {BUNDLE_ENV} names no bundle")
        pytest.skip(f"{BUNDLE_ENV} not set (bash packaging/build.sh, then "
                    f"{BUNDLE_ENV}=dist/pressdesk)")
    path = Path(given)
    path = path / "pressdesk" if path.is_dir() else path
    assert path.is_file() and os.access(path, os.X_OK), f"{BUNDLE_ENV}: {path} is not executable"
    return path.resolve()


def _run(executable: Path, home: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "PRESSDESK_HOME": str(home),
           "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    return subprocess.run([str(executable), *arguments], cwd=home, env=env, capture_output=True,
                          text=True, timeout=300)


def test_the_bundle_prints_its_version(executable: Path, tmp_path: Path) -> None:
    done = _run(executable, tmp_path, "--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"pressdesk {__version__}"


def test_the_bundle_imports_a_release_and_shows_it_in_french(
        executable: Path, tmp_path: Path) -> None:
    database = tmp_path / "smoke.sqlite3"
    imported = _run(executable, tmp_path, "--db", str(database), "releases", "import",
                    str(SAMPLE), "--json")
    assert imported.returncode == 0, imported.stderr
    listed = _run(executable, tmp_path, "--db", str(database), "contacts", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert "Abdulfattoh Shafiev" in json.dumps(json.loads(listed.stdout), ensure_ascii=False)

    (tmp_path / "config").mkdir(exist_ok=True)
    (tmp_path / "config" / "pressdesk.ini").write_text("[ui]\nlanguage=fr\n", encoding="utf-8")
    picture = tmp_path / "releases.png"
    shown = _run(executable, tmp_path, "--db", str(database), "--screenshot", str(picture),
                 "--view", "releases")
    assert shown.returncode == 0, shown.stderr
    assert picture.read_bytes().startswith(b"\x89PNG") and picture.stat().st_size > 10_000
    log = (tmp_path / "logs" / "pressdesk.log").read_text(encoding="utf-8")
    assert "no translation" not in log and "cannot build translations" not in log
    assert "Traceback" not in log and "Traceback" not in shown.stderr


def test_the_bundle_runs_its_bundled_demo(executable: Path, tmp_path: Path) -> None:
    done = _run(executable, tmp_path, "--db", str(tmp_path / "demo.sqlite3"), "demo", "--json")
    assert done.returncode == 0, done.stderr
