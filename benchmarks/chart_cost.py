"""What a charting approach costs the app: the install size of its packages and the time to
import it and draw one bar chart offscreen, each in a fresh interpreter (best of 7).

    python benchmarks/chart_cost.py [--python PATH]

``--python`` names an interpreter whose environment also has PySide6-Addons and matplotlib
(kept out of the project's own); missing approaches are reported as such.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import os
import subprocess
import sys
from pathlib import Path

SNIPPETS = {
    "floor (QtWidgets only)": """
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
w = QWidget(); w.resize(400, 300); w.grab()
""",
    "QPainter (desktop.ui.widgets.summary_charts)": """
from PySide6.QtWidgets import QApplication
app = QApplication([])
from desktop.ui.widgets.summary_charts import Bar, BarChart
w = BarChart(); w.set_bars([Bar("a", 3), Bar("b", 5)]); w.resize(400, 300); w.grab()
""",
    "QtCharts (PySide6-Addons)": """
from PySide6.QtWidgets import QApplication
app = QApplication([])
from PySide6.QtCharts import QBarSeries, QBarSet, QChart, QChartView
s = QBarSet("n"); s.append([3, 5]); series = QBarSeries(); series.append(s)
chart = QChart(); chart.addSeries(series); view = QChartView(chart); view.resize(400, 300)
view.grab()
""",
    "matplotlib (QtAgg backend)": """
from PySide6.QtWidgets import QApplication
app = QApplication([])
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
fig = Figure(); ax = fig.add_subplot(); ax.bar(["a", "b"], [3, 5])
canvas = FigureCanvasQTAgg(fig); canvas.resize(400, 300); canvas.grab()
""",
}
TIMER = """
import time, sys
start = time.perf_counter()
exec(compile(sys.stdin.read(), "snippet", "exec"))
print(time.perf_counter() - start)
"""
PACKAGES = {
    "QtCharts (PySide6-Addons)": ["PySide6_Addons"],
    "matplotlib (QtAgg backend)": ["matplotlib", "numpy", "pillow", "fonttools", "kiwisolver",
                                   "contourpy", "cycler", "pyparsing", "python-dateutil",
                                   "packaging"],
}


def _size(python: str, names: list[str]) -> float | None:
    code = ("import importlib.metadata as m, json, sys, os\n"
            "total = 0\n"
            "for n in json.loads(sys.argv[1]):\n"
            "    try: d = m.distribution(n)\n"
            "    except m.PackageNotFoundError: continue\n"
            "    for f in d.files or []:\n"
            "        p = d.locate_file(f)\n"
            "        total += os.path.getsize(p) if os.path.exists(p) else 0\n"
            "print(total)")
    out = subprocess.run([python, "-c", code, json.dumps(names)], capture_output=True,
                         text=True, check=False)
    return int(out.stdout) / 2**20 if out.returncode == 0 and out.stdout.strip() else None


def _time(python: str, snippet: str, runs: int = 7) -> float | None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(Path(__file__).resolve().parent.parent))
    best = None
    for _ in range(runs):
        out = subprocess.run([python, "-c", TIMER], input=snippet, capture_output=True,
                             text=True, env=env, check=False)
        if out.returncode != 0:
            return None
        value = float(out.stdout.strip().splitlines()[-1])
        best = value if best is None else min(best, value)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--python", default=sys.executable)
    args = parser.parse_args()
    _ = importlib.metadata  # the sizes are read in the measured interpreter
    floor = _time(args.python, SNIPPETS["floor (QtWidgets only)"])
    for name, snippet in SNIPPETS.items():
        seconds = floor if name.startswith("floor") else _time(args.python, snippet)
        size = _size(args.python, PACKAGES.get(name, []))
        if seconds is None:
            print(f"{name:45s} not installed in {args.python}")
            continue
        extra = f"+{(seconds - floor) * 1000:6.0f} ms over the floor" if floor else ""
        shown = f"{size:7.1f} MiB extra install" if name in PACKAGES and size else \
            "      0 MiB extra install"
        print(f"{name:45s} {seconds * 1000:6.0f} ms  {extra}  {shown}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
