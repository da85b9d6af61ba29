"""Start-up of the desktop app beside two floors measured in the same run.

    python benchmarks/startup.py [--contacts 10000 100000] [--runs 5] [--json]

Each figure is the median of ``--runs`` fresh processes (offscreen Qt unless --platform says
otherwise), timed from process start by the wall clock; the commands take turns within each
round so that a busy machine slows floors and app alike:

- floor 1, a bare PySide6 window: QApplication + QMainWindow + QTableView + QLineEdit, painted;
- floor 2, that window, then the imports the app cannot avoid (SQLAlchemy, Alembic,
  phonenumbers, Babel, email-validator) and one raw page of 200 names from the database;
- the app as users start it: the ``pressdesk`` command (the console script installed beside
  this Python) and ``python -m desktop``: window painted, first page of contacts shown, peak
  RSS (VmHWM).

Every command runs once first to warm the file cache and write bytecode, as an installed app
has it. Goals: painted within 1.5x floor 1; first page within 1.3x floor 2; peak RSS < 150 MiB
at 100k contacts and not growing with the directory's size.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
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


PAINT_GOAL, PAGE_GOAL, RSS_GOAL_MIB = 1.5, 1.3, 150.0
FLOOR1, FLOOR2 = "floor 1: bare window", "floor 2: window + imports + raw page"


def _entry_point() -> list[str]:
    """The ``pressdesk`` console script of this environment, else what it runs."""
    script = Path(sys.executable).parent / ("pressdesk.exe" if os.name == "nt" else "pressdesk")
    found = str(script) if script.exists() else shutil.which("pressdesk")
    return [found] if found else [sys.executable, "-m", "desktop"]


def measure(url: str, runs: int, platform: str, home: Path) -> dict[str, dict[str, Any]]:
    env = dict(os.environ, QT_QPA_PLATFORM=platform, PRESSDESK_HOME=str(home),
               PRESSDESK_STARTUP_PROBE="1", PYTHONPATH=str(ROOT))
    # An installed app runs from cached bytecode; the warm-up run below writes it. Where the
    # environment forbids that, every run would recompile the app's own modules (the floors'
    # site-packages are precompiled), which measures the environment, not the app.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    py = sys.executable
    commands = {
        FLOOR1: [py, "-c", _WINDOW.replace("AFTER", _BARE_AFTER)],
        FLOOR2: [py, "-c", _WINDOW.replace("    AFTER", _IMPORTS_AFTER), url],
        "app: pressdesk": [*_entry_point(), "--db", url],
        "app: python -m desktop": [py, "-m", "desktop", "--db", url],
    }
    for command in commands.values():  # warm the file cache; the app checks the schema
        _run(command, env)
    samples: dict[str, list[dict[str, Any]]] = {name: [] for name in commands}
    for _ in range(runs):  # take turns, so drift in the machine's load hits every command
        for name, command in commands.items():
            samples[name].append(_run(command, env))
    return {name: _median(found) for name, found in samples.items()}


def _verdicts(results: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Each app figure beside its floor: the ratio and whether it meets the goal."""
    floor1, floor2 = results[FLOOR1], results[FLOOR2]
    verdicts = {}
    for name, r in results.items():
        if not name.startswith("app"):
            continue
        paint = r["painted_s"] / floor1["painted_s"]
        page = r["first_page_s"] / floor2["first_page_s"]
        verdicts[name] = {
            "painted": {"s": r["painted_s"], "floor_s": floor1["painted_s"], "ratio": paint,
                        "goal_ratio": PAINT_GOAL, "ok": paint <= PAINT_GOAL},
            "first_page": {"s": r["first_page_s"], "floor_s": floor2["first_page_s"],
                           "ratio": page, "goal_ratio": PAGE_GOAL, "ok": page <= PAGE_GOAL,
                           "rows": r["rows"]},
            "peak_rss": {"mib": r["peak_rss_mib"], "floor1_mib": floor1["peak_rss_mib"],
                         "floor2_mib": floor2["peak_rss_mib"], "goal_mib": RSS_GOAL_MIB,
                         "ok": r["peak_rss_mib"] < RSS_GOAL_MIB},
        }
    return verdicts


def _print(report: dict[str, Any], runs: int) -> None:
    sizes = report["sizes"]
    for size, entry in sizes.items():
        results = entry["raw"]
        print(f"\n{int(size):,} contacts (median of {runs} runs, seconds from process start)")
        print(f"  {'':48} {'painted':>8} {'1st page':>9} {'peak RSS':>10}")
        for name, r in results.items():
            print(f"  {name:48} {r['painted_s']:7.3f}s {r['first_page_s']:8.3f}s "
                  f"{r['peak_rss_mib']:6.1f} MiB")
        print(f"  {'app figure':48} {'app':>8} {'floor':>9} {'ratio':>7} {'goal':>7}")
        for name, v in entry["app"].items():
            def line(label: str, value: float, floor: float, ratio: float, goal: str,
                     ok: bool) -> None:
                mark = "ok" if ok else "MISSED"
                print(f"  {label:48} {value:8.3f} {floor:9.3f} {ratio:6.2f}x {goal:>7}  {mark}")
            p, f, m = v["painted"], v["first_page"], v["peak_rss"]
            line(f"{name}: painted (s, floor 1)", p["s"], p["floor_s"], p["ratio"],
                 f"{PAINT_GOAL}x", p["ok"])
            line(f"{name}: first page (s, floor 2)", f["s"], f["floor_s"], f["ratio"],
                 f"{PAGE_GOAL}x", f["ok"])
            line(f"{name}: peak RSS (MiB, floor 2)", m["mib"], m["floor2_mib"],
                 m["mib"] / m["floor2_mib"], f"<{RSS_GOAL_MIB:.0f}", m["ok"])
    growth = report.get("rss_growth_mib")
    if growth:
        for name, delta in growth.items():
            print(f"\n{name}: peak RSS grows {delta:+.1f} MiB from the smallest to the largest "
                  "directory (goal: flat)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--contacts", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--releases", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--platform", default="offscreen", help="Qt platform (offscreen, xcb…)")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir())
                        / "pressdesk-bench", help="where generated directories are kept")
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    args = parser.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    report: dict[str, Any] = {"runs": args.runs, "platform": args.platform,
                              "entry_point": _entry_point(), "sizes": {}}
    with tempfile.TemporaryDirectory() as home:
        for size in args.contacts:
            url = _directory(args.cache, size, args.releases)
            results = measure(url, args.runs, args.platform, Path(home))
            report["sizes"][str(size)] = {"raw": results, "app": _verdicts(results)}
    sizes = list(report["sizes"].values())
    if len(sizes) > 1:
        report["rss_growth_mib"] = {
            name: sizes[-1]["raw"][name]["peak_rss_mib"] - sizes[0]["raw"][name]["peak_rss_mib"]
            for name in sizes[0]["app"]}
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        _print(report, args.runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
