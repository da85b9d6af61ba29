"""Keystroke → results painted, in the real window, on a generated 100,000-contact directory.

Types queries into the search field of a real ``MainWindow`` (real thread pool, real database)
with key events, and for every keystroke measures the time until the table has painted the
results for that text. A second run types fast (one key every 25 ms) and measures the longest
the event loop was blocked (a timer that should tick every 5 ms), i.e. whether the window
freezes, and the time from the last key to its results painted.

Both runs are repeated, in the same process, on a floor: a bare Qt window (a line edit over a
table, a minimal model) whose every keystroke runs the raw FTS5 prefix query for a screenful of
names on the GUI thread and resets the model. What the floor takes is what the machine and Qt
cost; the app's figures read against it (a busy machine slows both).

    .venv/bin/python benchmarks/typing_latency.py [--contacts 100000] [--json]

The directory is made by benchmarks/generate.py and kept in benchmarks/.cache/.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PRESSDESK_HOME", tempfile.mkdtemp(prefix="pressdesk-typing-"))

QUERIES = ("shafiev", "almaty", "garcia lopez", "+992 48", "iom ethiopia", "kathmandu",
           "media officer", "nairobi", "martin", "dakar")
GOAL_P95_MS = 50.0


def directory(contacts: int, releases: int) -> str:
    cache = ROOT / "benchmarks" / ".cache"
    cache.mkdir(exist_ok=True)
    path = cache / f"directory-v1-s4-{contacts}c-{releases}r.sqlite3"
    ready = path.with_suffix(".ready")
    url = f"sqlite:///{path}"
    if not ready.exists():
        from benchmarks.generate import generate
        from desktop.services.database import open_database

        db = open_database(url)
        try:
            print(f"generating {contacts:,} contacts…", file=sys.stderr)
            generate(db, contacts, releases)
        finally:
            db.dispose()
        ready.touch()
    return url


class Painted:
    """Notes when the results' viewport paints, after the model answered for a query."""

    def __init__(self, window: Any) -> None:
        from PySide6.QtCore import QEvent, QObject

        self.window = window
        self.answered: dict[str, float] = {}
        self.painted: dict[str, float] = {}
        model = window.contacts.model
        model.loaded.connect(lambda: self.answered.setdefault(model.query, time.perf_counter()))
        outer = self

        class Filter(QObject):
            def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802
                if event.type() == QEvent.Type.Paint and model.query in outer.answered:
                    outer.painted.setdefault(model.query, time.perf_counter())
                return False

        self._filter = Filter()
        window.contacts.table.viewport().installEventFilter(self._filter)


class Phases:
    """Where a keystroke's time goes in the app (``--phases``): waiting for a worker thread,
    the search on it (wall and thread CPU), waiting for the GUI thread to take the answer, the
    GUI thread putting it in place, and the paint; plus garbage collections while typing.

    Wraps ``contacts_model.load_search`` and ``ContactsModel._replace`` (the model looks both
    up at call time), so the app's code is measured unchanged.
    """

    def __init__(self) -> None:
        import gc

        from desktop.ui.models import contacts_model

        self.events: dict[str, dict[str, float]] = {}
        self.collections: list[tuple[int, float]] = []
        events = self.events
        search = contacts_model.load_search
        replace = contacts_model.ContactsModel._replace

        def load_search(db: Any, query: str, language: str,
                        limit: int = contacts_model.SEARCH_LIMIT) -> Any:
            event = events.setdefault(query, {})
            started, cpu = time.perf_counter(), time.thread_time()
            try:
                return search(db, query, language, limit)
            finally:
                event.setdefault("start", started)
                event.setdefault("end", time.perf_counter())
                event.setdefault("cpu", time.thread_time() - cpu)

        def _replace(model: Any, rows: Any) -> None:
            event = events.setdefault(model.query, {})
            event.setdefault("deliver", time.perf_counter())
            try:
                replace(model, rows)
            finally:
                event.setdefault("shown", time.perf_counter())

        setattr(contacts_model, "load_search", load_search)  # noqa: B010 - measured in place
        setattr(contacts_model.ContactsModel, "_replace", _replace)  # noqa: B010
        started: list[float] = [0.0]

        def collected(phase: str, info: dict[str, int]) -> None:
            if phase == "start":
                started[0] = time.perf_counter()
            else:
                self.collections.append((info["generation"],
                                         (time.perf_counter() - started[0]) * 1000))

        gc.callbacks.append(collected)

    def split(self, pressed: dict[str, float], painted: dict[str, float],
              into: dict[str, list[float]]) -> None:
        """Add each painted keystroke's phases (ms) to ``into``."""
        for text, at in pressed.items():
            event = self.events.get(text, {})
            if text not in painted or not {"start", "end", "deliver", "shown"} <= set(event):
                continue
            into.setdefault("queue", []).append((event["start"] - at) * 1000)
            into.setdefault("search", []).append((event["end"] - event["start"]) * 1000)
            into.setdefault("search_cpu", []).append(event["cpu"] * 1000)
            into.setdefault("deliver", []).append((event["deliver"] - event["end"]) * 1000)
            into.setdefault("gui", []).append((event["shown"] - event["deliver"]) * 1000)
            into.setdefault("paint", []).append((painted[text] - event["shown"]) * 1000)


class Floor:
    """A bare window with the same attributes ``type_queries`` drives: a line edit, a table,
    a model that answers with the raw FTS5 query (no services, no ranking, no card)."""

    def __init__(self, url: str) -> None:
        import sqlite3

        from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
        from PySide6.QtWidgets import QLineEdit, QTableView, QVBoxLayout, QWidget

        connection = sqlite3.connect(url.removeprefix("sqlite:///"))

        class Model(QAbstractTableModel):
            loaded = Signal()

            def __init__(self) -> None:
                super().__init__()
                self.query = ""
                self.rows: list[tuple[Any, ...]] = []

            def search(self, text: str) -> None:
                self.query = text.strip()
                words = [w for w in self.query.replace("+", " ").split() if w.isalnum()]
                match = " ".join(f'"{w}"*' for w in words)
                rows = connection.execute(
                    "SELECT rowid, name, office, country FROM search_contacts "
                    "WHERE search_contacts MATCH ? LIMIT 50", (match,)).fetchall() \
                    if match else []
                self.beginResetModel()
                self.rows = rows
                self.endResetModel()
                self.loaded.emit()

            def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008, N802
                return 0 if parent.isValid() else len(self.rows)

            def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008, N802
                return 0 if parent.isValid() else 3

            def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
                if role == Qt.ItemDataRole.DisplayRole:
                    return self.rows[index.row()][index.column() + 1]
                return None

        self.model = Model()
        self.search_field = QLineEdit()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.search_field.textChanged.connect(self.model.search)
        self.widget = QWidget()
        layout = QVBoxLayout(self.widget)
        layout.addWidget(self.search_field)
        layout.addWidget(self.table)
        self.contacts = self  # what type_queries reads: window.contacts.<field, table, model>


def _rss_mib() -> float:
    """Resident memory now (Linux), to see that frozen objects and fewer collections stay sane."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def type_queries(app: Any, window: Any, gap_ms: int,
                 phases: Phases | None = None) -> dict[str, Any]:
    from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest

    field = window.contacts.search_field
    painted = Painted(window)
    latencies: list[float] = []
    finals: list[float] = []
    split: dict[str, list[float]] = {}
    if phases is not None:
        phases.events.clear()
        phases.collections.clear()
    longest_block = 0.0
    ticks = QElapsedTimer()
    ticks.start()
    last_tick = [0.0]

    def tick() -> None:
        nonlocal longest_block
        now = ticks.nsecsElapsed() / 1e6
        longest_block = max(longest_block, now - last_tick[0] - 5)
        last_tick[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)

    def spin(until: float) -> None:
        while time.perf_counter() < until:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            time.sleep(0.0005)

    for query in QUERIES:
        field.clear()
        spin(time.perf_counter() + 0.4)  # the browse page back, idle
        painted.answered.clear()
        painted.painted.clear()
        last_tick[0] = ticks.nsecsElapsed() / 1e6
        timer.start()
        pressed: dict[str, float] = {}
        for char in query:
            QTest.keyClick(field, char if char != " " else Qt.Key.Key_Space)
            pressed[field.text().strip()] = time.perf_counter()
            spin(time.perf_counter() + gap_ms / 1000)
        deadline = time.perf_counter() + 5
        final = field.text().strip()
        while final not in painted.painted and time.perf_counter() < deadline:
            spin(time.perf_counter() + 0.005)
        timer.stop()
        for text, at in pressed.items():
            if text in painted.painted:
                latencies.append((painted.painted[text] - at) * 1000)
        if final in painted.painted:
            finals.append((painted.painted[final] - pressed[final]) * 1000)
        if phases is not None:
            phases.split(pressed, painted.painted, split)
            phases.events.clear()
    def pct(values: list[float], q: float) -> float:
        ordered = sorted(values)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")

    figures: dict[str, Any] = {}
    if phases is not None:
        figures["phases_ms"] = {name: {"p50": round(statistics.median(values), 1),
                                       "p95": round(pct(values, 0.95), 1)}
                                for name, values in split.items() if values}
        figures["gc"] = {f"gen{generation}": {
            "runs": len(times), "total_ms": round(sum(times), 1),
            "max_ms": round(max(times), 1)}
            for generation in (0, 1, 2)
            if (times := [t for g, t in phases.collections if g == generation])}
    return {**figures, "gap_ms": gap_ms, "keystrokes": sum(len(q) for q in QUERIES),
            "measured": len(latencies),
            "p50_ms": round(statistics.median(latencies), 1) if latencies else None,
            "p95_ms": round(pct(latencies, 0.95), 1), "max_ms": round(max(latencies), 1),
            "last_key_p95_ms": round(pct(finals, 0.95), 1),
            "longest_block_ms": round(longest_block, 1)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--releases", type=int, default=1000)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--phases", action="store_true",
                        help="also split each keystroke's time: worker wait, search (wall and "
                             "CPU), GUI wait, GUI work, paint; and garbage collections")
    args = parser.parse_args()
    url = directory(args.contacts, args.releases)

    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    from desktop.app import settle_memory
    from desktop.services.database import open_database
    from desktop.ui.main_window import MainWindow
    from desktop.ui.tasks import TaskRunner

    app = QApplication(sys.argv[:1])
    floor = Floor(url)
    floor.widget.resize(1400, 900)
    floor.widget.show()
    floors = {"typing": type_queries(app, floor, 150), "fast": type_queries(app, floor, 25)}
    floor.widget.close()
    phases = Phases() if args.phases else None
    tasks = TaskRunner(app, QThreadPool.globalInstance())
    window = MainWindow(tasks)
    window.resize(1400, 900)
    window.show()
    db = open_database(url)
    window.set_database(db)
    start = time.perf_counter()
    while window.contacts.model.rowCount() == 0 and time.perf_counter() - start < 30:
        app.processEvents()
    app.processEvents()  # the card and counts the window builds after its first page
    settled = time.perf_counter()
    settle_memory()  # what the app does once its first page is in
    settle_ms = (time.perf_counter() - settled) * 1000
    results = {"contacts": args.contacts,
               "typing": type_queries(app, window, 150, phases),  # a person, ~7 keys/s
               "fast": type_queries(app, window, 25, phases),  # keys held / pasted in bursts
               "floor": floors, "cpu_s": round(time.process_time(), 1),
               "settle_memory_ms": round(settle_ms, 1), "rss_mib": round(_rss_mib(), 1),
               "load_average": round(os.getloadavg()[0], 1)}
    tasks.wait()
    db.dispose()
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        for name, row in (("typing (150 ms/key)", results["typing"]),
                          ("fast (25 ms/key)", results["fast"]),
                          ("floor, typing (150 ms/key)", floors["typing"]),
                          ("floor, fast (25 ms/key)", floors["fast"])):
            print(f"{name}: keystroke→painted p50 {row['p50_ms']} ms, p95 {row['p95_ms']} ms, "
                  f"max {row['max_ms']} ms ({row['measured']}/{row['keystrokes']} keys "
                  f"painted); last key p95 {row['last_key_p95_ms']} ms; "
                  f"longest freeze {row['longest_block_ms']} ms")
            if "phases_ms" in row:
                print("    phases p50/p95 ms: " + ", ".join(
                    f"{name} {v['p50']}/{v['p95']}" for name, v in row["phases_ms"].items()))
                print("    garbage collections: " + ", ".join(
                    f"{gen} {v['runs']}x {v['total_ms']} ms (max {v['max_ms']})"
                    for gen, v in row["gc"].items()))
    ok = results["typing"]["p95_ms"] < GOAL_P95_MS
    if not args.json:
        print(f"process CPU {results['cpu_s']} s; load average {results['load_average']}; "
              f"settle_memory {results['settle_memory_ms']} ms; RSS {results['rss_mib']} MiB")
        print(f"goal p95 < {GOAL_P95_MS:.0f} ms: {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
