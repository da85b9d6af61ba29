"""Real Press Desk processes for the concurrency and crash tests: started together, or killed.

Each process runs the command line (``desktop.cli.main``) in a fresh interpreter. With
``go``, it first waits for that file to appear, so processes that took different times to
import start their work together.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_RUNNER = (
    "import os, sys, time\n"
    "from desktop.cli import build_parser, main\n"
    "build_parser()\n"  # the command modules, so the work starts at once after "go"
    "import desktop.services.maintenance, desktop.services.releases, desktop.db.migrate\n"
    "import desktop.services.contacts, desktop.services.search, desktop.cli.output\n"
    "import desktop.search.index, phonenumbers\n"
    "ready = os.environ.get('PRESSDESK_TEST_READY')\n"
    "if ready: open(ready, 'w').close()\n"
    "go = os.environ.get('PRESSDESK_TEST_GO')\n"
    "while go and not os.path.exists(go): time.sleep(0.002)\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


@dataclass
class Finished:
    code: int
    out: str
    err: str


def _environment(home: Path, go: Path | None, ready: Path | None) -> dict[str, str]:
    env = dict(os.environ, PRESSDESK_HOME=str(home), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(ROOT))
    env.pop("PRESSDESK_DATABASE_URL", None)
    if go is not None:
        env["PRESSDESK_TEST_GO"] = str(go)
    if ready is not None:
        env["PRESSDESK_TEST_READY"] = str(ready)
    return env


def start(home: Path, url: str, *args: str, go: Path | None = None,
          ready: Path | None = None) -> subprocess.Popen[str]:
    """Start ``pressdesk --db URL ARGS``; with ``go`` it imports everything, touches
    ``ready``, then waits for ``go`` before doing the work."""
    return subprocess.Popen([sys.executable, "-c", _RUNNER, "--db", url, *args],
                            cwd=ROOT, env=_environment(home, go, ready), text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def run_together(home: Path, url: str, commands: list[list[str]]) -> list[Finished]:
    """Start every command, let them all go at once, and collect what each printed."""
    go = home / f"go-{time.monotonic_ns()}"
    home.mkdir(parents=True, exist_ok=True)
    ready = [home / f"ready-{n}-{go.name}" for n in range(len(commands))]
    processes = [start(home, url, *command, go=go, ready=flag)
                 for command, flag in zip(commands, ready, strict=True)]
    _wait_ready(ready, processes)
    go.touch()
    finished = []
    for process in processes:
        out, err = process.communicate(timeout=600)
        finished.append(Finished(process.returncode, out, err))
    return finished


def run(home: Path, url: str, *args: str) -> Finished:
    process = start(home, url, *args)
    out, err = process.communicate(timeout=600)
    return Finished(process.returncode, out, err)


def _wait_ready(flags: list[Path], processes: list[subprocess.Popen[str]]) -> None:
    """Until every process has imported its modules (or died trying)."""
    while not all(f.exists() or p.poll() is not None
                  for f, p in zip(flags, processes, strict=True)):
        time.sleep(0.01)


@dataclass
class Killed:
    finished: bool
    """The process ended by itself before the kill arrived (the work is then whole)."""
    code: int | None
    err: str


def kill_after(home: Path, url: str, args: list[str], delay: float) -> Killed:
    """Run ``args`` and SIGKILL the process ``delay`` seconds after its work started."""
    home.mkdir(parents=True, exist_ok=True)
    go = home / f"go-{time.monotonic_ns()}"
    ready = home / f"ready-{go.name}"
    process = start(home, url, *args, go=go, ready=ready)
    _wait_ready([ready], [process])
    go.touch()
    try:
        process.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
    _out, err = process.communicate(timeout=600)
    finished = process.returncode is not None and process.returncode >= 0
    return Killed(finished, process.returncode, err)


def timed(home: Path, url: str, args: list[str]) -> float:
    """Seconds the work of ``args`` takes once the process is ready (to spread the kills)."""
    home.mkdir(parents=True, exist_ok=True)
    go = home / f"go-{time.monotonic_ns()}"
    ready = home / f"ready-{go.name}"
    process = start(home, url, *args, go=go, ready=ready)
    _wait_ready([ready], [process])
    began = time.monotonic()
    go.touch()
    _out, err = process.communicate(timeout=600)
    assert process.returncode == 0, err
    return time.monotonic() - began
