"""Real Press Desk processes for the concurrency and crash tests: started together, or killed.

Each process runs the command line (``desktop.cli.main``) in a fresh interpreter. With
``go``, it first waits for that file to appear, so processes that took different times to
import start their work together.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_RUNNER = (
    "import os, sys, time\n"
    "go = os.environ.get('PRESSDESK_TEST_GO')\n"
    "while go and not os.path.exists(go): time.sleep(0.005)\n"
    "from desktop.cli import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


@dataclass
class Finished:
    code: int
    out: str
    err: str


def _environment(home: Path, go: Path | None) -> dict[str, str]:
    env = dict(os.environ, PRESSDESK_HOME=str(home), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(ROOT))
    env.pop("PRESSDESK_DATABASE_URL", None)
    if go is not None:
        env["PRESSDESK_TEST_GO"] = str(go)
    return env


def start(home: Path, url: str, *args: str, go: Path | None = None) -> subprocess.Popen[str]:
    # Imports are done before the go file appears: the runner imports the CLI's modules
    # only after it, so warm them through the interpreter's own start-up instead.
    return subprocess.Popen([sys.executable, "-c", _RUNNER, "--db", url, *args],
                            cwd=ROOT, env=_environment(home, go), text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def run_together(home: Path, url: str, commands: list[list[str]]) -> list[Finished]:
    """Start every command, let them all go at once, and collect what each printed."""
    go = home / f"go-{time.monotonic_ns()}"
    home.mkdir(parents=True, exist_ok=True)
    processes = [start(home, url, *command, go=go) for command in commands]
    time.sleep(0.3)  # not a correctness condition: only lines the processes up more often
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
