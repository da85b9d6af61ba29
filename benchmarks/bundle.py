"""The bundle's size and the start-up of the bundled app beside ``python -m desktop``.

    bash packaging/build.sh && python benchmarks/bundle.py [--bundle dist/pressdesk] [--runs 7]

Size: bytes on disk of the one-folder bundle (symlinks not counted twice) and of its ``.tar.gz``
when it is there, with the largest parts. Start-up: each run is a new process (offscreen Qt,
the same migrated demo database), timed by the wall clock from process start until the window
has painted and until the first page of contacts is shown (``PRESSDESK_STARTUP_PROBE``, as in
``benchmarks/startup.py``); the two commands take turns, after one unmeasured run each to warm
the file cache. The figure is the median of ``--runs``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def _size(path: Path) -> int:
    total = 0
    for folder, _dirs, files in os.walk(path):
        for name in files:
            file = Path(folder) / name
            if not file.is_symlink():
                total += file.stat().st_size
    return total


def _largest(bundle: Path, count: int = 8) -> list[tuple[str, int]]:
    inside = bundle / "_internal"
    parts = [(p.name, _size(p) if p.is_dir() else p.stat().st_size)
             for p in inside.iterdir() if not p.is_symlink()]
    return sorted(parts, key=lambda part: -part[1])[:count]


def _start(command: list[str], env: dict[str, str]) -> dict[str, float]:
    started = time.time()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300,
                          cwd=env["PRESSDESK_HOME"])
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"{command[0]} failed ({done.returncode}): {done.stderr[-2000:]}")
    marks = json.loads(lines[-1])
    return {"painted_s": marks["painted"] - started,
            "first_page_s": marks["first_page"] - started,
            "peak_rss_mib": marks["peak_rss_mib"]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "pressdesk")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    executable = args.bundle / "pressdesk"
    if not executable.exists():
        print(f"no bundle at {args.bundle}: bash packaging/build.sh first", file=sys.stderr)
        return 1
    archives = sorted(args.bundle.parent.glob("pressdesk-*.tar.gz"))
    report: dict[str, Any] = {
        "bundle_mib": _size(args.bundle) / 2**20,
        "archive_mib": archives[-1].stat().st_size / 2**20 if archives else None,
        "largest_mib": {name: size / 2**20 for name, size in _largest(args.bundle)},
    }
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "PRESSDESK_HOME": home, "QT_QPA_PLATFORM": "offscreen",
               "PRESSDESK_STARTUP_PROBE": "1"}
        env.pop("PRESSDESK_DATABASE_URL", None)
        database = str(Path(home) / "bench.sqlite3")
        subprocess.run([str(executable), "--db", database, "demo"], env=env, check=True,
                       capture_output=True, timeout=300)
        commands = {"bundle": [str(executable), "--db", database],
                    "python -m desktop": [sys.executable, "-m", "desktop", "--db", database]}
        runs: dict[str, list[dict[str, float]]] = {name: [] for name in commands}
        for command in commands.values():
            _start(command, env)  # warm the file cache, write bytecode
        for _ in range(args.runs):
            for name, command in commands.items():
                runs[name].append(_start(command, env))
    report["start"] = {name: {key: statistics.median(r[key] for r in results)
                              for key in results[0]} for name, results in runs.items()}
    report["runs"] = args.runs
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    print(f"bundle: {report['bundle_mib']:.0f} MiB on disk"
          + (f", {report['archive_mib']:.0f} MiB as .tar.gz" if archives else ""))
    print("largest parts: " + ", ".join(f"{name} {size:.0f}"
                                        for name, size in report["largest_mib"].items()))
    print(f"start-up, median of {args.runs} (s from process start):")
    for name, figures in report["start"].items():
        print(f"  {name:18} window painted {figures['painted_s']:.2f}  first page "
              f"{figures['first_page_s']:.2f}  peak RSS {figures['peak_rss_mib']:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
