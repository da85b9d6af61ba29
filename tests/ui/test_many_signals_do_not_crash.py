"""The app survives thousands of signals (PySide6 6.12 drops references to True and None)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import desktop.ui  # noqa: F401  (what every window imports first)
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

app = QCoreApplication([])

class Source(QObject):
    changed = Signal(int)

source = Source()
source.changed.connect(lambda _n: None)
for n in range(20000):
    source.changed.emit(n)
calls = [0]

def tick() -> None:
    calls[0] += 1

timer = QTimer()
timer.timeout.connect(tick)
timer.start(0)
while calls[0] < 20000:
    app.processEvents()
print("alive", calls[0])
"""


def test_twenty_thousand_emits_and_slot_calls_leave_the_process_running() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "alive 20000" in done.stdout
