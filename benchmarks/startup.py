"""Start-up of the desktop app beside two floors measured in the same run.

    python benchmarks/startup.py [--contacts 10000 100000] [--runs 3] [--json]

Each figure is the median of ``--runs`` fresh processes (offscreen Qt unless --platform says
otherwise), timed from process start by the wall clock:

- floor 1, a bare PySide6 window: QApplication + QMainWindow + QTableView + QLineEdit, painted;
- floor 2, that window, then the imports the app cannot avoid (SQLAlchemy, Alembic,
  phonenumbers, Babel, email-validator) and one raw page of 200 names from the database;
- the app (``python -m desktop``, the pressdesk command) and the GUI entry alone
  (``desktop.app.run_app``, without the command-line module's imports): window painted,
  first page of contacts shown, peak RSS.

Goals: painted within 1.5x floor 1; first page within 1.3x floor 2; peak RSS < 150 MiB at 100k
contacts and not growing with the directory's size.
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

_WINDOW = """
import json, resource, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (QApplication, QLineEdit, QMainWindow, QTableView, QVBoxLayout,
                               QWidget)
app = QApplication(sys.argv[:1])
window = QMainWindow()
body = QWidget(); layout = QVBoxLayout(body)
layout.addWidget(QLineEdit()); table = QTableView(); layout.addWidget(table)
window.setCentralWidget(body); window.resize(1200, 760)
marks = {}
def after_paint():
    AFTER
    try:  # VmHWM: ru_maxrss survives fork+exec from this (big) benchmark process
        hwm = [l for l in open("/proc/self/status") if l.startswith("VmHWM:")][0]
        marks["peak_rss_mib"] = int(hwm.split()[1]) / 1024
    except OSError:
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        marks["peak_rss_mib"] = rss / (2**20 if sys.platform == "darwin" else 1024)
    print(json.dumps(marks), flush=True)
    app.quit()
class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and "painted" not in marks:
            marks["painted"] = time.time()
            QTimer.singleShot(0, after_paint)
        return False
watch = Watch(); window.installEventFilter(watch)
window.show()
app.exec()
"""

_BARE_AFTER = "marks['first_page'] = marks['painted']"
_IMPORTS_AFTER = """
    import alembic.migration, babel, email_validator, phonenumbers, sqlalchemy, sqlalchemy.orm
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    engine = sqlalchemy.create_engine(sys.argv[1])
    with engine.connect() as conn:
        rows = conn.execute(sqlalchemy.text(
            "SELECT id, full_name FROM contacts WHERE archived = false "
            "ORDER BY name_key, id LIMIT 200")).all()
    model = QStandardItemModel(len(rows), 1)
    for n, row in enumerate(rows):
        model.setItem(n, 0, QStandardItem(row.full_name))
    table.setModel(model); table.viewport().repaint()
    marks["first_page"] = time.time()
    marks["rows"] = len(rows)
"""

_GUI_ENTRY = """
import argparse, sys
from desktop.app import run_app
sys.exit(run_app(argparse.Namespace(db=sys.argv[1], demo=False, screenshot=None, view=None,
                                    query=None)))
"""


def _run(command: list[str], env: dict[str, str]) -> dict[str, Any]:
    started = time.time()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300,
                            cwd=ROOT)
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if result.returncode != 0 or not lines:
        raise RuntimeError(f"{command[:3]} failed ({result.returncode}): {result.stderr[-2000:]}")
    marks = json.loads(lines[-1])
    return {"painted_s": marks["painted"] - started,
            "first_page_s": marks["first_page"] - started,
            "peak_rss_mib": marks["peak_rss_mib"], "rows": marks.get("rows")}


def _median(samples: list[dict[str, Any]]) -> dict[str, Any]:
    return {key: statistics.median(s[key] for s in samples) if key != "rows" else samples[0][key]
            for key in samples[0]}


def _directory(folder: Path, contacts: int, releases: int) -> str:
    """A generated directory of ``contacts`` people, kept between runs in ``folder``."""
    path = folder / f"directory_{contacts}_{releases}.sqlite3"
    url = f"sqlite:///{path}"
    if not path.exists():
        sys.path.insert(0, str(ROOT))
        from benchmarks.generate import generate
        from desktop.services.database import open_database

        db = open_database(url)
        try:
            print(f"generating {contacts:,} contacts, {releases:,} releases…", file=sys.stderr)
            generate(db, contacts, releases)
        finally:
            db.dispose()
    return url


def measure(url: str, runs: int, platform: str, home: Path) -> dict[str, dict[str, Any]]:
    env = dict(os.environ, QT_QPA_PLATFORM=platform, PRESSDESK_HOME=str(home),
               PRESSDESK_STARTUP_PROBE="1", PYTHONPATH=str(ROOT))
    py = sys.executable
    commands = {
        "floor 1: bare window": [py, "-c", _WINDOW.replace("AFTER", _BARE_AFTER)],
        "floor 2: window + imports + raw page": [
            py, "-c", _WINDOW.replace("    AFTER", _IMPORTS_AFTER), url],
        "app: pressdesk command": [py, "-m", "desktop", "--db", url],
        "app: GUI entry only": [py, "-c", _GUI_ENTRY, url],
    }
    _run(commands["app: pressdesk command"], env)  # warm the file cache, migrate check
    results: dict[str, dict[str, Any]] = {}
    for name, command in commands.items():
        results[name] = _median([_run(command, env) for _ in range(runs)])
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--contacts", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--releases", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--platform", default="offscreen", help="Qt platform (offscreen, xcb…)")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir())
                        / "pressdesk-bench", help="where generated directories are kept")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    report: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as home:
        for size in args.contacts:
            url = _directory(args.cache, size, args.releases)
            report[str(size)] = measure(url, args.runs, args.platform, Path(home))
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    for size, results in report.items():
        floor1 = results["floor 1: bare window"]
        floor2 = results["floor 2: window + imports + raw page"]
        print(f"\n{int(size):,} contacts (median of {args.runs} runs)")
        print(f"  {'':40} {'painted':>9} {'1st page':>9} {'peak RSS':>10}")
        for name, r in results.items():
            print(f"  {name:40} {r['painted_s']:8.3f}s {r['first_page_s']:8.3f}s "
                  f"{r['peak_rss_mib']:7.1f} MiB")
        for name in ("app: pressdesk command", "app: GUI entry only"):
            r = results[name]
            print(f"  {name}: painted {r['painted_s'] / floor1['painted_s']:.2f}x floor 1 "
                  f"(goal 1.5x), first page {r['first_page_s'] / floor2['first_page_s']:.2f}x "
                  f"floor 2 (goal 1.3x), RSS {r['peak_rss_mib']:.0f} MiB (goal < 150)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
