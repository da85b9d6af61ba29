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
import time
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


def _run(executable: Path, home: Path, *arguments: str,
         extra: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "PRESSDESK_HOME": str(home),
           "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8", **(extra or {})}
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


def test_the_bundle_imports_contacts_in_a_second_process(executable: Path, tmp_path: Path) -> None:
    """A large contact file is read and checked in a second process; in the bundle that process
    is the bundle itself started by multiprocessing (freeze_support in desktop/__main__.py), so it
    must start, import what one process imports, and leave no process behind."""
    cards = tmp_path / "people.vcf"
    cards.write_text("".join(
        "BEGIN:VCARD\r\nVERSION:4.0\r\n"
        f"FN:Lucía Ferreira {n}\r\nN:Ferreira {n};Lucía;;;\r\nORG:OIM Sénégal\r\n"
        f"TEL;TYPE=cell:+221 77 {100 + n // 1000:03d} {n % 1000:04d}\r\n"
        f"EMAIL;TYPE=work:lucia.{n}@example.org\r\nEND:VCARD\r\n" for n in range(400)),
        encoding="utf-8")
    outcomes, readers = [], []
    for processes in ("1", "2"):
        env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PRESSDESK_HOME": str(tmp_path),
               "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8",
               "PRESSDESK_IMPORT_PROCESSES": processes}
        arguments = [str(executable), "--db", str(tmp_path / f"import{processes}.sqlite3"),
                     "contacts", "import", str(cards), "--json"]
        output, errors = tmp_path / f"out{processes}.json", tmp_path / f"err{processes}.txt"
        with output.open("w") as out_file, errors.open("w") as err_file, subprocess.Popen(
                arguments, cwd=tmp_path, env=env, stdout=out_file, stderr=err_file) as running:
            seen: set[str] = set()
            began = time.monotonic()
            while running.poll() is None and time.monotonic() - began < 300:
                seen.update(_children(running.pid))  # the reader: the bundle started again
                time.sleep(0.02)
            running.kill() if running.poll() is None else None
        out, err = output.read_text(), errors.read_text()
        assert running.returncode == 0, err
        assert "Traceback" not in err
        readers.append(any("--multiprocessing-fork" in command for command in seen))
        report = json.loads(out)
        assert (report["created"], report["problems"]) == (400, [])
        outcomes.append(sorted((c["name"], c["phones"][0]["e164"]) for c in report["contacts"]))
    assert readers == [False, True]
    assert outcomes[0] == outcomes[1]
    for _ in range(100):  # the reader and multiprocessing's tracker end just after the writer
        left = subprocess.run(["pgrep", "-f", str(executable)], capture_output=True, text=True)
        if not left.stdout.strip():
            break
        time.sleep(0.1)
    assert left.stdout.strip() == "", "a process of the bundle outlived its import"


def _children(pid: int) -> list[str]:
    """The command lines of ``pid``'s child processes (Linux /proc)."""
    commands = []
    for status in Path("/proc").glob("[0-9]*/stat"):
        try:
            parent = int(status.read_text().rsplit(")", 1)[1].split()[1])
            if parent == pid:
                commands.append((status.parent / "cmdline").read_bytes().replace(b"\0", b" ")
                                .decode(errors="replace"))
        except (OSError, IndexError, ValueError):
            continue
    return commands
